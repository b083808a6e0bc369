namespace AsterBot.Trading.Runtime;

/// <summary>
/// Replayed time for paper trading on recorded candles: now = the replay's start + <see cref="Speed"/> × the real time
/// elapsed since <see cref="Start"/>, and every timer fires after its due time ÷ speed of real time. Handing this one
/// clock to the engine, the <see cref="TradingHost"/> and the <see cref="CandleReplayer"/> makes the runtime that
/// trades live — its candle schedule, settle delays, staleness limits, <c>Task.Delay(…, time)</c> — run unchanged on
/// replayed minutes, so a day of recorded data plays in minutes through the same code.
/// Time stands still at the replay's start until <see cref="Start"/>, so the run's own set-up does not eat replayed
/// minutes at high speeds.
/// </summary>
public sealed class ReplayClock : TimeProvider
{
    public const decimal MinSpeed = 1, MaxSpeed = 100_000;
    private const long NotStarted = long.MinValue;

    private readonly TimeProvider _real;
    private readonly DateTimeOffset _start;
    private long _realOrigin = NotStarted;

    /// <param name="start">The replayed time when the replay starts (its first candle's open).</param>
    /// <param name="speed">Replayed seconds per real second, from <see cref="MinSpeed"/> to <see cref="MaxSpeed"/>.</param>
    /// <param name="real">Where real time comes from (the system clock; tests pass a manual one).</param>
    public ReplayClock(DateTimeOffset start, decimal speed, TimeProvider? real = null)
    {
        if (speed is < MinSpeed or > MaxSpeed)
            throw new ArgumentOutOfRangeException(nameof(speed), speed, $"The replay speed must be from {MinSpeed} to {MaxSpeed} replayed seconds per real second.");
        _start = start;
        Speed = speed;
        _real = real ?? System;
    }

    /// <summary>Replayed seconds per real second.</summary>
    public decimal Speed { get; }

    /// <summary>Lets replayed time run from now on; later calls change nothing.</summary>
    public void Start() => Interlocked.CompareExchange(ref _realOrigin, _real.GetTimestamp(), NotStarted);

    public override DateTimeOffset GetUtcNow()
    {
        var origin = Volatile.Read(ref _realOrigin);
        return origin == NotStarted ? _start : _start.AddTicks((long)(_real.GetElapsedTime(origin).Ticks * Speed));
    }

    // Timestamps follow replayed time too, so GetElapsedTime on this clock measures replayed spans.
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>
    /// The real span that covers <paramref name="replayed"/>, rounded up: a timer must never fire before its replayed
    /// due time, or code that re-checks the time on waking would find itself early and wait again.
    /// </summary>
    private TimeSpan ToReal(TimeSpan replayed) =>
        replayed <= TimeSpan.Zero || replayed == Timeout.InfiniteTimeSpan ? replayed : TimeSpan.FromTicks((long)Math.Ceiling(replayed.Ticks / Speed));

    private sealed class ScaledTimer(ITimer real, ReplayClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => real.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => real.Dispose();

        public ValueTask DisposeAsync() => real.DisposeAsync();
    }
}
