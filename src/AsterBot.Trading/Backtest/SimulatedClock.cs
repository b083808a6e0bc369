namespace AsterBot.Trading.Backtest;

/// <summary>The backtest's clock: candle replay sets it; it never runs backwards.</summary>
internal sealed class SimulatedClock(long startMs) : TimeProvider
{
    private long _nowMs = startMs;

    public long NowMs => _nowMs;

    public void Set(long ms)
    {
        if (ms > _nowMs) _nowMs = ms;
    }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(_nowMs);
}
