using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Requests;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// Each conditional order type's trigger rule (API.md §5.4). The fixture's book is one tick either side of the
/// price, so a triggered market order fills at price ± 0.1.
/// </summary>
public sealed class FuturesTriggerTests
{
    private readonly EngineFixture _f = new();
    private readonly long _account;

    public FuturesTriggerTests() => _account = _f.NewAccount(1_000_000m);

    private long PlaceConditional(OrderType type, OrderSide side, decimal stopPrice, decimal? price = null,
        WorkingType? workingType = null, bool? priceProtect = null) =>
        _f.Place(_account, new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = side, Type = type, Quantity = 0.01m, StopPrice = stopPrice, Price = price,
            WorkingType = workingType, PriceProtect = priceProtect,
        }).OrderId;

    /// <summary>A 0.01 BTC trailing stop with the given callback; no activation price = start at the current price.</summary>
    private static FuturesOrderRequest Trailing(OrderSide side, decimal? activationPrice, decimal callbackRate = 1) => new()
    {
        Symbol = "BTCUSDT", Side = side, Type = OrderType.TrailingStopMarket, Quantity = 0.01m,
        ActivationPrice = activationPrice, CallbackRate = callbackRate,
    };

    private OrderStatus Status(long orderId) =>
        _f.Engine.GetFuturesOrder(_account, "BTCUSDT", OrderRef.ById(orderId)).Value.Status;

    private decimal AvgPrice(long orderId) =>
        _f.Engine.GetFuturesOrder(_account, "BTCUSDT", OrderRef.ById(orderId)).Value.AvgPrice;

    [Theory]
    // STOP*: BUY when price ≥ stop, SELL when price ≤ stop. TAKE_PROFIT*: the opposite.
    [InlineData(OrderType.StopMarket, OrderSide.Buy, 101_000, 100_999.9, 101_000, 101_000.1)]
    [InlineData(OrderType.StopMarket, OrderSide.Sell, 99_000, 99_000.1, 99_000, 98_999.9)]
    [InlineData(OrderType.TakeProfitMarket, OrderSide.Buy, 99_000, 99_000.1, 99_000, 99_000.1)]
    [InlineData(OrderType.TakeProfitMarket, OrderSide.Sell, 101_000, 100_999.9, 101_000, 100_999.9)]
    public void Market_conditional_fires_exactly_at_its_stop_price(
        OrderType type, OrderSide side, decimal stop, decimal almost, decimal reached, decimal expectedFill)
    {
        var id = PlaceConditional(type, side, stop);
        _f.Price("BTCUSDT", almost);
        Assert.Equal(OrderStatus.New, Status(id));
        _f.Price("BTCUSDT", reached);
        Assert.Equal(OrderStatus.Filled, Status(id));
        Assert.Equal(expectedFill, AvgPrice(id));
        var order = _f.Engine.GetFuturesOrder(_account, "BTCUSDT", OrderRef.ById(id)).Value;
        Assert.Equal(OrderType.Market, order.Type);
        Assert.Equal(type, order.OrigType);
    }

    [Fact]
    public void Stop_limit_becomes_a_limit_order_at_its_price()
    {
        // STOP BUY stop 101,000 limit 101,050: at 101,000 it buys from the ask 101,000.1 (better than its limit).
        var id = PlaceConditional(OrderType.Stop, OrderSide.Buy, 101_000, price: 101_050);
        _f.Price("BTCUSDT", 101_000);
        Assert.Equal(OrderStatus.Filled, Status(id));
        Assert.Equal(101_000.1m, AvgPrice(id));
    }

    [Fact]
    public void Take_profit_limit_rests_when_its_price_is_not_reachable()
    {
        // TAKE_PROFIT SELL stop 101,000 limit 101,500: at 101,000 the best bid is 100,999.9, so it rests.
        var id = PlaceConditional(OrderType.TakeProfit, OrderSide.Sell, 101_000, price: 101_500);
        _f.Price("BTCUSDT", 101_000);
        var order = _f.Engine.GetFuturesOrder(_account, "BTCUSDT", OrderRef.ById(id)).Value;
        Assert.Equal((OrderStatus.New, OrderType.Limit), (order.Status, order.Type));
        _f.Price("BTCUSDT", 101_600); // the market passes the limit: filled as maker at 101,500
        Assert.Equal(101_500m, AvgPrice(id));
    }

    [Theory]
    [InlineData(OrderType.StopMarket, OrderSide.Buy, 100_000)]
    [InlineData(OrderType.StopMarket, OrderSide.Sell, 100_000)]
    [InlineData(OrderType.TakeProfitMarket, OrderSide.Buy, 100_500)]
    [InlineData(OrderType.TakeProfitMarket, OrderSide.Sell, 99_500)]
    public void Stop_already_reached_is_2021(OrderType type, OrderSide side, decimal stop)
    {
        var error = _f.Reject(_account, new FuturesOrderRequest { Symbol = "BTCUSDT", Side = side, Type = type, Quantity = 0.01m, StopPrice = stop });
        Assert.Equal((-2021, "Order would immediately trigger."), (error.Code, error.Message));
    }

    [Fact]
    public void Working_type_chooses_mark_or_contract_price()
    {
        var byMark = PlaceConditional(OrderType.StopMarket, OrderSide.Sell, 99_000, workingType: WorkingType.MarkPrice);
        var byContract = PlaceConditional(OrderType.StopMarket, OrderSide.Sell, 99_000, workingType: WorkingType.ContractPrice);
        Assert.True(_f.Engine.SetMarkPrice("BTCUSDT", 98_990m).IsSuccess); // last price stays 100,000
        Assert.Equal(OrderStatus.Filled, Status(byMark));
        Assert.Equal(OrderStatus.New, Status(byContract));
    }

    [Fact]
    public void Price_protect_holds_the_trigger_while_mark_and_last_disagree_beyond_trigger_protect()
    {
        // BTC triggerProtect 0.02: mark 97,000 vs last 100,000 differ by 3.09%.
        var guarded = PlaceConditional(OrderType.StopMarket, OrderSide.Sell, 99_000, workingType: WorkingType.MarkPrice, priceProtect: true);
        var unguarded = PlaceConditional(OrderType.StopMarket, OrderSide.Sell, 99_000, workingType: WorkingType.MarkPrice);
        Assert.True(_f.Engine.SetMarkPrice("BTCUSDT", 97_000m).IsSuccess);
        Assert.Equal(OrderStatus.New, Status(guarded));
        Assert.Equal(OrderStatus.Filled, Status(unguarded));
        // Mark 98,500 vs last 100,000: 1.52% ≤ 2%, the guarded order may fire now.
        Assert.True(_f.Engine.SetMarkPrice("BTCUSDT", 98_500m).IsSuccess);
        Assert.Equal(OrderStatus.Filled, Status(guarded));
    }

    [Fact]
    public void Trailing_sell_activates_at_its_price_and_fires_on_the_callback_from_the_high()
    {
        var id = _f.Place(_account, Trailing(OrderSide.Sell, 101_000)).OrderId;
        foreach (var price in new[] { 100_500m, 101_000m, 102_000m, 101_000m })
        {
            _f.Price("BTCUSDT", price);
            Assert.Equal(OrderStatus.New, Status(id));
        }
        // Highest 102,000 × (1 − 1%) = 100,980: reached.
        _f.Price("BTCUSDT", 100_980m);
        Assert.Equal(OrderStatus.Filled, Status(id));
        Assert.Equal(100_979.9m, AvgPrice(id));
    }

    [Fact]
    public void Trailing_buy_fires_on_the_callback_from_the_low()
    {
        var id = _f.Place(_account, Trailing(OrderSide.Buy, 99_000)).OrderId;
        _f.Price("BTCUSDT", 99_000m);
        _f.Price("BTCUSDT", 98_000m);
        _f.Price("BTCUSDT", 98_979.9m); // lowest 98,000 × 1.01 = 98,980: not yet
        Assert.Equal(OrderStatus.New, Status(id));
        _f.Price("BTCUSDT", 98_980m);
        Assert.Equal(OrderStatus.Filled, Status(id));
    }

    [Fact]
    public void Trailing_activation_on_the_wrong_side_of_the_price_is_2021()
    {
        var error = _f.Reject(_account, Trailing(OrderSide.Sell, 99_000));
        Assert.Equal(-2021, error.Code);
    }

    [Fact]
    public void Trailing_without_activation_price_starts_at_the_current_price()
    {
        var view = _f.Place(_account, Trailing(OrderSide.Sell, activationPrice: null, callbackRate: 0.5m));
        Assert.Equal(100_000m, view.ActivationPrice);
        _f.Price("BTCUSDT", 99_500m); // 100,000 × 0.995
        Assert.Equal(OrderStatus.Filled, Status(view.OrderId));
    }

    [Fact]
    public void Close_position_stop_closes_whatever_the_position_is_when_it_fires()
    {
        _f.Place(_account, Market("BTCUSDT", OrderSide.Buy, 0.03m));
        var id = _f.Place(_account, new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, StopPrice = 99_000, ClosePosition = true,
        }).OrderId;
        _f.Place(_account, Market("BTCUSDT", OrderSide.Buy, 0.02m)); // the position grows to 0.05 after placing the stop
        _f.Price("BTCUSDT", 99_000m);
        var order = _f.Engine.GetFuturesOrder(_account, "BTCUSDT", OrderRef.ById(id)).Value;
        Assert.Equal((OrderStatus.Filled, 0.05m), (order.Status, order.ExecutedQty));
        Assert.Equal(0m, _f.Position(_account, "BTCUSDT").PositionAmt);
    }

    [Fact]
    public void Reduce_only_stop_without_position_left_expires_when_it_fires()
    {
        _f.Place(_account, Market("BTCUSDT", OrderSide.Buy, 0.01m));
        var id = _f.Place(_account, new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, StopPrice = 99_000, Quantity = 0.01m, ReduceOnly = true,
        }).OrderId;
        _f.Place(_account, Market("BTCUSDT", OrderSide.Sell, 0.01m) with { ReduceOnly = true });
        _f.Price("BTCUSDT", 99_000m);
        Assert.Equal(OrderStatus.Expired, Status(id));
        Assert.Equal(0m, _f.Position(_account, "BTCUSDT").PositionAmt);
    }

    [Fact]
    public void Cancelled_conditional_order_never_fires()
    {
        var id = PlaceConditional(OrderType.StopMarket, OrderSide.Sell, 99_000);
        Assert.Equal(OrderStatus.Canceled, _f.Engine.CancelFuturesOrder(_account, "BTCUSDT", OrderRef.ById(id)).Value.Status);
        _f.Price("BTCUSDT", 98_000m);
        Assert.Equal(OrderStatus.Canceled, Status(id));
        Assert.Equal(0m, _f.Position(_account, "BTCUSDT").PositionAmt);
    }
}
