using System.Collections.Concurrent;
using AsterBot.Aster.Streams.Connection;

namespace AsterBot.Aster.Tests.Streams;

/// <summary>Collects a connection's state changes and handler failures.</summary>
public sealed class StateRecorder
{
    private readonly ConcurrentQueue<StreamStateChange> _changes = new();
    private readonly ConcurrentQueue<Exception> _failures = new();

    public void Attach(StreamConnection connection)
    {
        connection.StateChanged += _changes.Enqueue;
        connection.ErrorOccurred += _failures.Enqueue;
    }

    public void Record(StreamStateChange change) => _changes.Enqueue(change);

    public IReadOnlyList<StreamStateChange> Changes => _changes.ToArray();

    public IReadOnlyList<Exception> Failures => _failures.ToArray();

    public int Count(StreamConnectionState state) => _changes.Count(c => c.State == state);

    public Task WaitFor(Func<StreamStateChange, bool> match, string what) => TestTimeouts.Until(() => _changes.Any(match), what);

    public Task WaitForConnected(int times = 1) =>
        TestTimeouts.Until(() => Count(StreamConnectionState.Connected) >= times, $"{times} Connected state(s)");
}
