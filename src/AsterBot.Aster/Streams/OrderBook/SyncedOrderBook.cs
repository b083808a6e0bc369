using AsterBot.Aster.Models;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.OrderBook;

/// <summary>A book's sync state changed. <see cref="Error"/> is set when a snapshot request failed (it is retried).</summary>
public sealed record OrderBookSyncChange(string Symbol, bool IsSynced, string Reason, Exception? Error);

/// <summary>
/// A local order book kept in sync with a depth diff stream (<c>&lt;symbol&gt;@depth[@100ms]</c>): buffers diffs,
/// loads a REST snapshot, applies the buffered and live diffs by the market's sequencing rules, and on any gap
/// drops the book and resyncs with a new snapshot by itself. Feed it diffs through <see cref="OnDepthUpdate"/>
/// (it is an <see cref="IStreamEventHandler"/>). Reads are safe from any thread; they return nothing while the
/// book is not synced, so no decision is taken on a stale book.
/// </summary>
public sealed class SyncedOrderBook : IStreamEventHandler, IDisposable
{
    private readonly Market _market;
    private readonly IOrderBookSnapshotSource _snapshots;
    private readonly int _snapshotLimit;
    private readonly TimeProvider _time;
    private readonly TimeSpan _snapshotRetryDelay;
    private readonly object _gate = new();
    private readonly LocalOrderBook _book = new();
    private readonly List<BufferedDiff> _buffer = [];
    private readonly CancellationTokenSource _disposed = new();
    private bool _synced;
    private bool _firstAfterSnapshot;
    private bool _snapshotRequested;
    private int _snapshotGeneration;

    /// <summary>Buffered diffs kept while waiting for a snapshot; older ones are dropped beyond this (they are superseded by the snapshot anyway).</summary>
    public const int MaxBufferedDiffs = 10_000;

    public SyncedOrderBook(string symbol, Market market, IOrderBookSnapshotSource snapshots, int snapshotLimit = 1000,
        TimeProvider? time = null, TimeSpan? snapshotRetryDelay = null)
    {
        if (string.IsNullOrWhiteSpace(symbol) || symbol.Any(char.IsLower))
            throw new ArgumentException($"'{symbol}' is not a symbol; use the upper-case exchange symbol, e.g. BTCUSDT.", nameof(symbol));
        Symbol = symbol;
        _market = market;
        _snapshots = snapshots ?? throw new ArgumentNullException(nameof(snapshots));
        _snapshotLimit = snapshotLimit;
        _time = time ?? TimeProvider.System;
        _snapshotRetryDelay = snapshotRetryDelay ?? TimeSpan.FromSeconds(1);
    }

    public string Symbol { get; }

    /// <summary>Raised outside the book's lock whenever the book becomes synced or loses sync.</summary>
    public event Action<OrderBookSyncChange>? SyncChanged;

    public bool IsSynced
    {
        get { lock (_gate) return _synced; }
    }

    /// <summary>Update id the book is current to (the last applied <c>u</c>, or the snapshot's id).</summary>
    public long LastUpdateId
    {
        get { lock (_gate) return _book.LastUpdateId; }
    }

    public PriceLevel? BestBid
    {
        get { lock (_gate) return _synced ? _book.BestBid : null; }
    }

    public PriceLevel? BestAsk
    {
        get { lock (_gate) return _synced ? _book.BestAsk : null; }
    }

    /// <summary>Best <paramref name="depth"/> bids, best first; empty while not synced.</summary>
    public IReadOnlyList<PriceLevel> Bids(int depth)
    {
        lock (_gate) return _synced ? _book.TopBids(depth) : [];
    }

    /// <summary>Best <paramref name="depth"/> asks, best first; empty while not synced.</summary>
    public IReadOnlyList<PriceLevel> Asks(int depth)
    {
        lock (_gate) return _synced ? _book.TopAsks(depth) : [];
    }

    public void OnDepthUpdate(in DepthUpdate e)
    {
        if (!string.Equals(e.Symbol, Symbol, StringComparison.Ordinal)) return;
        OrderBookSyncChange? change = null;
        lock (_gate)
        {
            if (_synced)
            {
                switch (DepthSequence.Fit(_market, _firstAfterSnapshot, _book.LastUpdateId, e.FirstUpdateId, e.FinalUpdateId, e.PreviousFinalUpdateId))
                {
                    case DiffFit.Applies:
                        try
                        {
                            _book.Apply(e.Bids, e.Asks, e.FinalUpdateId);
                            _firstAfterSnapshot = false;
                            return;
                        }
                        catch (OverflowException)
                        {
                            // Half-applied: the book can no longer be trusted.
                            change = LoseSync($"diff u={e.FinalUpdateId} has a price with more digits than the book can order");
                            break;
                        }
                    case DiffFit.Stale:
                        return;
                    case DiffFit.Gap:
                        change = LoseSync($"sequence gap: book at {_book.LastUpdateId}, diff U={e.FirstUpdateId} u={e.FinalUpdateId} pu={e.PreviousFinalUpdateId}");
                        break;
                }
            }
            if (_buffer.Count == MaxBufferedDiffs) _buffer.RemoveAt(0);
            _buffer.Add(BufferedDiff.Copy(e));
            RequestSnapshot();
        }
        if (change is not null) Raise(change);
    }

    /// <summary>Drops the book and resyncs (call it when the stream reconnected and diffs may have been missed).</summary>
    public void Resync(string reason)
    {
        OrderBookSyncChange? change;
        lock (_gate)
        {
            change = _synced ? LoseSync(reason) : null;
            _buffer.Clear();
            _snapshotRequested = false;
            _snapshotGeneration++;
        }
        if (change is not null) Raise(change);
    }

    /// <summary>Stops snapshot requests in flight. (The token source is left undisposed: background tasks may still read it.)</summary>
    public void Dispose() => _disposed.Cancel();

    private OrderBookSyncChange LoseSync(string reason)
    {
        _synced = false;
        _snapshotRequested = false;
        _snapshotGeneration++;
        return new OrderBookSyncChange(Symbol, false, reason, null);
    }

    /// <summary>Called under the lock once diffs are buffered, so the snapshot is newer than the first buffered diff.</summary>
    private void RequestSnapshot()
    {
        if (_snapshotRequested || _disposed.IsCancellationRequested) return;
        _snapshotRequested = true;
        var generation = _snapshotGeneration;
        _ = Task.Run(() => LoadSnapshotAsync(generation));
    }

    private async Task LoadSnapshotAsync(int generation)
    {
        var ct = _disposed.Token;
        while (!ct.IsCancellationRequested)
        {
            OrderBookSnapshot snapshot;
            try
            {
                snapshot = await _snapshots.GetOrderBookAsync(Symbol, _snapshotLimit, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Raise(new OrderBookSyncChange(Symbol, false, $"snapshot request failed, retrying in {_snapshotRetryDelay}: {ex.Message}", ex));
                try
                {
                    await Task.Delay(_snapshotRetryDelay, _time, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                continue;
            }
            OrderBookSyncChange? change;
            try
            {
                change = ApplySnapshot(snapshot, generation);
            }
            catch (OverflowException ex)
            {
                change = new OrderBookSyncChange(Symbol, false, "a price has more digits than the book can order; retrying", ex);
                lock (_gate) _snapshotRequested = false;
                Raise(change);
                try
                {
                    await Task.Delay(_snapshotRetryDelay, _time, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                lock (_gate) RequestSnapshot();
                return;
            }
            if (change is not null) Raise(change);
            return;
        }
    }

    private OrderBookSyncChange? ApplySnapshot(OrderBookSnapshot snapshot, int generation)
    {
        lock (_gate)
        {
            if (generation != _snapshotGeneration) return null; // a resync started meanwhile; its own snapshot follows
            _snapshotRequested = false;
            _book.Load(snapshot);
            _firstAfterSnapshot = true;
            var used = 0;
            foreach (var diff in _buffer)
            {
                var fit = DepthSequence.Fit(_market, _firstAfterSnapshot, _book.LastUpdateId, diff.FirstUpdateId, diff.FinalUpdateId, diff.PreviousFinalUpdateId);
                if (fit == DiffFit.Gap)
                {
                    // The snapshot is older than the buffered stream (or the stream has a hole): keep the diffs
                    // from here and try a newer snapshot.
                    _buffer.RemoveRange(0, used);
                    _snapshotGeneration++;
                    RequestSnapshot();
                    return null;
                }
                if (fit == DiffFit.Applies)
                {
                    _book.Apply(diff.Bids, diff.Asks, diff.FinalUpdateId);
                    _firstAfterSnapshot = false;
                }
                used++;
            }
            _buffer.Clear();
            _synced = true;
            return new OrderBookSyncChange(Symbol, true, $"synced at update {_book.LastUpdateId}", null);
        }
    }

    private void Raise(OrderBookSyncChange change) => SyncChanged?.Invoke(change);

    private sealed record BufferedDiff(long FirstUpdateId, long FinalUpdateId, long PreviousFinalUpdateId, PriceLevel[] Bids, PriceLevel[] Asks)
    {
        public static BufferedDiff Copy(in DepthUpdate e) =>
            new(e.FirstUpdateId, e.FinalUpdateId, e.PreviousFinalUpdateId, e.Bids.ToArray(), e.Asks.ToArray());
    }
}
