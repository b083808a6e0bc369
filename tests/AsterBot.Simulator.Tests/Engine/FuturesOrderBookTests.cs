using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>Time in force, price-time priority between users, depth and order lookups.</summary>
public sealed class FuturesOrderBookTests
{
    private readonly EngineFixture _f = new();
    private readonly long _a, _b, _c;

    public FuturesOrderBookTests()
    {
        _a = _f.NewAccount(1_000_000m);
        _b = _f.NewAccount(1_000_000m);
        _c = _f.NewAccount(1_000_000m);
    }

    [Fact]
    public void Ioc_fills_what_the_book_offers_within_its_price_and_expires_the_rest()
    {
        // Levels of 10 BTC at 100,000.1 and 100,000.2: IOC limit 100,000.1 for 15 gets 10.
        var order = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 15m, 100_000.1m, TimeInForce.Ioc));
        Assert.Equal((OrderStatus.Expired, 10m), (order.Status, order.ExecutedQty));
    }

    [Fact]
    public void Fok_fills_all_or_nothing()
    {
        var none = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 15m, 100_000.1m, TimeInForce.Fok));
        Assert.Equal((OrderStatus.Expired, 0m), (none.Status, none.ExecutedQty));
        Assert.Empty(_f.Engine.GetFuturesTrades(_a, "BTCUSDT").Value);
        var all = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 15m, 100_000.2m, TimeInForce.Fok));
        Assert.Equal((OrderStatus.Filled, 15m), (all.Status, all.ExecutedQty));
    }

    [Fact]
    public void Gtc_limit_through_the_book_takes_then_rests_the_remainder()
    {
        var order = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 12m, 100_000.1m));
        Assert.Equal((OrderStatus.PartiallyFilled, 10m), (order.Status, order.ExecutedQty));
        var depth = _f.Engine.GetDepth(AsterMarket.Futures, "BTCUSDT", 5).Value;
        Assert.Equal(new(100_000.1m, 2m), depth.Bids[0]); // the remainder is the new best bid
        Assert.Equal(100_000.2m, depth.Asks[0].Price); // the 100,000.1 level was consumed
    }

    [Fact]
    public void Post_only_rests_when_it_would_not_take()
    {
        var order = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 1m, 100_000m, TimeInForce.Gtx));
        Assert.Equal(OrderStatus.New, order.Status);
    }

    [Fact]
    public void Price_priority_takes_the_better_price_whoever_offers_it()
    {
        // B sells inside the synthetic spread (100,000.0 < ask 100,000.1): a buyer gets B's price first.
        var maker = _f.Place(_b, Limit("BTCUSDT", OrderSide.Sell, 0.5m, 100_000m));
        var taker = _f.Place(_a, Market("BTCUSDT", OrderSide.Buy, 0.7m));
        var fills = _f.Engine.GetFuturesTrades(_a, "BTCUSDT").Value.Select(t => (t.Price, t.Qty, t.CounterpartyAccountId));
        Assert.Equal([(100_000m, 0.5m, _b), (100_000.1m, 0.2m, 0L)], fills);
        Assert.Equal((0.5m * 100_000m + 0.2m * 100_000.1m) / 0.7m, taker.AvgPrice);
        Assert.Equal(OrderStatus.Filled, _f.Engine.GetFuturesOrder(_b, "BTCUSDT", OrderRef.ById(maker.OrderId)).Value.Status);
    }

    [Fact]
    public void Resting_user_orders_trade_with_user_takers_before_the_market_at_equal_price()
    {
        // B sells 0.5 at the synthetic ask price; A buys 0.7 there: 0.5 from B first (older at that price), then 0.2 synthetic.
        var maker = _f.Place(_b, Limit("BTCUSDT", OrderSide.Sell, 0.5m, 100_000.1m));
        var c = _f.Place(_c, Limit("BTCUSDT", OrderSide.Sell, 0.5m, 100_000.1m));
        _f.Place(_a, Market("BTCUSDT", OrderSide.Buy, 0.7m));
        var makerFill = Assert.Single(_f.Engine.GetFuturesTrades(_b, "BTCUSDT").Value);
        Assert.Equal((100_000.1m, 0.5m, true, _a), (makerFill.Price, makerFill.Qty, makerFill.Maker, makerFill.CounterpartyAccountId));
        var cFill = Assert.Single(_f.Engine.GetFuturesTrades(_c, "BTCUSDT").Value);
        Assert.Equal(0.2m, cFill.Qty); // time priority: C's order came after B's
        Assert.Equal(OrderStatus.PartiallyFilled, _f.Engine.GetFuturesOrder(_c, "BTCUSDT", OrderRef.ById(c.OrderId)).Value.Status);
        Assert.Equal(-0.5m, _f.Position(_b, "BTCUSDT").PositionAmt);
        Assert.Equal(0.7m, _f.Position(_a, "BTCUSDT").PositionAmt);
        Assert.Equal(OrderStatus.Filled, _f.Engine.GetFuturesOrder(_b, "BTCUSDT", OrderRef.ById(maker.OrderId)).Value.Status);
    }

    [Fact]
    public void Depth_merges_users_and_market_and_hides_hidden_orders()
    {
        _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 2m, 99_999.9m)); // on the synthetic best bid
        _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 3m, 99_999.8m, TimeInForce.Hidden));
        var depth = _f.Engine.GetDepth(AsterMarket.Futures, "BTCUSDT", 3).Value;
        Assert.Equal([new(99_999.9m, 12m), new(99_999.8m, 10m), new(99_999.7m, 10m)], depth.Bids);
        Assert.Equal([new(100_000.1m, 10m), new(100_000.2m, 10m), new(100_000.3m, 10m)], depth.Asks);
        var ticker = _f.Engine.GetBookTicker(AsterMarket.Futures, "BTCUSDT").Value;
        Assert.Equal((99_999.9m, 12m, 100_000.1m, 10m), (ticker.BidPrice, ticker.BidQty, ticker.AskPrice, ticker.AskQty));
    }

    [Fact]
    public void Orders_are_found_by_id_client_id_or_generated_client_id()
    {
        var named = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 1m, 99_000m) with { NewClientOrderId = "my-order" });
        var unnamed = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 1m, 98_000m));
        Assert.Equal(named.OrderId, _f.Engine.GetFuturesOrder(_a, "BTCUSDT", OrderRef.ByClientId("my-order")).Value.OrderId);
        Assert.Equal(unnamed.OrderId, _f.Engine.GetFuturesOrder(_a, "BTCUSDT", OrderRef.ByClientId(unnamed.ClientOrderId)).Value.OrderId);
        Assert.Equal(new EngineError(-2013, "Order does not exist."), _f.Engine.GetFuturesOrder(_b, "BTCUSDT", OrderRef.ById(named.OrderId)).Error);
        Assert.Equal(new EngineError(-2013, "Order does not exist."), _f.Engine.GetFuturesOrder(_a, "ETHUSDT", OrderRef.ById(named.OrderId)).Error);
        Assert.Equal(-1102, _f.Engine.GetFuturesOrder(_a, "BTCUSDT", default).Error!.Value.Code);
        Assert.Equal([named.OrderId, unnamed.OrderId], _f.Engine.GetOpenFuturesOrders(_a, "BTCUSDT").Value.Select(o => o.OrderId));
    }

    [Fact]
    public void Finished_orders_cannot_be_cancelled_and_are_not_open()
    {
        var filled = _f.Place(_a, Market("BTCUSDT", OrderSide.Buy, 1m));
        Assert.Equal(new EngineError(-2011, "Unknown order sent."), _f.Engine.CancelFuturesOrder(_a, "BTCUSDT", OrderRef.ById(filled.OrderId)).Error);
        Assert.Equal(new EngineError(-2011, "Unknown order sent."), _f.Engine.CancelFuturesOrder(_a, "BTCUSDT", OrderRef.ById(12345)).Error);
        Assert.Equal(new EngineError(-2013, "Order does not exist."), _f.Engine.GetOpenFuturesOrder(_a, "BTCUSDT", OrderRef.ById(filled.OrderId)).Error);
        Assert.Equal(OrderStatus.Filled, _f.Engine.GetFuturesOrder(_a, "BTCUSDT", OrderRef.ById(filled.OrderId)).Value.Status);
        Assert.Single(_f.Engine.GetAllFuturesOrders(_a, "BTCUSDT").Value);
    }

    [Fact]
    public void Reduce_only_resting_order_expires_when_the_position_is_gone()
    {
        _f.Place(_a, Market("BTCUSDT", OrderSide.Buy, 0.5m));
        var tp = _f.Place(_a, Limit("BTCUSDT", OrderSide.Sell, 0.5m, 101_000m) with { ReduceOnly = true });
        _f.Place(_a, Market("BTCUSDT", OrderSide.Sell, 0.3m));
        _f.Price("BTCUSDT", 101_100m); // crossing: it may only close the 0.2 left, the rest expires
        var order = _f.Engine.GetFuturesOrder(_a, "BTCUSDT", OrderRef.ById(tp.OrderId)).Value;
        Assert.Equal((OrderStatus.Expired, 0.2m), (order.Status, order.ExecutedQty));
        Assert.Equal(0m, _f.Position(_a, "BTCUSDT").PositionAmt);
    }

    [Fact]
    public void Market_order_stops_at_the_take_bound_and_expires_the_rest()
    {
        var options = EngineFixture.DefaultOptions with { Liquidity = new() { HalfSpread = 0m, LevelSpacing = 0.01m, LevelNotional = 100_000m, SizeGrowth = 0m, Levels = 5 } };
        var f = new EngineFixture(options);
        var a = f.NewAccount(10_000_000m);
        // Levels of 1 BTC every 1% (1,000): 100,000.1, 101,000.1, 102,000.1 … BTC's marketTakeBound is 2%, so
        // a buy may pay at most 102,000: two levels fill, the rest expires.
        var order = f.Place(a, Market("BTCUSDT", OrderSide.Buy, 5m));
        Assert.Equal((OrderStatus.Expired, 2m), (order.Status, order.ExecutedQty));
    }

    [Fact]
    public void Modify_reprices_an_open_limit_order_and_may_trade_at_once()
    {
        var order = _f.Place(_a, Limit("BTCUSDT", OrderSide.Buy, 1m, 99_000m));
        var moved = _f.Engine.ModifyFuturesOrder(_a, "BTCUSDT", OrderRef.ById(order.OrderId), 2m, 99_500m).Value;
        Assert.Equal((order.OrderId, 2m, 99_500m, OrderStatus.New), (moved.OrderId, moved.OrigQty, moved.Price, moved.Status));
        Assert.Equal(2m * 99_500m / 20m, _f.Account(_a).TotalOpenOrderInitialMargin);
        // Repriced through the ask (100,000.1): it trades as taker.
        var taken = _f.Engine.ModifyFuturesOrder(_a, "BTCUSDT", OrderRef.ById(order.OrderId), 2m, 100_000.1m).Value;
        Assert.Equal((OrderStatus.Filled, 100_000.1m), (taken.Status, taken.AvgPrice));
        Assert.Equal(new EngineError(-4000, "Invalid order status."), _f.Engine.ModifyFuturesOrder(_a, "BTCUSDT", OrderRef.ById(order.OrderId), 3m, 99_000m).Error);
    }

    [Fact]
    public void Rejected_modification_leaves_the_order_untouched()
    {
        var poor = _f.NewAccount(10_000m);
        var order = _f.Place(poor, Limit("BTCUSDT", OrderSide.Buy, 1m, 99_000m));
        Assert.Equal(-1102, _f.Engine.ModifyFuturesOrder(poor, "BTCUSDT", OrderRef.ById(order.OrderId), 1m, null).Error!.Value.Code);
        Assert.Equal(-2013, _f.Engine.ModifyFuturesOrder(poor, "ETHUSDT", OrderRef.ById(order.OrderId), 1m, 3_000m).Error!.Value.Code); // wrong symbol
        Assert.Equal(-1111, _f.Engine.ModifyFuturesOrder(poor, "BTCUSDT", OrderRef.ById(order.OrderId), 1.0001m, 99_000m).Error!.Value.Code);
        Assert.Equal(-2019, _f.Engine.ModifyFuturesOrder(poor, "BTCUSDT", OrderRef.ById(order.OrderId), 3m, 99_000m).Error!.Value.Code); // 3 × 99,000 / 20 > 10,000
        var same = _f.Engine.GetFuturesOrder(poor, "BTCUSDT", OrderRef.ById(order.OrderId)).Value;
        Assert.Equal((1m, 99_000m, OrderStatus.New), (same.OrigQty, same.Price, same.Status));
        Assert.Equal(new PriceQuantity(99_000m, 1m), _f.Engine.GetDepth(AsterMarket.Futures, "BTCUSDT", 1000).Value.Bids.Single(l => l.Price == 99_000m));
    }
}
