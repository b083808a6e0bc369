using System.Text.Json;
using System.Text.RegularExpressions;
using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.Backtest.Reports;
using AsterBot.Trading.MarketData;
using AsterBot.Trading.Tests.MarketData;

namespace AsterBot.Trading.Tests.Reports;

/// <summary>CSV written → read → the real runner → metrics and reports agree with the run.</summary>
public sealed class ReportsFromARunTests : IDisposable
{
    private const long Minute = 60_000;
    private readonly CsvFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Reports_of_an_ema_cross_run_carry_every_fill_and_add_up()
    {
        var path = _files.Path("walk.csv");
        var random = new Random(4);
        var price = 2_000m;
        var klines = new List<Kline>();
        for (var i = 0; i < 2 * 1440; i++)
        {
            var open = price;
            price = Math.Round(price * (1 + (decimal)((i / 180 % 2 == 0 ? 0.0005 : -0.0005) + (random.NextDouble() - 0.5) * 0.002)), 2);
            klines.Add(new Kline(i * Minute, open, Math.Max(open, price) + 0.3m, Math.Min(open, price) - 0.2m, price, 4.5m, i * Minute + Minute - 1, 9000m, 12, 2m, 4000m));
        }
        CandleCsvWriter.Write(path, klines);
        var candles = CandleCsv.Read(path, Minute);
        var options = new BacktestOptions { Strategy = "ema-cross", Symbol = "ETHUSDT", Interval = KlineInterval.OneMinute, Parameters = new Dictionary<string, string> { ["fast"] = "8", ["slow"] = "30" } };

        var result = BacktestRunner.Run(options, candles);
        var metrics = BacktestMetrics.From(result);

        Assert.True(result.Trades.Count >= 4);
        Assert.Equal(result.FinalEquity, result.InitialEquity + result.RealizedPnl - result.Fees + result.Funding + result.UnrealizedPnl);
        Assert.Equal(result.Trades.Sum(t => t.Fee), metrics.TotalFees);
        Assert.Equal(2m, metrics.ElapsedDays);

        using var json = new MemoryStream();
        JsonReport.Write(json, result, metrics);
        using var document = JsonDocument.Parse(json.ToArray());
        Assert.Equal(result.Trades.Count, document.RootElement.GetProperty("trades").GetArrayLength());
        Assert.Equal(result.FinalEquity, document.RootElement.GetProperty("finalEquity").GetDecimal());

        var html = new StringWriter();
        HtmlReport.Write(html, result, metrics, candles);
        var markers = Regex.Matches(html.ToString(), "<path class=\"(buy|sell)\"").Count;
        Assert.Equal(result.Trades.Count, markers);
    }
}
