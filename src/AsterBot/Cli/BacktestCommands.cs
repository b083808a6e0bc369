using System.CommandLine;
using System.Text;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.Backtest.Reports;
using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary>
/// <c>asterbot backtest</c>: replays a candle CSV through the trading engine and the simulator, prints the figures and
/// writes the JSON/HTML reports. Exit codes: 0 done, 2 bad input (flags, data, strategy setup), 1 failure.
/// Reports are written only for a run that finished (temporary file, then moved into place).
/// </summary>
public static class BacktestCommands
{
    private sealed record Flags(
        Option<string?> Strategy, Option<string?> Symbol, Option<string?> Interval, Option<string?> Data, Option<string?> Market,
        Option<string?> From, Option<string?> To, Option<string[]> Param, Option<string?> Tier, Option<string?> Balance, Option<string?> Leverage,
        Option<string?> FeeTaker, Option<string?> FeeMaker, Option<string?> Slippage, Option<string?> Json, Option<string?> Html, Option<bool> List,
        Option<bool> AllowGaps);

    public static Command Build()
    {
        var flags = new Flags(
            new("--strategy") { Description = "Strategy name (see --list)." },
            new("--symbol") { Description = "Symbol the data is for, e.g. BTCUSDT (its filters come from the simulator's exchange info)." },
            new("--interval") { Description = "Candle interval of the data: 1m, 5m, 1h, ..." },
            new("--data") { Description = "Kline CSV file (asterbot data download writes one)." },
            new("--market") { Description = "futures (default) or spot." },
            new("--from") { Description = "First candle to use: ISO date/time (UTC) or epoch ms." },
            new("--to") { Description = "Last candle to use: ISO date/time (a bare date means the end of that day) or epoch ms." },
            new("--param") { Description = "Strategy parameter as name=value; repeat for several.", AllowMultipleArgumentsPerToken = false },
            new("--tier") { Description = "Risk tier preset of the strategy, e.g. low or high." },
            new("--balance") { Description = "Starting balance in the quote asset (default 10000)." },
            new("--leverage") { Description = "Futures leverage; overrides the strategy's and tier's." },
            new("--fee-taker") { Description = "Taker fee as a fraction (default 0.0004 = 0.04%)." },
            new("--fee-maker") { Description = "Maker fee as a fraction (default 0.0002)." },
            new("--slippage") { Description = "Slippage of market fills as a fraction of the price (default 0)." },
            new("--json") { Description = "Write the JSON report to this file." },
            new("--html") { Description = "Write the HTML report (charts) to this file." },
            new("--list") { Description = "List the strategies with their parameters, defaults and tiers, and exit." },
            new("--allow-gaps") { Description = "Run across missing candles (exchange maintenance) instead of refusing them; the summary and reports list the gaps." });
        var command = new Command("backtest", "Run a strategy over historical candles with the same engine as paper and live trading.")
        {
            flags.Strategy, flags.Symbol, flags.Interval, flags.Data, flags.Market, flags.From, flags.To, flags.Param, flags.Tier, flags.Balance,
            flags.Leverage, flags.FeeTaker, flags.FeeMaker, flags.Slippage, flags.Json, flags.Html, flags.List, flags.AllowGaps,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            // Piped or in CI: plain text, no colour codes in the log.
            if (Console.IsOutputRedirected) AnsiConsole.Profile.Capabilities.Ansi = false;
            if (parseResult.GetValue(flags.List))
            {
                BacktestStrategyList.Print();
                return 0;
            }
            return await DataCliInput.ExitCodeAsync(() => RunAsync(parseResult, flags, ct));
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Flags flags, CancellationToken ct)
    {
        var missing = new[] { (flags.Strategy, "--strategy"), (flags.Symbol, "--symbol"), (flags.Interval, "--interval"), (flags.Data, "--data") }
            .Where(f => string.IsNullOrWhiteSpace(parse.GetValue(f.Item1))).Select(f => f.Item2).ToList();
        if (missing.Count > 0)
            throw new CliInputException($"missing {string.Join(", ", missing)}; e.g. asterbot backtest --strategy ema-cross --symbol BTCUSDT --interval 1m --data btc.csv (see --list).");

        var interval = DataCliInput.Interval(parse.GetValue(flags.Interval));
        var options = new BacktestOptions
        {
            Strategy = parse.GetValue(flags.Strategy)!,
            Symbol = parse.GetValue(flags.Symbol)!.Trim().ToUpperInvariant(),
            Interval = interval,
            Market = DataCliInput.Market(parse.GetValue(flags.Market)),
            Tier = parse.GetValue(flags.Tier),
            Parameters = DataCliInput.Parameters(parse.GetValue(flags.Param) ?? []),
            InitialBalance = DataCliInput.Decimal("--balance", parse.GetValue(flags.Balance), 10_000m, min: 0.00000001m),
            Leverage = DataCliInput.PositiveInt("--leverage", parse.GetValue(flags.Leverage)),
            TakerFee = DataCliInput.Decimal("--fee-taker", parse.GetValue(flags.FeeTaker), 0.0004m),
            MakerFee = DataCliInput.Decimal("--fee-maker", parse.GetValue(flags.FeeMaker), 0.0002m),
            Slippage = DataCliInput.Decimal("--slippage", parse.GetValue(flags.Slippage), 0m),
            From = DataCliInput.Time("--from", parse.GetValue(flags.From)),
            To = DataCliInput.Time("--to", parse.GetValue(flags.To), endOfDay: true),
            AllowGaps = parse.GetValue(flags.AllowGaps),
        };
        var jsonPath = parse.GetValue(flags.Json);
        var htmlPath = parse.GetValue(flags.Html);

        var candles = CandleCsv.Read(parse.GetValue(flags.Data)!, interval.Milliseconds, options.From, options.To,
            allowGaps: options.AllowGaps, gapAdvice: "or pass --allow-gaps to run across the gaps (the report lists them)");
        var result = await RunWithProgressAsync(options, candles, ct);
        var metrics = BacktestMetrics.From(result);
        BacktestSummary.Print(result, metrics);

        if (jsonPath is not null)
        {
            ReportFile.Write(jsonPath, stream => JsonReport.Write(stream, result, metrics));
            AnsiConsole.MarkupLine($"JSON report: [bold]{Markup.Escape(jsonPath)}[/]");
        }
        if (htmlPath is not null)
        {
            ReportFile.Write(htmlPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                HtmlReport.Write(writer, result, metrics, candles);
            });
            AnsiConsole.MarkupLine($"HTML report: [bold]{Markup.Escape(htmlPath)}[/]");
        }
        return 0;
    }

    /// <summary>A live bar on a terminal; on a pipe or in CI one line at start and the figures at the end.</summary>
    private static async Task<BacktestResult> RunWithProgressAsync(BacktestOptions options, CandleSeries candles, CancellationToken ct)
    {
        var label = $"{options.Strategy} on {options.Symbol} {options.Interval}, {candles.Count:N0} candles";
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            Console.WriteLine($"Backtesting {label} ...");
            return await Task.Run(() => BacktestRunner.Run(options, candles, null, ct), ct);
        }
        BacktestResult? result = null;
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(label), maxValue: 1.0);
            result = await Task.Run(() => BacktestRunner.Run(options, candles, new Progress<double>(p => task.Value = p), ct), ct);
            task.Value = 1.0;
        });
        return result!;
    }
}
