using AsterBot.Testing;
using AsterBot.Trading.Runtime;

namespace AsterBot.Trading.Tests.Runtime;

/// <summary>The replay clock on a manual real clock: scaled now, timers firing at scaled times (never early), and its bounds.</summary>
public sealed class ReplayClockTests
{
    private static readonly DateTimeOffset Replayed = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _real = new();

    [Fact]
    public void Time_stands_still_until_started_then_runs_speed_times_faster()
    {
        var clock = new ReplayClock(Replayed, 60, _real);
        _real.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(Replayed, clock.GetUtcNow());

        clock.Start();
        _real.Advance(TimeSpan.FromSeconds(2.5));
        Assert.Equal(Replayed.AddMinutes(2.5), clock.GetUtcNow());
        clock.Start(); // a second start changes nothing
        Assert.Equal(Replayed.AddMinutes(2.5), clock.GetUtcNow());

        var mark = clock.GetTimestamp(); // timestamps measure replayed spans
        _real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromMinutes(1), clock.GetElapsedTime(mark));
    }

    [Fact]
    public async Task A_delay_ends_after_its_replayed_length_divided_by_the_speed()
    {
        var clock = new ReplayClock(Replayed, 60, _real);
        clock.Start();
        var minute = Task.Delay(TimeSpan.FromMinutes(1), clock);
        _real.Advance(TimeSpan.FromSeconds(0.999));
        Assert.False(minute.IsCompleted);
        _real.Advance(TimeSpan.FromSeconds(0.001));
        await minute.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(Replayed.AddMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public void Timers_never_fire_before_their_replayed_due_time_even_when_the_speed_does_not_divide_it()
    {
        var clock = new ReplayClock(Replayed, 7, _real);
        clock.Start();
        var firedAt = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => firedAt.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        _real.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 7)); // 1/7 s rounded down: just short
        Assert.Empty(firedAt);
        _real.Advance(TimeSpan.FromTicks(1));
        Assert.True(Assert.Single(firedAt) >= Replayed.AddSeconds(1));
    }

    [Fact]
    public void Periodic_and_changed_timers_are_scaled_too()
    {
        var clock = new ReplayClock(Replayed, 10, _real);
        clock.Start();
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        _real.Advance(TimeSpan.FromSeconds(3)); // 30 replayed seconds: three periods
        Assert.Equal(3, fired);

        timer.Change(TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        _real.Advance(TimeSpan.FromSeconds(5.9));
        Assert.Equal(3, fired);
        _real.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(4, fired);
        _real.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(4, fired);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(100_001)]
    public void Speeds_outside_1_to_100000_are_refused(double speed)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new ReplayClock(Replayed, (decimal)speed, _real));
        Assert.Contains("from 1 to 100000 replayed seconds per real second", refused.Message, StringComparison.Ordinal);
    }
}
