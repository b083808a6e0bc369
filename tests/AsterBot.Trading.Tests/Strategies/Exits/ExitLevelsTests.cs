using AsterBot.Trading.Strategies.Exits;

namespace AsterBot.Trading.Tests.Strategies.Exits;

public sealed class ExitLevelsTests
{
    private static ExitRules Rules(decimal tp = 0, decimal sl = 0, decimal trail = 0, decimal breakEven = 0, decimal roeTp = 0, decimal roeSl = 0) =>
        new(tp, sl, trail, breakEven, roeTp, roeSl);

    [Fact]
    public void Stop_loss_and_take_profit_sit_at_the_entry_plus_or_minus_their_fraction()
    {
        Assert.Equal((98m, 105m), ExitLevels.Compute(Rules(tp: 0.05m, sl: 0.02m), 1, 100m, 100m, false, 1));
        Assert.Equal((102m, 95m), ExitLevels.Compute(Rules(tp: 0.05m, sl: 0.02m), -1, 100m, 100m, false, 1));
    }

    [Fact]
    public void Roe_exits_divide_the_return_on_margin_by_the_leverage()
    {
        // 50% of the margin at 10x is a 5% price move; 100% is 10%.
        Assert.Equal((190m, 220m), ExitLevels.Compute(Rules(roeTp: 1m, roeSl: 0.5m), 1, 200m, 200m, false, 10));
        Assert.Equal((210m, 180m), ExitLevels.Compute(Rules(roeTp: 1m, roeSl: 0.5m), -1, 200m, 200m, false, 10));
    }

    [Fact]
    public void The_tightest_stop_and_the_nearest_take_profit_win()
    {
        // Long, entry 100, best 120: sl 98, trail 120 × 0.95 = 114, roe-sl 5%/10x... 99.5 → trail wins; tp 110 vs roe-tp 103 → 103.
        var (stop, takeProfit) = ExitLevels.Compute(Rules(tp: 0.1m, sl: 0.02m, trail: 0.05m, roeTp: 0.3m, roeSl: 0.05m), 1, 100m, 120m, false, 10);
        Assert.Equal(114m, stop);
        Assert.Equal(103m, takeProfit);
    }

    [Fact]
    public void Break_even_moves_the_stop_to_the_entry_only_once_armed()
    {
        var rules = Rules(sl: 0.02m, breakEven: 0.01m);
        Assert.False(ExitLevels.BreakEvenReached(rules, 1, 100m, 100.99m));
        Assert.True(ExitLevels.BreakEvenReached(rules, 1, 100m, 101m));
        Assert.True(ExitLevels.BreakEvenReached(rules, -1, 100m, 99m));
        Assert.Equal(98m, ExitLevels.Compute(rules, 1, 100m, 101m, false, 1).Stop);
        Assert.Equal(100m, ExitLevels.Compute(rules, 1, 100m, 101m, true, 1).Stop);
    }

    [Fact]
    public void No_position_or_no_entry_price_means_no_levels()
    {
        Assert.Equal((null, null), ExitLevels.Compute(Rules(tp: 0.05m, sl: 0.02m), 0, 100m, 100m, false, 1));
        Assert.Equal((null, null), ExitLevels.Compute(Rules(tp: 0.05m, sl: 0.02m), 1, 0m, 100m, false, 1));
    }
}
