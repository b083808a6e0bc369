using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>What subscribers see: order and account updates, market data, and depth diffs that rebuild the book.</summary>
public sealed class EngineEventTests
{
    private readonly EngineFixture _f = new();

    private static List<EngineEvent> Drain(EventSubscription subscription)
    {
        var events = new List<EngineEvent>();
        while (subscription.Reader.TryRead(out var e)) events.Add(e);
        return events;
    }

    [Fact]
    public void Limit_order_life_publishes_new_then_trade_with_an_account_update()
    {
        var a = _f.NewAccount(10_000m);
        using var subscription = _f.Engine.Events.Subscribe();
        var order = _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 99_000m) with { NewClientOrderId = "ev-1" });
        _f.Price("BTCUSDT", 98_900m);
        var events = Drain(subscription);

        var updates = events.OfType<FuturesOrderUpdate>().Where(u => u.AccountId == a).ToList();
        Assert.Equal([ExecutionType.New, ExecutionType.Trade], updates.Select(u => u.ExecutionType));
        var fill = updates[1];
        Assert.Equal((order.OrderId, "ev-1", OrderStatus.Filled), (fill.Order.OrderId, fill.Order.ClientOrderId, fill.Order.Status));
        Assert.Equal((0.1m, 99_000m, 1.98m, "USDT", true), (fill.LastFilledQuantity, fill.LastFilledPrice, fill.Commission, fill.CommissionAsset, fill.IsMaker));

        var account = Assert.Single(events.OfType<FuturesAccountUpdate>());
        Assert.Equal("ORDER", account.Reason);
        Assert.Equal(10_000m - 1.98m, account.Balances.Single().WalletBalance);
        Assert.Equal((0.1m, 99_000m), (account.Positions.Single().PositionAmt, account.Positions.Single().EntryPrice));

        Assert.Contains(events, e => e is MarkPriceUpdate { Symbol: "BTCUSDT", MarkPrice: 98_900m });
        var trade = Assert.Single(events.OfType<TradeEvent>());
        Assert.Equal((99_000m, 0.1m, true), (trade.Price, trade.Quantity, trade.BuyerIsMaker));
        Assert.Contains(events, e => e is KlineUpdate { Kline.Close: 99_000m });
    }

    [Fact]
    public void An_accounts_scope_subscriber_gets_order_and_account_updates_but_no_market_data()
    {
        var a = _f.NewAccount(10_000m);
        using var subscription = _f.Engine.Events.Subscribe(EventScope.Accounts);
        Assert.False(_f.Engine.Events.HasMarketSubscribers);
        _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 99_000m));
        _f.Price("BTCUSDT", 98_900m);
        var events = Drain(subscription);

        Assert.Equal([ExecutionType.New, ExecutionType.Trade], events.OfType<FuturesOrderUpdate>().Select(u => u.ExecutionType));
        Assert.Single(events.OfType<FuturesAccountUpdate>());
        Assert.DoesNotContain(events, e => e is TradeEvent or DepthUpdate or KlineUpdate or MarkPriceUpdate);

        // A full subscriber next to it turns market data on; the account-only reader still never sees it.
        using (var everything = _f.Engine.Events.Subscribe())
        {
            _f.Price("BTCUSDT", 98_800m);
            Assert.Contains(Drain(everything), e => e is MarkPriceUpdate);
        }
        Assert.False(_f.Engine.Events.HasMarketSubscribers);
        Assert.DoesNotContain(Drain(subscription), e => e is MarkPriceUpdate or DepthUpdate);
    }

    [Fact]
    public void An_orders_scope_subscriber_gets_order_updates_only_and_balance_updates_are_not_built_for_it()
    {
        var a = _f.NewAccount(10_000m);
        using var orders = _f.Engine.Events.Subscribe(EventScope.Orders);
        Assert.False(_f.Engine.Events.HasBalanceSubscribers);
        _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 99_000m));
        _f.Price("BTCUSDT", 98_900m);

        var events = Drain(orders);
        Assert.Equal([ExecutionType.New, ExecutionType.Trade], events.OfType<FuturesOrderUpdate>().Select(u => u.ExecutionType));
        Assert.All(events, e => Assert.IsType<FuturesOrderUpdate>(e));

        // An accounts reader next to it turns balance updates on; the order-only reader still sees orders only.
        using var accounts = _f.Engine.Events.Subscribe(EventScope.Accounts);
        Assert.True(_f.Engine.Events.HasBalanceSubscribers);
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.1m));
        Assert.Single(Drain(accounts).OfType<FuturesAccountUpdate>());
        Assert.All(Drain(orders), e => Assert.IsType<FuturesOrderUpdate>(e));
    }

    [Fact]
    public void An_order_changes_subscriber_gets_fills_and_cancellations_but_no_new_acknowledgements()
    {
        var a = _f.NewAccount(10_000m);
        using var changes = _f.Engine.Events.Subscribe(EventScope.OrderChanges);
        Assert.False(_f.Engine.Events.HasAcknowledgementSubscribers);
        Assert.False(_f.Engine.Events.HasBalanceSubscribers);
        _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 99_000m));
        var resting = _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 98_000m));
        _f.Price("BTCUSDT", 98_900m);
        Assert.True(_f.Engine.CancelFuturesOrder(a, "BTCUSDT", OrderRef.ById(resting.OrderId)).IsSuccess);
        Assert.Equal([ExecutionType.Trade, ExecutionType.Canceled], Drain(changes).Cast<FuturesOrderUpdate>().Select(u => u.ExecutionType));

        // An orders reader next to it gets the NEW updates; the changes reader still does not.
        using var orders = _f.Engine.Events.Subscribe(EventScope.Orders);
        Assert.True(_f.Engine.Events.HasAcknowledgementSubscribers);
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.1m));
        Assert.Equal([ExecutionType.New, ExecutionType.Trade], Drain(orders).Cast<FuturesOrderUpdate>().Select(u => u.ExecutionType));
        Assert.Equal([ExecutionType.Trade], Drain(changes).Cast<FuturesOrderUpdate>().Select(u => u.ExecutionType));
    }

    [Fact]
    public void Depth_diffs_chain_and_rebuild_the_book_from_a_snapshot()
    {
        var a = _f.NewAccount(1_000_000m);
        using var subscription = _f.Engine.Events.Subscribe();
        var snapshot = _f.Engine.GetDepth(AsterMarket.Futures, "BTCUSDT", 1000).Value;

        var resting = _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 1m, 99_950m));
        _f.Place(a, Limit("BTCUSDT", OrderSide.Sell, 2m, 100_050m));
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 15m));
        _f.Engine.CancelFuturesOrder(a, "BTCUSDT", Simulator.Engine.Requests.OrderRef.ById(resting.OrderId));
        _f.Price("BTCUSDT", 100_020m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 3m));

        var diffs = Drain(subscription).OfType<DepthUpdate>().Where(d => d.Symbol == "BTCUSDT").ToList();
        Assert.NotEmpty(diffs);
        for (var i = 1; i < diffs.Count; i++)
        {
            Assert.Equal(diffs[i - 1].FinalUpdateId, diffs[i].PreviousFinalUpdateId);
            Assert.Equal(diffs[i - 1].FinalUpdateId + 1, diffs[i].FirstUpdateId);
        }
        // Aster's local-book rule: drop u < lastUpdateId, the first kept event spans lastUpdateId, then apply.
        var bids = snapshot.Bids.ToDictionary(l => l.Price, l => l.Quantity);
        var asks = snapshot.Asks.ToDictionary(l => l.Price, l => l.Quantity);
        var kept = diffs.Where(d => d.FinalUpdateId >= snapshot.LastUpdateId).ToList();
        Assert.True(kept[0].FirstUpdateId <= snapshot.LastUpdateId + 1);
        foreach (var diff in kept)
        {
            Apply(bids, diff.Bids);
            Apply(asks, diff.Asks);
        }
        var final = _f.Engine.GetDepth(AsterMarket.Futures, "BTCUSDT", 1000).Value;
        Assert.Equal(final.Bids, bids.OrderByDescending(x => x.Key).Select(x => new PriceQuantity(x.Key, x.Value)));
        Assert.Equal(final.Asks, asks.OrderBy(x => x.Key).Select(x => new PriceQuantity(x.Key, x.Value)));
        Assert.Equal(final.LastUpdateId, diffs[^1].FinalUpdateId);
    }

    private static void Apply(Dictionary<decimal, decimal> side, IReadOnlyList<PriceQuantity> changes)
    {
        foreach (var c in changes)
            if (c.Quantity == 0) side.Remove(c.Price); else side[c.Price] = c.Quantity;
    }

    [Fact]
    public void Funding_and_liquidation_are_published()
    {
        var a = _f.NewAccount(1_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m));
        using var subscription = _f.Engine.Events.Subscribe();
        _f.Clock.Advance(TimeSpan.FromHours(7));
        _f.Engine.Tick();
        _f.Price("BTCUSDT", 90_000m);
        var events = Drain(subscription);
        Assert.Contains(events, e => e is FuturesAccountUpdate { Reason: "FUNDING_FEE" });
        var liquidation = events.OfType<FuturesOrderUpdate>().Single(u => u.ExecutionType == ExecutionType.Calculated);
        Assert.Equal((OrderType.Liquidation, OrderStatus.Filled), (liquidation.Order.Type, liquidation.Order.Status));
        Assert.StartsWith("autoclose-", liquidation.Order.ClientOrderId);
        Assert.Contains(events, e => e is LiquidationEvent { Symbol: "BTCUSDT", Side: OrderSide.Sell, Quantity: 0.1m });
    }

    [Fact]
    public void Spot_fills_publish_execution_reports_and_balances()
    {
        var a = _f.NewAccount(0m, new Dictionary<string, decimal> { ["USDT"] = 1_000m });
        using var subscription = _f.Engine.Events.Subscribe();
        _f.Engine.PlaceSpotOrder(a, new() { Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.Market, QuoteOrderQty = 100m });
        var events = Drain(subscription);
        Assert.Equal([ExecutionType.New, ExecutionType.Trade], events.OfType<SpotOrderUpdate>().Select(u => u.ExecutionType));
        var balances = events.OfType<SpotAccountUpdate>().Single().Balances;
        Assert.Equal(["USDT", "BTC"], balances.Select(b => b.Asset));
    }

    [Fact]
    public void Disposed_subscription_stops_receiving()
    {
        var subscription = _f.Engine.Events.Subscribe();
        subscription.Dispose();
        _f.Price("BTCUSDT", 100_100m);
        Assert.False(subscription.Reader.TryRead(out _));
        Assert.True(subscription.Reader.Completion.IsCompleted);
    }

    [Fact]
    public void Margin_call_is_sent_once_when_maintenance_nears_the_margin_balance()
    {
        var a = _f.NewAccount(1_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m)); // wallet 995.999996
        using var subscription = _f.Engine.Events.Subscribe();
        // At 90,440: balance 995.999996 + 0.1 × (90,440 − 100,000.1) = 39.989996; MM 9,044 × 0.004 = 36.176 ≥ 80%.
        _f.Price("BTCUSDT", 90_440m);
        _f.Price("BTCUSDT", 90_430m);
        var calls = Drain(subscription).OfType<MarginCallEvent>().ToList();
        var call = Assert.Single(calls);
        Assert.Equal((a, 995.999996m, 0.1m), (call.AccountId, call.CrossWalletBalance, call.Positions.Single().PositionAmt));
        Assert.Equal(0.1m, _f.Position(a, "BTCUSDT").PositionAmt); // warned, not liquidated
    }

    [Fact]
    public void A_new_minute_marks_the_previous_kline_final()
    {
        using var subscription = _f.Engine.Events.Subscribe();
        _f.Price("BTCUSDT", 100_100m);
        _f.Clock.Advance(TimeSpan.FromMinutes(1));
        _f.Price("BTCUSDT", 100_200m);
        var klines = Drain(subscription).OfType<KlineUpdate>().Where(k => k.Symbol == "BTCUSDT").ToList();
        Assert.Equal([false, true, false], klines.Select(k => k.IsClosed));
        Assert.Equal((100_100m, 100_200m), (klines[1].Kline.Close, klines[2].Kline.Close));
        Assert.Equal(klines[1].Kline.OpenTime + 60_000, klines[2].Kline.OpenTime);
    }
}
