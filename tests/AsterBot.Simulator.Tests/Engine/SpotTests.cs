using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// Spot flows. Spot BTCUSDT starts at 100,000 with tick 0.01: best bid 99,999.99, best ask 100,000.01, 10 BTC a
/// level. Fees: maker 0.0002, taker 0.0007, taken from the asset received.
/// </summary>
public sealed class SpotTests
{
    private readonly EngineFixture _f = new();
    private readonly long _a;

    public SpotTests() => _a = _f.NewAccount(0m, new Dictionary<string, decimal> { ["USDT"] = 20_000m, ["BTC"] = 1m });

    private (decimal Free, decimal Locked) Balance(string asset)
    {
        var b = _f.Engine.GetSpotAccount(_a).Value.Balances.Single(x => x.Asset == asset);
        return (b.Free, b.Locked);
    }

    private static SpotOrderRequest Limit(OrderSide side, decimal qty, decimal price) =>
        new() { Symbol = "BTCUSDT", Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc, Quantity = qty, Price = price };

    private static SpotOrderRequest MarketQty(OrderSide side, decimal qty) =>
        new() { Symbol = "BTCUSDT", Side = side, Type = OrderType.Market, Quantity = qty };

    private Simulator.Engine.Views.SpotOrderView Place(SpotOrderRequest r)
    {
        var result = _f.Engine.PlaceSpotOrder(_a, r);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    [Fact]
    public void Resting_buy_locks_quote_and_cancel_unlocks_it()
    {
        var order = Place(Limit(OrderSide.Buy, 0.1m, 99_000m));
        Assert.Equal((10_100m, 9_900m), Balance("USDT")); // 0.1 × 99,000 locked
        Assert.Equal(OrderStatus.Canceled, _f.Engine.CancelSpotOrder(_a, "BTCUSDT", OrderRef.ById(order.OrderId)).Value.Status);
        Assert.Equal((20_000m, 0m), Balance("USDT"));
    }

    [Fact]
    public void Market_buy_by_quantity_pays_the_ask_and_the_fee_in_base()
    {
        var order = Place(MarketQty(OrderSide.Buy, 0.1m));
        Assert.Equal((OrderStatus.Filled, 100_000.01m), (order.Status, order.AvgPrice));
        // Cost 0.1 × 100,000.01 = 10,000.001; received 0.1 BTC − 0.1 × 0.0007 = 0.09993.
        Assert.Equal((9_999.999m, 0m), Balance("USDT"));
        Assert.Equal((1.09993m, 0m), Balance("BTC"));
        var trade = Assert.Single(_f.Engine.GetSpotTrades(_a, "BTCUSDT").Value);
        Assert.Equal((0.00007m, "BTC", false, true), (trade.Commission, trade.CommissionAsset, trade.Maker, trade.Buyer));
    }

    [Fact]
    public void Market_buy_by_quote_amount_buys_what_the_amount_pays_for()
    {
        var order = Place(new SpotOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.Market, QuoteOrderQty = 1_000m });
        // 1,000 / 100,000.01 = 0.0099999…, down to the 0.00001 step: 0.00999 BTC for 999.0000999 USDT.
        Assert.Equal((0.00999m, 999.0000999m, 1_000m), (order.ExecutedQty, order.CumQuote, order.QuoteOrderQty));
        Assert.Equal(20_000m - 999.0000999m, Balance("USDT").Free);
    }

    [Fact]
    public void Limit_buy_through_the_book_returns_the_unused_lock()
    {
        Place(Limit(OrderSide.Buy, 0.1m, 100_500m)); // locks 10,050, pays 10,000.001
        Assert.Equal((9_999.999m, 0m), Balance("USDT"));
    }

    [Fact]
    public void Resting_sell_fills_as_maker_when_the_market_rises_through_it()
    {
        var order = Place(Limit(OrderSide.Sell, 0.1m, 101_000m));
        Assert.Equal((0.9m, 0.1m), Balance("BTC"));
        Assert.True(_f.Engine.SetPrice(AsterMarket.Spot, "BTCUSDT", 101_100m).IsSuccess);
        Assert.Equal(OrderStatus.Filled, _f.Engine.GetSpotOrder(_a, "BTCUSDT", OrderRef.ById(order.OrderId)).Value.Status);
        // 0.1 × 101,000 = 10,100 less the maker fee 2.02 in USDT.
        Assert.Equal((20_000m + 10_097.98m, 0m), Balance("USDT"));
        Assert.Equal((0.9m, 0m), Balance("BTC"));
        var ledger = _f.Engine.GetSpotTransactions(_a).Value;
        Assert.Equal([("BTC", -0.1m, "TRADE_SOURCE"), ("USDT", 10_097.98m, "TRADE_TARGET")], ledger.Select(t => (t.Asset, t.BalanceDelta, t.Type)));
    }

    [Fact]
    public void Stop_market_sell_fires_on_the_last_price()
    {
        var stop = Place(new SpotOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 0.5m, StopPrice = 98_000m });
        Assert.Equal((0.5m, 0.5m), Balance("BTC")); // the quantity is set aside while waiting
        _f.Engine.SetPrice(AsterMarket.Spot, "BTCUSDT", 98_500m);
        Assert.Equal(OrderStatus.New, _f.Engine.GetSpotOrder(_a, "BTCUSDT", OrderRef.ById(stop.OrderId)).Value.Status);
        _f.Engine.SetPrice(AsterMarket.Spot, "BTCUSDT", 98_000m);
        var order = _f.Engine.GetSpotOrder(_a, "BTCUSDT", OrderRef.ById(stop.OrderId)).Value;
        Assert.Equal((OrderStatus.Filled, 97_999.99m, OrderType.Market), (order.Status, order.AvgPrice, order.Type));
        Assert.Equal((0.5m, 0m), Balance("BTC"));
    }

    [Fact]
    public void Take_profit_limit_buy_fires_when_the_price_falls_to_it()
    {
        var tp = Place(new SpotOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.TakeProfit, TimeInForce = TimeInForce.Gtc,
            Quantity = 0.1m, Price = 99_100m, StopPrice = 99_000m,
        });
        Assert.Equal(9_910m, Balance("USDT").Locked);
        _f.Engine.SetPrice(AsterMarket.Spot, "BTCUSDT", 99_000m);
        var order = _f.Engine.GetSpotOrder(_a, "BTCUSDT", OrderRef.ById(tp.OrderId)).Value;
        Assert.Equal((OrderStatus.Filled, 99_000.01m), (order.Status, order.AvgPrice));
        Assert.Equal(0m, Balance("USDT").Locked);
    }

    [Fact]
    public void Spot_rejections_follow_aster()
    {
        EngineError Reject(SpotOrderRequest r) => _f.Engine.PlaceSpotOrder(_a, r).Error!.Value;
        Assert.Equal(new EngineError(-2018, "Balance is insufficient."), Reject(Limit(OrderSide.Buy, 0.3m, 99_000m)));
        Assert.Equal(new EngineError(-2018, "Balance is insufficient."), Reject(MarketQty(OrderSide.Sell, 1.5m)));
        Assert.Equal(-1102, Reject(new SpotOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.Market }).Code);
        Assert.Equal(-1128, Reject(MarketQty(OrderSide.Buy, 0.1m) with { QuoteOrderQty = 100 }).Code);
        Assert.Equal(new EngineError(-1106, "Parameter 'price' sent when not required."),
            Reject(new SpotOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 0.1m, StopPrice = 99_000m, Price = 99_000m }));
        Assert.Equal(-1116, Reject(MarketQty(OrderSide.Buy, 0.1m) with { Type = OrderType.TrailingStopMarket }).Code);
        Assert.Equal(-1121, Reject(MarketQty(OrderSide.Buy, 0.1m) with { Symbol = "NOPE" }).Code);
        Assert.Equal(-1111, Reject(Limit(OrderSide.Buy, 0.1m, 99_000.001m)).Code);
        Assert.Equal(new EngineError(-4016, "Price is higher than mark price multiplier cap."), Reject(Limit(OrderSide.Sell, 0.1m, 500_000.01m)));
        Assert.Equal(new EngineError(-4024, "Price is lower than mark price multiplier floor."), Reject(Limit(OrderSide.Buy, 0.001m, 19_999.99m)));
        Assert.Equal(-4164, Reject(Limit(OrderSide.Buy, 0.00001m, 99_000m)).Code);
        Assert.Equal(-2021, Reject(new SpotOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 0.1m, StopPrice = 100_500m }).Code);
        Assert.Equal(-5022, Reject(Limit(OrderSide.Buy, 0.1m, 100_000.01m) with { TimeInForce = TimeInForce.Gtx }).Code);
    }

    [Fact]
    public void Spot_and_futures_books_are_separate()
    {
        Assert.True(_f.Engine.SetPrice(AsterMarket.Spot, "BTCUSDT", 95_000m).IsSuccess);
        Assert.Equal(95_000m, _f.Engine.GetLastPrice(AsterMarket.Spot, "BTCUSDT").Value);
        Assert.Equal(100_000m, _f.Engine.GetLastPrice(AsterMarket.Futures, "BTCUSDT").Value);
    }
}
