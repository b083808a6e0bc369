namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// Per-connection rules of an Aster stream host (API.md §7.1). The exchange disconnects a client that sends more
/// than <see cref="MaxInboundMessagesPerSecond"/> frames a second (control frames, pings and pongs all count) and
/// refuses more than <see cref="MaxStreamsPerConnection"/> streams on one connection.
/// </summary>
public sealed record StreamLimits(int MaxInboundMessagesPerSecond, int MaxStreamsPerConnection, TimeSpan MaxLifetime)
{
    public static StreamLimits Futures { get; } = new(10, 200, TimeSpan.FromHours(24));

    public static StreamLimits Spot { get; } = new(5, 1024, TimeSpan.FromHours(24));

    /// <summary>
    /// Control frames we allow ourselves per second: one below the limit, leaving room for keep-alive frames and
    /// the pongs the framework sends back for the server's pings.
    /// </summary>
    public int ControlFramesPerSecond => Math.Max(1, MaxInboundMessagesPerSecond - 1);
}
