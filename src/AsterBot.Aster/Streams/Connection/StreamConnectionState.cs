namespace AsterBot.Aster.Streams.Connection;

public enum StreamConnectionState
{
    /// <summary>Not started yet.</summary>
    Created,
    /// <summary>Opening a socket (first time or after a drop).</summary>
    Connecting,
    /// <summary>A socket is open and subscribed.</summary>
    Connected,
    /// <summary>The socket dropped or could not be opened; a retry follows after a backoff delay.</summary>
    Disconnected,
    /// <summary>Stopped for good (cancelled or disposed).</summary>
    Closed,
}

/// <summary>
/// A state transition. <see cref="EventsMayHaveBeenMissed"/> is true when a connection came back after a drop:
/// a trading engine should then reconcile (orders, positions, books) with REST. A rotation keeps the flow
/// gap-free (the new socket is open before the old one closes), so it reports false.
/// </summary>
public sealed record StreamStateChange(
    StreamConnectionState State, string Reason, Exception? Error, int ConnectionNumber, bool EventsMayHaveBeenMissed);
