using System.Globalization;
using System.Text;
using AsterBot.Trading.MarketData;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// A year of 1m candles (525,600 rows, ~50 MB of CSV): reading and checking the file into the compact series
/// (rows/s = 525,600 ÷ mean), and walking every candle through the indexer as a backtest does. Run with
/// <c>--filter '*CandleData*' --job short</c>; the setup prints the series' storage size.
/// </summary>
[MemoryDiagnoser]
public class CandleDataBenchmarks
{
    private const int Rows = 525_600;
    private string _path = "";
    private CandleSeries _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "asterbot-bench-year-1m.csv");
        var random = new Random(1);
        using (var writer = new StreamWriter(_path, false, new UTF8Encoding(false)))
        {
            writer.Write(CandleCsv.Header + "\n");
            var price = 60_000m;
            const long start = 1_735_689_600_000;
            for (var i = 0; i < Rows; i++)
            {
                var open = price;
                price = Math.Max(1m, Math.Round(price * (1 + (decimal)(random.NextDouble() - 0.5) * 0.002m), 1));
                var t = start + i * 60_000L;
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{t},{open},{Math.Max(open, price) + 3.2m},{Math.Min(open, price) - 2.7m},{price},{random.Next(1, 99_999) / 1000m},{t + 59_999},{random.Next(1, 9_999_999) / 10m},{random.Next(1, 3000)},{random.Next(1, 99_999) / 1000m},{random.Next(1, 999_999) / 10m}\n"));
            }
        }
        _series = CandleCsv.Read(_path, 60_000);
        Console.WriteLine($"// {Rows:N0} candles: CSV {new FileInfo(_path).Length / 1048576.0:F1} MB, series storage {_series.StorageBytes / 1048576.0:F1} MB");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int ReadYearOfMinuteCandles() => CandleCsv.Read(_path, 60_000).Count;

    [Benchmark]
    public decimal WalkEveryCandle()
    {
        var sum = 0m;
        for (var i = 0; i < _series.Count; i++) sum += _series[i].Close;
        return sum;
    }
}
