using System.Collections.Concurrent;
using AsterBot.Aster.Models;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.OrderBook;
using AsterBot.Testing;

namespace AsterBot.Aster.Tests.Streams;

public class SyncedOrderBookTests
{
    private readonly ScriptedSnapshots _snapshots = new();
    private readonly ConcurrentQueue<OrderBookSyncChange> _changes = new();

    private SyncedOrderBook Book(Market market, TimeProvider? time = null)
    {
        var book = new SyncedOrderBook("BTCUSDT", market, _snapshots, 1000, time, TimeSpan.FromSeconds(1));
        book.SyncChanged += _changes.Enqueue;
        return book;
    }

    private static void Diff(SyncedOrderBook book, long first, long final, long previous, PriceLevel[]? bids = null, PriceLevel[]? asks = null, string symbol = "BTCUSDT") =>
        book.OnDepthUpdate(new DepthUpdate(symbol, 0, 0, first, final, previous, bids ?? [], asks ?? []));

    private static PriceLevel L(decimal price, decimal qty) => new(price, qty);

    private static OrderBookSnapshot Snapshot(long id) =>
        new(id, [L(100m, 1m), L(99.5m, 2m), L(99m, 3m)], [L(101m, 1m), L(101.5m, 2m), L(102m, 3m)]);

    [Fact]
    public async Task Futures_buffered_diffs_are_applied_on_the_snapshot_by_the_straddle_then_pu_rule()
    {
        var book = Book(Market.Futures);
        Diff(book, 90, 95, 89, bids: [L(1m, 1m)]);                         // u < snapshot id: dropped
        Diff(book, 96, 105, 95, bids: [L(100m, 0m), L(100.5m, 4m)]);      // straddles 100: applied (100 deleted)
        Diff(book, 106, 110, 105, asks: [L(101m, 0.5m)]);                  // pu == previous u
        Assert.False(book.IsSynced);
        Assert.Null(book.BestBid);

        var request = await _snapshots.NextRequest();
        Assert.Equal(("BTCUSDT", 1000), (request.Symbol, request.Limit));
        request.Reply(Snapshot(100));
        await TestTimeouts.Until(() => book.IsSynced, "synced");

        Assert.Equal(110, book.LastUpdateId);
        Assert.Equal(L(100.5m, 4m), book.BestBid);
        Assert.Equal(L(101m, 0.5m), book.BestAsk);
        Assert.Equal([L(100.5m, 4m), L(99.5m, 2m), L(99m, 3m)], book.Bids(10));
        Assert.Equal([L(101m, 0.5m), L(101.5m, 2m)], book.Asks(2));

        Diff(book, 111, 115, 110, bids: [L(99.5m, 0m)], asks: [L(100.8m, 7m)]); // live: deletes and inserts
        Assert.Equal([L(100.5m, 4m), L(99m, 3m)], book.Bids(10));
        Assert.Equal(L(100.8m, 7m), book.BestAsk);
        Diff(book, 111, 115, 110, bids: [L(50m, 1m)]);                      // a duplicate (overlapping sockets): ignored
        Assert.Equal(2, book.Bids(10).Count);
        Assert.Equal(1, _snapshots.Requests);
    }

    [Fact]
    public async Task Futures_pu_gap_drops_the_book_and_resyncs_with_a_new_snapshot()
    {
        var book = Book(Market.Futures);
        Diff(book, 96, 105, 95);
        (await _snapshots.NextRequest()).Reply(Snapshot(100));
        await TestTimeouts.Until(() => book.IsSynced, "first sync");

        Diff(book, 120, 125, 118, bids: [L(100.2m, 1m)]); // pu 118 != 105: a diff was lost
        Assert.False(book.IsSynced);
        Assert.Null(book.BestBid);
        Assert.Contains(_changes, c => !c.IsSynced && c.Reason.Contains("sequence gap"));

        Diff(book, 126, 130, 125, asks: [L(100.9m, 1m)]);
        (await _snapshots.NextRequest()).Reply(Snapshot(122));
        await TestTimeouts.Until(() => book.IsSynced, "resync");
        Assert.Equal(2, _snapshots.Requests);
        Assert.Equal(130, book.LastUpdateId);
        Assert.Equal(L(100.2m, 1m), book.BestBid);
        Assert.Equal(L(100.9m, 1m), book.BestAsk);
    }

    [Fact]
    public async Task Snapshot_older_than_the_buffered_stream_is_fetched_again()
    {
        var book = Book(Market.Futures);
        Diff(book, 200, 210, 199);
        (await _snapshots.NextRequest()).Reply(Snapshot(150)); // 150 < U 200: cannot be bridged
        var second = await _snapshots.NextRequest();
        Assert.False(book.IsSynced);
        second.Reply(Snapshot(205));
        await TestTimeouts.Until(() => book.IsSynced, "synced on the newer snapshot");
        Assert.Equal(210, book.LastUpdateId);
    }

    [Fact]
    public async Task Spot_rule_first_diff_covers_id_plus_one_then_U_follows_u()
    {
        var book = Book(Market.Spot);
        Diff(book, 95, 100, -1, bids: [L(1m, 1m)]);              // u <= 100: dropped
        Diff(book, 101, 103, -1, bids: [L(100m, 9m)]);            // U <= 101 <= u: first
        Diff(book, 104, 104, -1, asks: [L(101m, 0m)]);            // U == 103 + 1
        (await _snapshots.NextRequest()).Reply(Snapshot(100));
        await TestTimeouts.Until(() => book.IsSynced, "synced");
        Assert.Equal((L(100m, 9m), L(101.5m, 2m), 104L), (book.BestBid!.Value, book.BestAsk!.Value, book.LastUpdateId));

        Diff(book, 106, 107, -1); // 105 missing
        Assert.False(book.IsSynced);
        await _snapshots.NextRequest();
    }

    [Fact]
    public async Task Spot_snapshot_exactly_at_the_last_buffered_diff_waits_for_the_next_live_one()
    {
        var book = Book(Market.Spot);
        Diff(book, 101, 103, -1);
        (await _snapshots.NextRequest()).Reply(Snapshot(103));
        await TestTimeouts.Until(() => book.IsSynced, "synced");
        Diff(book, 104, 106, -1, bids: [L(100.7m, 1m)]);
        Assert.Equal((106L, L(100.7m, 1m)), (book.LastUpdateId, book.BestBid!.Value));
    }

    [Fact]
    public async Task Failed_snapshot_requests_are_reported_and_retried_after_the_delay()
    {
        var time = new ManualTimeProvider();
        var book = Book(Market.Futures, time);
        Diff(book, 96, 105, 95);
        (await _snapshots.NextRequest()).Fail(new HttpRequestException("503 Service Unavailable"));
        await TestTimeouts.Until(() => _changes.Any(c => c.Error is not null), "the failure reported");

        // The retry timer may be armed a moment after the failure is reported: keep the clock moving until it fires.
        await TestTimeouts.AdvanceUntil(time, TimeSpan.FromSeconds(1), () => _snapshots.Requests >= 2, "the retried request");
        (await _snapshots.NextRequest()).Reply(Snapshot(100));
        await TestTimeouts.Until(() => book.IsSynced, "synced after retry");
    }

    [Fact]
    public async Task Other_symbols_are_ignored_and_explicit_resync_refetches()
    {
        var book = Book(Market.Futures);
        Diff(book, 1, 2, 0, symbol: "ETHUSDT");
        Assert.Equal(0, _snapshots.Requests);

        Diff(book, 96, 105, 95);
        (await _snapshots.NextRequest()).Reply(Snapshot(100));
        await TestTimeouts.Until(() => book.IsSynced, "synced");
        book.Resync("stream reconnected");
        Assert.False(book.IsSynced);
        Diff(book, 300, 301, 299);
        (await _snapshots.NextRequest()).Reply(Snapshot(300));
        await TestTimeouts.Until(() => book.IsSynced, "resynced");
        Assert.Equal(301, book.LastUpdateId);
    }

    [Fact]
    public void Lower_case_symbols_are_refused_with_the_expected_form()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SyncedOrderBook("btcusdt", Market.Futures, _snapshots));
        Assert.Contains("BTCUSDT", ex.Message);
    }

    /// <summary>A snapshot source whose answers the test gives one request at a time.</summary>
    private sealed class ScriptedSnapshots : IOrderBookSnapshotSource
    {
        private readonly System.Threading.Channels.Channel<Request> _requests = System.Threading.Channels.Channel.CreateUnbounded<Request>();
        private int _count;

        public int Requests => Volatile.Read(ref _count);

        public Task<OrderBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken ct)
        {
            Interlocked.Increment(ref _count);
            var request = new Request(symbol, limit);
            _requests.Writer.TryWrite(request);
            return request.Answer.Task;
        }

        public async Task<Request> NextRequest() => await _requests.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Default);

        public sealed record Request(string Symbol, int Limit)
        {
            public TaskCompletionSource<OrderBookSnapshot> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public void Reply(OrderBookSnapshot snapshot) => Answer.SetResult(snapshot);
            public void Fail(Exception ex) => Answer.SetException(ex);
        }
    }
}

public class SyncedOrderBookPriceScaleTests
{
    [Fact]
    public async Task Prices_with_different_decimal_places_are_one_level_and_ordered_by_value()
    {
        var snapshot = new OrderBookSnapshot(10, [new PriceLevel(10m, 1m), new PriceLevel(9.5m, 1m)], [new PriceLevel(11m, 1m)]);
        using var book = new SyncedOrderBook("BTCUSDT", Models.Market.Futures, new Fixed(snapshot));
        book.OnDepthUpdate(new DepthUpdate("BTCUSDT", 0, 0, 9, 11, 8,
            [new PriceLevel(10.00m, 4m), new PriceLevel(9.995m, 2m), new PriceLevel(9.5000m, 0m)],
            [new PriceLevel(10.999999m, 3m), new PriceLevel(11.0m, 0m)]));
        await TestTimeouts.Until(() => book.IsSynced, "synced");

        Assert.Equal([new PriceLevel(10m, 4m), new PriceLevel(9.995m, 2m)], book.Bids(10));
        Assert.Equal([new PriceLevel(10.999999m, 3m)], book.Asks(10));
    }

    private sealed class Fixed(OrderBookSnapshot snapshot) : IOrderBookSnapshotSource
    {
        public Task<OrderBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken ct) => Task.FromResult(snapshot);
    }
}
