using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Tests;

/// <summary>
/// Live, an order's REST answer (FILLED) arrives before its fill on the user-data stream. Decisions and account
/// checks taken in that gap must neither count the fill twice nor open a second time.
/// </summary>
public sealed class LaggingFillsTests : IDisposable
{
    private readonly TradingFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task A_flip_while_the_opening_fill_is_in_flight_ends_on_the_exchange_position_without_an_outside_change()
    {
        var lagging = new FlakyExchange(_f.Exchange) { HoldUpdates = true };
        var trader = await _f.StartedTrader(exchange: lagging);
        await _f.Signal(trader, "s1", SignalAction.Long);
        Assert.Equal(0.02m, _f.Position());
        Assert.Equal(0m, trader.Status.Position.Quantity); // the fill has not arrived yet

        await _f.Signal(trader, "s2", SignalAction.Short);
        // It closed the long that existed, then opened a short sized on the equity left after fees.
        Assert.Equal(-0.019m, _f.Position());
        Assert.Equal(2, _f.AllOrders().Count(o => o.Side == Aster.Models.OrderSide.Sell));

        lagging.HoldUpdates = false;
        _f.CloseCandle(trader, 100_000m);
        Assert.Equal(-0.019m, trader.Status.Position.Quantity);
        Assert.Empty(_f.Events.Of(TradingEventKind.ExternalChange));
    }

    [Fact]
    public async Task A_repeated_long_while_the_fill_is_in_flight_opens_nothing()
    {
        var lagging = new FlakyExchange(_f.Exchange) { HoldUpdates = true };
        var trader = await _f.StartedTrader(exchange: lagging);
        await _f.Signal(trader, "s1", SignalAction.Long);
        await _f.Signal(trader, "s2", SignalAction.Long);

        Assert.Single(_f.AllOrders());
        Assert.Equal(0.02m, _f.Position());
        lagging.HoldUpdates = false;
        _f.CloseCandle(trader, 100_000m);
        Assert.Equal(0.02m, trader.Status.Position.Quantity);
    }

    [Fact]
    public async Task A_fill_that_never_arrives_is_overdue_and_the_exchange_position_is_taken_once()
    {
        var lossy = new FlakyExchange(_f.Exchange) { DropUpdates = true };
        var trader = await _f.StartedTrader(exchange: lossy);
        await _f.Signal(trader, "s1", SignalAction.Long);
        _f.Clock.Advance(TimeSpan.FromMinutes(5));
        await _f.Signal(trader, "s2", SignalAction.Long); // six minutes later: the fill is overdue

        Assert.Single(_f.AllOrders());
        Assert.Equal(0.02m, trader.Status.Position.Quantity);
        Assert.Single(_f.Events.Of(TradingEventKind.ExternalChange));
    }

    [Fact]
    public async Task Reconciling_after_missed_updates_takes_the_exchange_position_at_once()
    {
        var lossy = new FlakyExchange(_f.Exchange) { DropUpdates = true };
        var trader = await _f.StartedTrader(exchange: lossy);
        await _f.Signal(trader, "s1", SignalAction.Long);
        await trader.ReconcileAsync(CancellationToken.None); // what the runtime does when the stream says events were missed

        Assert.Equal(0.02m, trader.Status.Position.Quantity);
        await _f.Signal(trader, "s2", SignalAction.Long);
        Assert.Single(_f.AllOrders());
    }
}
