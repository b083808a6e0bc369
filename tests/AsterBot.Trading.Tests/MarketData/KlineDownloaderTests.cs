using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Simulator.Server;
using AsterBot.Testing;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Tests.MarketData;

/// <summary>The downloader against the real simulator over loopback HTTP, its history made minute by minute on a manual clock.</summary>
public sealed class KlineDownloaderTests : IAsyncLifetime, IDisposable
{
    private const long Minute = 60_000;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 0, 0, 30, TimeSpan.Zero));
    private readonly CsvFiles _files = new();
    private SimulatorServer _server = null!;
    private AsterClient _client = null!;
    private decimal _price = 60_000m;

    public async Task InitializeAsync()
    {
        _server = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["BTCUSDT"], Clock = _clock });
        _client = new AsterClient(new AsterClientOptions { Environment = _server.Environment, RequestTimeout = TimeSpan.FromSeconds(20) });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _files.Dispose();

    /// <summary>Moves the price once in each of the next <paramref name="minutes"/> minutes (a minute without a move has no candle).</summary>
    private void Trade(Market market, int minutes)
    {
        for (var i = 0; i < minutes; i++)
        {
            _price += i % 3 == 0 ? 7.5m : -3.1m;
            Assert.True(_server.State.Engine.SetPrice(market, "BTCUSDT", _price).IsSuccess);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private long Now => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    [Fact]
    public async Task Downloads_the_closed_candles_of_the_window_in_pages_then_resumes_without_duplicates()
    {
        Trade(Market.Futures, 2 * 1440 + 30);
        var path = _files.Path("btc.csv");
        var downloader = new KlineDownloader(_client.Futures.Market);
        var reports = new List<KlineDownloadProgress>();

        var first = await downloader.DownloadAsync(new KlineDownloadRequest("BTCUSDT", KlineInterval.OneMinute, 1, path), new SyncProgress(reports));

        Assert.True(first.IsSuccess, first.ToString());
        Assert.Equal(1440, first.Data.Written);
        Assert.False(first.Data.Resumed);
        Assert.Empty(first.Data.Gaps);
        var series = CandleCsv.Read(path, Minute);
        Assert.Equal(1440, series.Count);
        var lastClosedOpen = Now - Now % Minute - Minute;
        Assert.Equal(lastClosedOpen, series[series.Count - 1].OpenTime);           // the open candle is not written
        var exchange = _server.State.Engine.GetKlines(Market.Futures, "BTCUSDT", TimeSpan.FromMinutes(1), series[0].OpenTime, null, 1).Value[0];
        Assert.Equal(exchange.Close, series[0].Close);
        Assert.Equal(exchange.High, series[0].High);
        Assert.Equal((1440, 1440), (reports[^1].Done, reports[^1].Total));
        Assert.True(reports.Count >= 2, "one report per page of 1500 at most");

        Trade(Market.Futures, 10);
        var resumed = await downloader.DownloadAsync(new KlineDownloadRequest("BTCUSDT", KlineInterval.OneMinute, 1, path));

        Assert.True(resumed.IsSuccess, resumed.ToString());
        Assert.True(resumed.Data.Resumed);
        Assert.Equal((10, 1440), (resumed.Data.Written, resumed.Data.Existing));
        Assert.Equal(1450, CandleCsv.Read(path, Minute).Count); // the reader refuses duplicates and gaps

        var again = await downloader.DownloadAsync(new KlineDownloadRequest("BTCUSDT", KlineInterval.OneMinute, 1, path));
        Assert.Equal(0, again.Data!.Written);
        Assert.Equal(1450, CandleCsv.Read(path, Minute).Count);
    }

    [Fact]
    public async Task A_gap_in_the_exchange_answer_is_reported_and_spot_works_the_same()
    {
        Trade(Market.Spot, 100);
        _clock.Advance(TimeSpan.FromMinutes(3)); // three minutes without a price move: no candles there
        Trade(Market.Spot, 100);
        var path = _files.Path("spot.csv");

        var result = await new KlineDownloader(_client.Spot.Market).DownloadAsync(new KlineDownloadRequest("BTCUSDT", KlineInterval.OneMinute, 1, path));

        Assert.True(result.IsSuccess, result.ToString());
        var gap = Assert.Single(result.Data.Gaps);
        Assert.Equal(3, gap.Missing);
        Assert.Equal(gap.From + 2 * Minute, gap.To);
        Assert.NotNull(result.Data.HistoryStartsAt); // a one-day window reaches before the simulator's first candle
        Assert.Throws<CandleCsvException>(() => CandleCsv.Read(path, Minute));
        Assert.Equal(200, CandleCsv.Read(path, Minute, allowGaps: true).Count);
    }

    [Fact]
    public async Task A_corrupt_existing_file_is_refused_untouched_and_exchange_errors_are_values()
    {
        Trade(Market.Futures, 5);
        var path = _files.Write("bad.csv", CandleCsv.Header, "0,1,1,1,1,1,59999,1,1,1");
        var downloader = new KlineDownloader(_client.Futures.Market);

        var error = await Assert.ThrowsAsync<CandleCsvException>(() => downloader.DownloadAsync(new KlineDownloadRequest("BTCUSDT", KlineInterval.OneMinute, 1, path)));
        Assert.Equal(2, error.Line);
        Assert.Equal(2, File.ReadAllLines(path).Length);

        var unknown = await downloader.DownloadAsync(new KlineDownloadRequest("NOPEUSDT", KlineInterval.OneMinute, 1, _files.Path("nope.csv")));
        Assert.False(unknown.IsSuccess);
    }

    /// <summary>Progress that records synchronously (Progress&lt;T&gt; posts to the thread pool, so its order is not guaranteed).</summary>
    private sealed class SyncProgress(List<KlineDownloadProgress> reports) : IProgress<KlineDownloadProgress>
    {
        public void Report(KlineDownloadProgress value) => reports.Add(value);
    }
}
