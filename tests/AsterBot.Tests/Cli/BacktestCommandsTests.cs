using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AsterBot.Tests.Cli;

/// <summary>`asterbot backtest` end to end: the real executable over a generated candle file.</summary>
public sealed class BacktestCommandsTests : IDisposable
{
    private const long Start = 1_767_225_600_000; // 2026-01-01T00:00Z
    private readonly string _folder = Directory.CreateTempSubdirectory("asterbot-backtest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>Three days of 1m candles: a seeded random walk around 60,000 with a few trends, so EMA crosses happen.</summary>
    private string WriteCandles(string name = "btc.csv", int minutes = 3 * 1440, Func<int, string, string>? edit = null)
    {
        var random = new Random(11);
        var text = new StringBuilder("open_time,open,high,low,close,volume,close_time,quote_volume,trades,taker_buy_base,taker_buy_quote\n");
        var price = 60_000m;
        for (var i = 0; i < minutes; i++)
        {
            var open = price;
            var drift = (i / 240 % 2 == 0 ? 0.0004 : -0.0004) + (random.NextDouble() - 0.5) * 0.002;
            price = Math.Round(price * (1 + (decimal)drift), 1);
            var high = Math.Max(open, price) + 5.5m;
            var low = Math.Min(open, price) - 4.5m;
            var t = Start + i * 60_000L;
            var row = string.Create(CultureInfo.InvariantCulture, $"{t},{open},{high},{low},{price},3.25,{t + 59_999},195000,42,1.5,90000");
            text.Append(edit?.Invoke(i, row) ?? row).Append('\n');
        }
        var path = PathOf(name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public async Task Runs_ema_cross_and_writes_json_and_html_reports_whose_accounts_add_up()
    {
        var data = WriteCandles();
        var json = PathOf("out.json");
        var html = PathOf("out.html");

        var run = await CliProcess.RunAsync(null, "backtest", "--strategy", "ema-cross", "--symbol", "BTCUSDT", "--interval", "1m", "--data", data,
            "--param", "fast=10", "--param", "slow=40", "--balance", "5000", "--json", json, "--html", html);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Contains("total return", run.Out);
        Assert.Contains("max drawdown", run.Out);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var root = report.RootElement;
        Assert.Equal(5000m, root.GetProperty("initialEquity").GetDecimal());
        var trades = root.GetProperty("trades");
        Assert.True(trades.GetArrayLength() >= 4, "the walk's trends make EMA crosses");
        var first = trades[0];
        Assert.Contains(first.GetProperty("side").GetString(), new[] { "BUY", "SELL" });
        Assert.True(first.GetProperty("time").GetInt64() > Start);
        Assert.True(first.GetProperty("qty").GetDecimal() > 0);
        // Accounting identity: final = initial + realized − fees + funding + unrealized.
        var final = root.GetProperty("initialEquity").GetDecimal() + root.GetProperty("realizedPnl").GetDecimal() - root.GetProperty("totalFees").GetDecimal()
            + root.GetProperty("funding").GetDecimal() + root.GetProperty("unrealizedPnl").GetDecimal();
        Assert.Equal(root.GetProperty("finalEquity").GetDecimal(), final);
        Assert.Equal(trades.EnumerateArray().Sum(t => t.GetProperty("fee").GetDecimal()), root.GetProperty("totalFees").GetDecimal());
        Assert.Equal(trades.EnumerateArray().Sum(t => t.GetProperty("pnl").GetDecimal()), root.GetProperty("realizedPnl").GetDecimal());

        var page = File.ReadAllText(html);
        Assert.Contains("<svg", page);
        Assert.Contains("<path class=\"buy\"", page);
        Assert.Contains("<path class=\"sell\"", page);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task A_gap_is_refused_with_the_ways_on_and_allow_gaps_runs_across_it_saying_so_everywhere()
    {
        var data = WriteCandles(edit: (i, row) => i is >= 1_000 and < 1_030 ? "" : row); // 16:40 to 17:09 missing
        string[] run = ["backtest", "--strategy", "ema-cross", "--symbol", "BTCUSDT", "--interval", "1m", "--data", data, "--param", "fast=10", "--param", "slow=40"];

        var refused = await CliProcess.RunAsync(null, run);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("gap: 30 missing candles from 2026-01-01 16:40:00Z to 2026-01-01 17:09:00Z", refused.Error);
        Assert.Contains("pick --from/--to around it, or pass --allow-gaps to run across the gaps (the report lists them).", refused.Error);

        var json = PathOf("gaps.json");
        var html = PathOf("gaps.html");
        var crossed = await CliProcess.RunAsync(null, [.. run, "--allow-gaps", "--json", json, "--html", html]);
        Assert.True(crossed.ExitCode == 0, crossed.Error + crossed.Out);
        Assert.Contains("data gaps crossed", crossed.Out);
        Assert.Contains("1 (30 candles missing; first 2026-01-01 16:40:00Z → 2026-01-01 17:09:00Z)", crossed.Out);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var root = report.RootElement;
        Assert.True(root.GetProperty("options").GetProperty("allowGaps").GetBoolean());
        Assert.Equal(30, root.GetProperty("missingCandles").GetInt64());
        var gap = Assert.Single(root.GetProperty("gaps").EnumerateArray());
        Assert.Equal((Start + 1_000 * 60_000L, Start + 1_029 * 60_000L, 30L),
            (gap.GetProperty("from").GetInt64(), gap.GetProperty("to").GetInt64(), gap.GetProperty("missing").GetInt64()));
        Assert.Equal(3 * 1440 - 30, root.GetProperty("candles").GetInt32());
        var page = File.ReadAllText(html);
        Assert.Contains("The data has 1 gap(s), 30 candles missing (listed under Settings): the run crossed them.", page);
        Assert.Contains("2026-01-01 16:40:00Z → 2026-01-01 17:09:00Z: 30 candles missing", page);
        Assert.Contains("<rect class=\"gap\"", page); // shaded on the price chart
        Assert.Contains("<title>no data: 2026-01-01 16:40:00Z → 2026-01-01 17:09:00Z (30 candles missing)</title>", page);
    }

    [Fact]
    public async Task A_bad_row_fails_with_its_line_and_writes_no_report()
    {
        var data = WriteCandles(edit: (i, row) => i == 99 ? row.Replace(",3.25,", ",-3.25,", StringComparison.Ordinal) : row);
        var json = PathOf("bad.json");

        var run = await CliProcess.RunAsync(null, "backtest", "--strategy", "ema-cross", "--symbol", "BTCUSDT", "--interval", "1m", "--data", data, "--json", json);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("btc.csv, line 101: volume -3.25 is negative", run.Error);
        Assert.False(File.Exists(json));
    }

    [Theory]
    [InlineData("--strategy", "nope", "Unknown strategy 'nope'. Valid strategies: ema-cross")]
    [InlineData("--param", "size=3", "has no parameter 'size'. Valid parameters: fast, slow")]
    [InlineData("--param", "fast=30", "fast")] // fast ≥ slow (default 26)
    [InlineData("--balance", "ten", "--balance must be a number")]
    [InlineData("--from", "yesterday", "--from must be an ISO date or time")]
    [InlineData("--interval", "7m", "Unknown kline interval '7m'")]
    [InlineData("--tier", "extreme", "Valid tiers: ")]
    public async Task Bad_input_exits_2_saying_what_is_valid(string flag, string value, string message)
    {
        var data = WriteCandles(minutes: 200);
        var args = new List<string> { "backtest", "--symbol", "BTCUSDT", "--data", data };
        if (flag != "--strategy") args.AddRange(["--strategy", "ema-cross"]);
        if (flag != "--interval") args.AddRange(["--interval", "1m"]);
        args.AddRange([flag, value]);

        var run = await CliProcess.RunAsync(null, [.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task A_balance_too_small_for_the_minimum_notional_is_refused_without_a_report()
    {
        var data = WriteCandles(minutes: 300);
        var html = PathOf("small.html");

        var run = await CliProcess.RunAsync(null, "backtest", "--strategy", "ema-cross", "--symbol", "BTCUSDT", "--interval", "1m", "--data", data,
            "--balance", "0.5", "--html", html);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public async Task The_range_is_applied_and_an_empty_range_is_an_error()
    {
        var data = WriteCandles(minutes: 600);

        var empty = await CliProcess.RunAsync(null, "backtest", "--strategy", "ema-cross", "--symbol", "BTCUSDT", "--interval", "1m", "--data", data,
            "--from", "2026-02-01");

        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no candles between 2026-02-01 00:00:00Z and the end; the file covers 2026-01-01 00:00:00Z to 2026-01-01 09:59:00Z", empty.Error);

        var json = PathOf("range.json");
        var ranged = await CliProcess.RunAsync(null, "backtest", "--strategy", "ema-cross", "--symbol", "BTCUSDT", "--interval", "1m", "--data", data,
            "--from", "2026-01-01T01:00:00Z", "--to", (Start + 4 * 3_600_000L).ToString(CultureInfo.InvariantCulture), "--json", json);

        Assert.True(ranged.ExitCode == 0, ranged.Error);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(Start + 3_600_000, report.RootElement.GetProperty("firstCandleTime").GetInt64());
        Assert.Equal(Start + 4 * 3_600_000, report.RootElement.GetProperty("lastCandleTime").GetInt64());
        Assert.Equal(181, report.RootElement.GetProperty("candles").GetInt32());
    }

    [Fact]
    public async Task List_shows_strategies_parameters_defaults_and_tiers()
    {
        var run = await CliProcess.RunAsync(null, "backtest", "--list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ema-cross", run.Out);
        Assert.Contains("signal", run.Out);
        Assert.Contains("fast", run.Out);
        Assert.Contains("26", run.Out);
        Assert.Contains("tier low", run.Out);
        Assert.Contains("tier high", run.Out);
    }
}
