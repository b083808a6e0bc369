using System.Globalization;
using System.Text;
using AsterBot.Aster.Models;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.OrderBook;
using AsterBot.Aster.Streams.Parsing;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// Stream frames parsed and applied per second on one core: combined-stream depth diffs applied to a
/// <see cref="SyncedOrderBook"/>, and aggTrades handed to a consumer. Each benchmark op is one frame
/// (OperationsPerInvoke), so "Mean" is the time per frame and "Allocated" the bytes per frame.
/// Run: dotnet run -c Release --project bench/AsterBot.Bench -- --filter '*StreamBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class StreamBenchmarks
{
    private const int Frames = 100_000;
    private const decimal Mid = 65000m;
    private const decimal Tick = 0.1m;

    private byte[][] _depthFrames = [];
    private byte[][] _tradeFrames = [];
    private SyncedOrderBook _book = null!;
    private StreamEventDispatcher _bookDispatcher = null!;
    private StreamEventDispatcher _tradeDispatcher = null!;
    private readonly TradeConsumer _trades = new();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _depthFrames = new byte[Frames + 1][];
        for (var i = 0; i <= Frames; i++) _depthFrames[i] = DepthFrame(random, firstId: 1000 + i * 3L, finalId: 1002 + i * 3L, previousId: 999 + i * 3L);
        _tradeFrames = new byte[Frames][];
        for (var i = 0; i < Frames; i++)
        {
            var price = (Mid + random.Next(-50, 50) * Tick).ToString(CultureInfo.InvariantCulture);
            _tradeFrames[i] = Encoding.UTF8.GetBytes(
                $$$"""{"stream":"btcusdt@aggTrade","data":{"e":"aggTrade","E":1700000000{{{i % 1000:000}}},"s":"BTCUSDT","a":{{{5933014 + i}}},"p":"{{{price}}}","q":"0.{{{random.Next(1, 999):000}}}","f":{{{100 + i}}},"l":{{{105 + i}}},"T":1700000000000,"m":{{{(i % 2 == 0 ? "true" : "false")}}}}}""");
        }
        _book = new SyncedOrderBook("BTCUSDT", Market.Futures, new FixedSnapshot(SnapshotAt(1000)));
        _bookDispatcher = new StreamEventDispatcher(_book);
        _tradeDispatcher = new StreamEventDispatcher(_trades);
    }

    /// <summary>Puts the book back in sync just before the first frame, so every timed frame is applied, not skipped.</summary>
    [IterationSetup(Target = nameof(DepthDiffParsedAndApplied))]
    public void ResyncBook()
    {
        _book.Resync("benchmark iteration");
        _bookDispatcher.OnFrame(_depthFrames[0], null); // buffered; triggers the snapshot (id 1000, straddled by it)
        var deadline = TimeProvider.System.GetTimestamp() + TimeProvider.System.TimestampFrequency * 10;
        while (!_book.IsSynced)
        {
            if (TimeProvider.System.GetTimestamp() > deadline) throw new InvalidOperationException("The benchmark book did not sync.");
            Thread.Yield();
        }
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public long DepthDiffParsedAndApplied()
    {
        for (var i = 1; i <= Frames; i++) _bookDispatcher.OnFrame(_depthFrames[i], null);
        if (!_book.IsSynced) throw new InvalidOperationException("The book lost sync: the benchmark frames are not chained.");
        return _book.LastUpdateId;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public decimal AggTradeParsedAndConsumed()
    {
        foreach (var frame in _tradeFrames) _tradeDispatcher.OnFrame(frame, null);
        return _trades.Volume;
    }

    /// <summary>A realistic diff: 5 bid and 5 ask levels near the top, a fifth of them deletions.</summary>
    private static byte[] DepthFrame(Random random, long firstId, long finalId, long previousId)
    {
        string Levels(int side) => string.Join(',', Enumerable.Range(0, 5).Select(_ =>
        {
            var price = Mid + side * random.Next(1, 60) * Tick;
            var qty = random.Next(5) == 0 ? "0" : "1." + random.Next(0, 999).ToString("000", CultureInfo.InvariantCulture);
            return $"[\"{price.ToString(CultureInfo.InvariantCulture)}\",\"{qty}\"]";
        }));
        return Encoding.UTF8.GetBytes(
            $$$"""{"stream":"btcusdt@depth@100ms","data":{"e":"depthUpdate","E":1700000000000,"T":1700000000000,"s":"BTCUSDT","U":{{{firstId}}},"u":{{{finalId}}},"pu":{{{previousId}}},"b":[{{{Levels(-1)}}}],"a":[{{{Levels(1)}}}]}}""");
    }

    private static OrderBookSnapshot SnapshotAt(long id)
    {
        var bids = Enumerable.Range(1, 500).Select(i => new PriceLevel(Mid - i * Tick, 2m)).ToArray();
        var asks = Enumerable.Range(1, 500).Select(i => new PriceLevel(Mid + i * Tick, 2m)).ToArray();
        return new OrderBookSnapshot(id, bids, asks);
    }

    private sealed class FixedSnapshot(OrderBookSnapshot snapshot) : IOrderBookSnapshotSource
    {
        public Task<OrderBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken ct) => Task.FromResult(snapshot);
    }

    private sealed class TradeConsumer : IStreamEventHandler
    {
        public decimal Volume;

        public void OnAggTrade(in AggTradeEvent e) => Volume += e.Quantity;
    }
}
