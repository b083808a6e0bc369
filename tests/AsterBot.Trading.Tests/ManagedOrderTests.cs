using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests;

/// <summary>Orders strategies manage themselves (grids, stops) and reconciliation with the exchange.</summary>
public sealed class ManagedOrderTests : IDisposable
{
    private readonly TradingFixture _f = new();
    private readonly ScriptedStrategy _strategy = new();

    public void Dispose() => _f.Dispose();

    private async Task<PairTrader> Start(IExchange? exchange = null)
    {
        var trader = new PairTrader(_f.Setup(), _strategy.Definition(), new StrategyParameters(new Dictionary<string, decimal>(), new Dictionary<string, string>()),
            exchange ?? _f.Exchange, _f.Journal, new RiskGuards(RiskLimits.None), _f.Events);
        Assert.True((await trader.StartAsync([], default)).IsSuccess);
        return trader;
    }

    private async Task Decide(PairTrader trader, decimal price, Action<StrategyContext> decision)
    {
        _strategy.Candle = (_, context) => decision(context);
        _f.CloseCandle(trader, price);
        _strategy.Candle = null;
        await trader.ExecutePendingAsync(default);
    }

    [Fact]
    public async Task A_resting_order_is_rounded_to_the_filters_tracked_by_tag_and_settled_when_it_fills()
    {
        var trader = await Start();
        await Decide(trader, 100_000m, c => c.Place(new PlaceOrder("buy-1", OrderSide.Buy, OrderType.Limit, 0.01234m, "grid level 1") { Price = 99_000.07m }));

        var open = Assert.Single(_strategy.LastContext!.OpenOrders);
        Assert.Equal(("buy-1", 0.012m, 99_000.0m, "p1-buy-1-t"), (open.Key, open.Value.Quantity, open.Value.Price, open.Value.ClientOrderId));

        _f.CloseCandle(trader, 98_900m); // the market crosses the order: it fills as maker
        Assert.Empty(_strategy.LastContext.OpenOrders);
        var fill = Assert.Single(_strategy.Fills);
        Assert.Equal((99_000.0m, true), (fill.Price, fill.IsMaker));
        Assert.Equal(0.012m, trader.Status.Position.Quantity);

        await trader.ExecutePendingAsync(default); // settles the journal
        Assert.Equal(OrderIntentState.Filled, (await _f.Journal.FindAsync("p1-buy-1-t", default))!.State);
    }

    [Fact]
    public async Task Cancel_by_tag_and_orders_the_filters_refuse_are_blocked_with_the_reason()
    {
        var trader = await Start();
        await Decide(trader, 100_000m, c => c.Place(new PlaceOrder("buy-1", OrderSide.Buy, OrderType.Limit, 0.01m, "level") { Price = 99_000m }));
        await Decide(trader, 100_000m, c => c.Cancel("buy-1", "re-centre"));
        Assert.Empty(_strategy.LastContext!.OpenOrders);
        Assert.Empty((await _f.Exchange.GetOpenOrdersAsync("BTCUSDT")).Data!);

        await Decide(trader, 100_000m, c => c.Place(new PlaceOrder("dust", OrderSide.Buy, OrderType.Limit, 0.00001m, "too small") { Price = 99_000m }));
        Assert.Contains("LOT_SIZE", Assert.Single(_f.Events.Of(TradingEventKind.Blocked)).Message);
    }

    [Fact]
    public async Task Reconciliation_adopts_our_open_orders_and_notices_lost_orders_and_outside_position_changes()
    {
        // Left over by an earlier run: an open order with this pair's prefix.
        await _f.Exchange.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Limit, 0.01m, "p1-sell-9-t") { Price = 101_000m });
        var stream = new FlakyExchange(_f.Exchange);
        var trader = await Start(stream);
        Assert.Equal("p1-sell-9-t", Assert.Single(trader.Status.OpenOrders).ClientOrderId);
        Assert.Contains(_f.Events.Of(TradingEventKind.Reconciled), e => e.Message.Contains("adopted open order p1-sell-9-t"));

        // While the stream is down, someone cancels the order and opens a position by hand.
        stream.DropUpdates = true;
        await _f.Exchange.CancelOrderAsync("BTCUSDT", "p1-sell-9-t");
        await _f.Exchange.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0.003m, "by-hand"));
        _ = stream.TryTakeUpdate(out _);
        stream.DropUpdates = false;
        await trader.ReconcileAsync(default);

        Assert.Empty(trader.Status.OpenOrders);
        Assert.Equal(0.003m, trader.Status.Position.Quantity);
        var changes = _f.Events.Of(TradingEventKind.ExternalChange).Select(e => e.Message).ToList();
        Assert.Contains(changes, m => m.Contains("order sell-9 is no longer open (Canceled)"));
        Assert.Contains(changes, m => m.Contains("position on the exchange is 0.003, this pair expected 0"));
    }
}
