namespace AsterBot.Aster.Streams.Connection;

/// <summary>How a <see cref="StreamConnection"/> connects, stays alive and recovers.</summary>
public sealed record StreamConnectionOptions
{
    /// <summary>Stream host, e.g. wss://fstream.asterdex.com, wss://sstream.asterdex.com or ws://127.0.0.1:port.</summary>
    public required Uri BaseUri { get; init; }

    public required StreamLimits Limits { get; init; }

    /// <summary>
    /// Combined connections (<c>/stream?streams=a/b</c>) wrap payloads as {"stream","data"}, so every event says
    /// which stream it belongs to. Raw connections (<c>/ws/&lt;stream&gt;</c>) send bare payloads.
    /// </summary>
    public bool Combined { get; init; } = true;

    /// <summary>
    /// A fixed raw path (the listen key of a user-data stream). When null, a raw connection puts its first
    /// subscribed stream in the path and subscribes the others with SUBSCRIBE frames.
    /// </summary>
    public string? RawPath { get; init; }

    /// <summary>How often the framework sends a keep-alive frame; the server's own pings are answered automatically.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When set, keep-alives are pings and the socket is dropped (then reconnected) if no pong comes back within
    /// this time: the only way to notice a half-open TCP connection on a quiet stream such as a user-data stream.
    /// Null sends unsolicited pongs instead and detects nothing.
    /// </summary>
    public TimeSpan? KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Reconnect when nothing has been received for this long; null disables the watchdog (user-data streams can be quiet for hours).</summary>
    public TimeSpan? SilenceLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Replace the connection (new one first, then close the old) this long after it opened; must stay under the server's 24 h limit.</summary>
    public TimeSpan RotateAfter { get; init; } = TimeSpan.FromHours(23);

    public TimeSpan InitialReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a SUBSCRIBE/UNSUBSCRIBE/LIST_SUBSCRIPTIONS waits for its reply.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an old connection may take to finish its close handshake during rotation or shutdown.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public static StreamConnectionOptions Futures(Uri baseUri) => new() { BaseUri = baseUri, Limits = StreamLimits.Futures };

    public static StreamConnectionOptions Spot(Uri baseUri) => new() { BaseUri = baseUri, Limits = StreamLimits.Spot };

    /// <summary>The longest delay a timer-backed cancellation accepts (uint.MaxValue - 1 milliseconds, about 49.7 days).</summary>
    private static readonly TimeSpan MaxTimerDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    internal void Validate()
    {
        if (!BaseUri.IsAbsoluteUri || BaseUri.Scheme is not ("ws" or "wss"))
            throw new ArgumentException($"The stream base URL must be an absolute ws:// or wss:// URL, got '{BaseUri}'.", nameof(BaseUri));
        if (RotateAfter <= TimeSpan.Zero || RotateAfter >= Limits.MaxLifetime)
            throw new ArgumentException($"RotateAfter must be positive and below the server's {Limits.MaxLifetime} lifetime.", nameof(RotateAfter));
        if (SilenceLimit is { } silence && silence <= TimeSpan.Zero)
            throw new ArgumentException("SilenceLimit must be positive, or null to disable the watchdog.", nameof(SilenceLimit));
        foreach (var (name, value) in new[] { (nameof(ConnectTimeout), ConnectTimeout), (nameof(RequestTimeout), RequestTimeout), (nameof(CloseTimeout), CloseTimeout) })
            if (value <= TimeSpan.Zero || value > MaxTimerDelay)
                throw new ArgumentException($"{name} must be positive and at most {MaxTimerDelay.TotalDays:0} days, got {value}.", name);
        if (InitialReconnectDelay < TimeSpan.Zero || MaxReconnectDelay < InitialReconnectDelay)
            throw new ArgumentException("Reconnect delays must satisfy 0 <= InitialReconnectDelay <= MaxReconnectDelay.", nameof(InitialReconnectDelay));
    }
}
