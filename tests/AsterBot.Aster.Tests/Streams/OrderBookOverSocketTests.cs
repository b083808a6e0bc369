using AsterBot.Aster.Models;
using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.OrderBook;
using AsterBot.Aster.Streams.Parsing;

namespace AsterBot.Aster.Tests.Streams;

/// <summary>The whole path: loopback server → connection → dispatcher → synced book, with a reconnect in the middle.</summary>
public sealed class OrderBookOverSocketTests : IAsyncLifetime
{
    private LoopbackStreamServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackStreamServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Diff(long first, long final, long previous, string bids, string asks = "") =>
        $$$"""{"stream":"btcusdt@depth@100ms","data":{"e":"depthUpdate","E":1,"T":1,"s":"BTCUSDT","U":{{{first}}},"u":{{{final}}},"pu":{{{previous}}},"b":[{{{bids}}}],"a":[{{{asks}}}]}}""";

    [Fact]
    public async Task Book_syncs_over_a_real_socket_and_resyncs_after_a_reconnect()
    {
        var snapshots = new QueueSnapshots(
            new OrderBookSnapshot(100, [new PriceLevel(10.0m, 1m)], [new PriceLevel(10.5m, 1m)]),
            new OrderBookSnapshot(500, [new PriceLevel(11.0m, 2m)], [new PriceLevel(11.5m, 2m)]));
        using var book = new SyncedOrderBook("BTCUSDT", Market.Futures, snapshots);
        var options = StreamConnectionOptions.Futures(_server.BaseUri) with { InitialReconnectDelay = TimeSpan.FromMilliseconds(20), MaxReconnectDelay = TimeSpan.FromMilliseconds(50) };
        await using var connection = new StreamConnection(options, new StreamEventDispatcher(book), ["btcusdt@depth@100ms"]);
        connection.StateChanged += s => { if (s.EventsMayHaveBeenMissed) book.Resync(s.Reason); };
        connection.Start();

        var first = await _server.NextConnectionAsync();
        await first.SendAsync(Diff(95, 101, 94, """["10.0","0"],["10.2","3.50"]"""));
        await TestTimeouts.Until(() => book.IsSynced, "first sync");
        Assert.Equal(new PriceLevel(10.2m, 3.50m), book.BestBid);
        Assert.Equal("3.50", book.BestBid!.Value.Quantity.ToString());

        first.Abort();
        var second = await _server.NextConnectionAsync();
        await TestTimeouts.Until(() => !book.IsSynced, "the book dropped after the reconnect");
        await second.SendAsync(Diff(498, 502, 497, "", """["11.2","1"]"""));
        await TestTimeouts.Until(() => book.IsSynced, "resync");
        Assert.Equal((new PriceLevel(11.0m, 2m), new PriceLevel(11.2m, 1m), 502L), (book.BestBid!.Value, book.BestAsk!.Value, book.LastUpdateId));
    }

    private sealed class QueueSnapshots(params OrderBookSnapshot[] snapshots) : IOrderBookSnapshotSource
    {
        private int _next;

        public Task<OrderBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken ct) =>
            Task.FromResult(snapshots[Interlocked.Increment(ref _next) - 1]);
    }
}
