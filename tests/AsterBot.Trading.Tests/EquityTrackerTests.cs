using AsterBot.Trading.Backtest;

namespace AsterBot.Trading.Tests;

public sealed class EquityTrackerTests
{
    private const long Day = 86_400_000;

    [Fact]
    public void Max_drawdown_is_the_largest_fall_from_a_running_peak()
    {
        var tracker = new EquityTracker(5);
        foreach (var (t, equity) in new[] { (1L, 100m), (2L, 120m), (3L, 90m), (4L, 130m), (5L, 117m) }) tracker.Record(t, equity, keep: false);
        tracker.Finish();
        Assert.Equal(0.25m, tracker.MaxDrawdown); // 120 → 90
    }

    [Fact]
    public void Daily_equity_keeps_each_utc_days_last_point_and_the_curve_stays_bounded_but_keeps_trades()
    {
        var tracker = new EquityTracker(expectedPoints: 3 * 1_440, maxCurvePoints: 100);
        for (var i = 0; i < 3 * 1_440; i++) tracker.Record(i * 60_000L, 1_000m + i, keep: i == 77);
        tracker.Finish();

        Assert.Equal([Day - 60_000, 2 * Day - 60_000, 3 * Day - 60_000], tracker.DailyEquity.Select(p => p.Time));
        Assert.InRange(tracker.Curve.Count, 100, 103);
        Assert.Contains(tracker.Curve, p => p.Time == 77 * 60_000L);
        Assert.Equal(3 * Day - 60_000, tracker.Curve[^1].Time);
    }
}
