using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Tests;

/// <summary>Risk guards block opening orders with a reason; closing is always allowed.</summary>
public sealed class RiskGuardTests : IDisposable
{
    private readonly TradingFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static readonly Dictionary<string, string> Params = new() { ["risk"] = "0.1", ["leverage"] = "5" };

    [Fact]
    public async Task Max_position_notional_blocks_the_open_with_the_figures()
    {
        var trader = await _f.StartedTrader(parameters: Params, guards: new RiskGuards(new RiskLimits { MaxPositionNotional = 1_000m }));
        await _f.Signal(trader, "a1", SignalAction.Long);
        Assert.Empty(_f.AllOrders());
        Assert.Contains("would exceed the maximum 1000", Assert.Single(_f.Events.Of(TradingEventKind.Blocked)).Message);
    }

    [Fact]
    public async Task Kill_switch_blocks_opening_but_lets_the_position_close()
    {
        var guards = new RiskGuards(RiskLimits.None);
        var trader = await _f.StartedTrader(parameters: Params, guards: guards);
        await _f.Signal(trader, "a1", SignalAction.Long);
        guards.EngageKillSwitch("operator");

        await _f.Signal(trader, "a2", SignalAction.Short); // the close goes out, the new short does not
        Assert.Equal(0m, _f.Position());
        Assert.Contains("kill switch engaged (operator)", Assert.Single(_f.Events.Of(TradingEventKind.Blocked)).Message);

        guards.ReleaseKillSwitch();
        await _f.Signal(trader, "a3", SignalAction.Short);
        Assert.True(_f.Position() < 0);
    }

    [Fact]
    public async Task Max_daily_loss_blocks_until_the_next_utc_day()
    {
        var guards = new RiskGuards(new RiskLimits { MaxDailyLoss = 50m });
        var trader = await _f.StartedTrader(parameters: Params, guards: guards);
        await _f.Signal(trader, "a1", SignalAction.Long, 100_000m);
        await _f.Signal(trader, "a2", SignalAction.Close, 99_000m); // 0.05 × −1,000 = −50 plus fees
        await _f.Signal(trader, "a3", SignalAction.Long, 99_000m);
        Assert.Contains("daily loss", Assert.Single(_f.Events.Of(TradingEventKind.Blocked)).Message);
        Assert.Equal(0m, _f.Position());

        _f.Clock.Advance(TimeSpan.FromDays(1));
        await _f.Signal(trader, "a4", SignalAction.Long, 99_000m);
        Assert.True(_f.Position() > 0);
    }

    [Fact]
    public async Task Consecutive_losing_closes_start_a_cooldown()
    {
        var guards = new RiskGuards(new RiskLimits { MaxConsecutiveLosses = 2, Cooldown = TimeSpan.FromMinutes(30) });
        var trader = await _f.StartedTrader(parameters: Params, guards: guards);
        await _f.Signal(trader, "a1", SignalAction.Long, 100_000m);
        await _f.Signal(trader, "a2", SignalAction.Close, 99_900m);
        await _f.Signal(trader, "a3", SignalAction.Long, 99_900m);
        await _f.Signal(trader, "a4", SignalAction.Close, 99_800m);
        await _f.Signal(trader, "a5", SignalAction.Long, 99_800m);
        Assert.Contains("cooling down after 2 losing closes", Assert.Single(_f.Events.Of(TradingEventKind.Blocked)).Message);

        _f.Clock.Advance(TimeSpan.FromMinutes(30));
        await _f.Signal(trader, "a6", SignalAction.Long, 99_800m);
        Assert.True(_f.Position() > 0);
    }

    [Fact]
    public void Nonsense_limits_are_refused_with_what_to_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => new RiskGuards(new RiskLimits { MaxDailyLoss = -5m }));
        Assert.Contains("MaxDailyLoss must be above 0", error.Message);
    }
}
