namespace AsterBot.Aster.Auth;

/// <summary>
/// The exchange's clock as seen from here: local time from an injected <see cref="TimeProvider"/> plus a measured
/// offset. V1 timestamps must fall inside the server's window, so they are taken from this clock, not the local one.
/// </summary>
public sealed class ServerClock(TimeProvider time)
{
    private long _offsetTicks;

    public TimeProvider Time { get; } = time;

    /// <summary>Server time minus local time, as last measured (zero until measured).</summary>
    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public DateTimeOffset Now => Time.GetUtcNow() + Offset;

    public long NowMilliseconds => Now.ToUnixTimeMilliseconds();

    /// <summary>
    /// Records a server time read at <paramref name="serverTimeMs"/> between two local instants; the round trip's
    /// midpoint is the best estimate of when the server stamped it.
    /// </summary>
    public void Observe(long serverTimeMs, DateTimeOffset sentAt, DateTimeOffset receivedAt)
    {
        var midpoint = sentAt + (receivedAt - sentAt) / 2;
        Offset = DateTimeOffset.FromUnixTimeMilliseconds(serverTimeMs) - midpoint;
    }
}
