using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.Parsing;

namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// Any number of streams over as many <see cref="StreamConnection"/>s as the host's streams-per-connection limit
/// requires (200 futures, 1024 spot): new streams fill the existing connections first, then open another.
/// All shards feed one handler, one frame at a time, so the handler sees the same guarantees as with a single
/// connection.
/// </summary>
public sealed class ShardedStreamConnection : IAsyncDisposable
{
    private readonly StreamConnectionOptions _options;
    private readonly IStreamFrameSink _sink;
    private readonly List<StreamConnection> _shards = [];
    private readonly SemaphoreSlim _changing = new(1, 1);
    private CancellationToken _runToken;
    private bool _started;

    public ShardedStreamConnection(StreamConnectionOptions options, IStreamEventHandler handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.RawPath is not null)
            throw new ArgumentException("A fixed raw path (a listen key) names one connection and cannot be sharded.", nameof(options));
        _options = options;
        _sink = new SerializedSink(new StreamEventDispatcher(handler ?? throw new ArgumentNullException(nameof(handler))));
    }

    /// <summary>State changes of every shard; the first argument is the shard's index.</summary>
    public event Action<int, StreamStateChange>? StateChanged;

    /// <summary>Failures that did not stop a shard (see <see cref="StreamConnection.ErrorOccurred"/>).</summary>
    public event Action<Exception>? ErrorOccurred;

    public int ShardCount
    {
        get { lock (_shards) return _shards.Count; }
    }

    public IReadOnlyList<string> Subscriptions
    {
        get { lock (_shards) return _shards.SelectMany(s => s.Subscriptions).ToArray(); }
    }

    public void Start(CancellationToken ct = default)
    {
        lock (_shards)
        {
            if (_started) throw new InvalidOperationException("The sharded connection is already started.");
            _started = true;
            _runToken = ct;
            foreach (var shard in _shards) shard.Start(ct);
        }
    }

    public async Task SubscribeAsync(IEnumerable<string> streams, CancellationToken ct = default)
    {
        await _changing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var subscribed = Subscriptions.ToHashSet(StringComparer.Ordinal);
            var remaining = new Queue<string>(streams.Distinct(StringComparer.Ordinal).Where(s => !subscribed.Contains(s)));
            var limit = _options.Limits.MaxStreamsPerConnection;
            StreamConnection[] shards;
            lock (_shards) shards = [.. _shards];
            foreach (var shard in shards)
            {
                var room = limit - shard.Subscriptions.Count;
                if (room > 0 && remaining.Count > 0) await shard.SubscribeAsync(Take(remaining, room), ct).ConfigureAwait(false);
            }
            while (remaining.Count > 0) AddShard(Take(remaining, limit));
        }
        finally
        {
            _changing.Release();
        }
    }

    public async Task UnsubscribeAsync(IEnumerable<string> streams, CancellationToken ct = default)
    {
        await _changing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var removing = streams.ToHashSet(StringComparer.Ordinal);
            StreamConnection[] shards;
            lock (_shards) shards = [.. _shards];
            foreach (var shard in shards)
            {
                var mine = shard.Subscriptions.Where(removing.Contains).ToList();
                if (mine.Count > 0) await shard.UnsubscribeAsync(mine, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            _changing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        StreamConnection[] shards;
        lock (_shards) shards = [.. _shards];
        foreach (var shard in shards) await shard.DisposeAsync().ConfigureAwait(false);
    }

    private void AddShard(List<string> streams)
    {
        var shard = new StreamConnection(_options, _sink, streams);
        lock (_shards)
        {
            var index = _shards.Count;
            shard.StateChanged += change => StateChanged?.Invoke(index, change);
            shard.ErrorOccurred += ex => ErrorOccurred?.Invoke(ex);
            _shards.Add(shard);
            if (_started) shard.Start(_runToken);
        }
    }

    private static List<string> Take(Queue<string> queue, int count)
    {
        var taken = new List<string>(Math.Min(count, queue.Count));
        while (taken.Count < count && queue.TryDequeue(out var stream)) taken.Add(stream);
        return taken;
    }

    /// <summary>Several shards' receive loops share one dispatcher (not thread-safe) and one handler.</summary>
    private sealed class SerializedSink(IStreamFrameSink inner) : IStreamFrameSink
    {
        private readonly object _gate = new();

        public void OnFrame(ReadOnlySpan<byte> frame, string? streamHint)
        {
            lock (_gate) inner.OnFrame(frame, streamHint);
        }
    }
}
