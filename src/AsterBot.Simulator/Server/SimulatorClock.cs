namespace AsterBot.Simulator.Server;

/// <summary>
/// The simulator's notion of "now": a base clock (real time by default, a manual clock in tests) plus time the
/// operator advanced through <c>/sim/time/advance</c> plus an injected skew fault. Everything in the server and
/// the engine reads this clock, so advancing it moves funding, listen-key expiry and nonce windows together.
/// </summary>
public sealed class SimulatorClock(TimeProvider baseClock) : TimeProvider
{
    private long _advancedTicks;
    private long _skewTicks;

    public TimeProvider Base { get; } = baseClock;

    public TimeSpan Advanced => TimeSpan.FromTicks(Interlocked.Read(ref _advancedTicks));

    /// <summary>Clock-skew fault: the server's clock runs this far ahead (negative: behind) of the real one.</summary>
    public TimeSpan Skew
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _skewTicks));
        set => Interlocked.Exchange(ref _skewTicks, value.Ticks);
    }

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), by, "Time only moves forward; pass a positive duration.");
        Interlocked.Add(ref _advancedTicks, by.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => Base.GetUtcNow() + Advanced + Skew;

    public override long GetTimestamp() => Base.GetTimestamp();

    public override long TimestampFrequency => Base.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Base.CreateTimer(callback, state, dueTime, period);

    public long NowMilliseconds => GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Microseconds since the Unix epoch: the unit of V3 nonces.</summary>
    public long NowMicroseconds => (GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / 10;
}
