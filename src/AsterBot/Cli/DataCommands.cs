using System.CommandLine;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Trading.MarketData;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary>
/// <c>asterbot data download</c>: closed klines from Aster (or the simulator) into a CSV for backtests; resumes an
/// existing file. Exit codes: 0 done (gaps are listed as warnings), 2 bad input or a corrupt existing file, 1 exchange
/// or network failure (what was written stays; run again to resume).
/// </summary>
public static class DataCommands
{
    public static Command Build()
    {
        var data = new Command("data", "Market data for backtests.");
        data.Subcommands.Add(BuildDownload());
        return data;
    }

    private static Command BuildDownload()
    {
        var symbol = new Option<string?>("--symbol") { Description = "Symbol, e.g. BTCUSDT." };
        var interval = new Option<string?>("--interval") { Description = "Candle interval: 1m, 5m, 1h, ... (default 1m).", DefaultValueFactory = _ => "1m" };
        var days = new Option<string?>("--days") { Description = "How many days back from now." };
        var market = new Option<string?>("--market") { Description = "futures (default) or spot." };
        var network = new Option<string?>("--network") { Description = "mainnet (default) or testnet." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Custom REST base URL (the simulator, a proxy); overrides --network." };
        var output = new Option<string?>("--out") { Description = "CSV file to write; an existing one is checked and continued." };
        var command = new Command("download", "Download closed klines into a CSV (resumable, gap-checked).")
        {
            symbol, interval, days, market, network, baseUrl, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (Console.IsOutputRedirected) AnsiConsole.Profile.Capabilities.Ansi = false;
            return await DataCliInput.ExitCodeAsync(async () =>
            {
                var symbolText = parse.GetValue(symbol);
                var outPath = parse.GetValue(output);
                if (string.IsNullOrWhiteSpace(symbolText) || string.IsNullOrWhiteSpace(outPath) || parse.GetValue(days) is null)
                    throw new CliInputException("--symbol, --days and --out are required, e.g. asterbot data download --symbol BTCUSDT --interval 1m --days 30 --out btc.csv.");
                var request = new KlineDownloadRequest(symbolText.Trim().ToUpperInvariant(), DataCliInput.Interval(parse.GetValue(interval)),
                    DataCliInput.PositiveInt("--days", parse.GetValue(days))!.Value, outPath);
                var environment = DataCliInput.Environment(parse.GetValue(network), parse.GetValue(baseUrl));
                using var client = new AsterClient(new AsterClientOptions { Environment = environment });
                var api = DataCliInput.Market(parse.GetValue(market)) == Market.Futures ? (MarketDataApi)client.Futures.Market : client.Spot.Market;
                return await DownloadAsync(new KlineDownloader(api), request, environment.Name, ct);
            });
        });
        return command;
    }

    private static async Task<int> DownloadAsync(KlineDownloader downloader, KlineDownloadRequest request, string source, CancellationToken ct)
    {
        var label = $"{request.Symbol} {request.Interval} from {source}";
        var outcome = Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive
            ? await downloader.DownloadAsync(request, new PlainProgress(label), ct)
            : await WithBarAsync(downloader, request, label, ct);
        if (!outcome.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"error: {outcome.Error} (rows already written stay in {request.OutputPath}; run the same command again to resume)");
            return 1;
        }
        var summary = outcome.Data;
        Console.WriteLine(summary.Resumed
            ? $"{request.OutputPath}: {summary.Existing:N0} candles were there, {summary.Written:N0} added."
            : $"{request.OutputPath}: {summary.Written:N0} candles written.");
        if (summary.LastOpenTime is { } last) Console.WriteLine($"Last candle opens at {Times.Format(last)}.");
        if (summary.HistoryStartsAt is { } start) Console.WriteLine($"note: the exchange's history of {request.Symbol} starts at {Times.Format(start)}.");
        foreach (var gap in summary.Gaps)
            Console.WriteLine($"warning: the exchange returned no candles from {Times.Format(gap.From)} to {Times.Format(gap.To)} ({gap.Missing:N0} missing); " +
                "backtests need --from/--to on one side of it.");
        return 0;
    }

    private static async Task<Aster.Errors.AsterResult<KlineDownloadSummary>> WithBarAsync(KlineDownloader downloader, KlineDownloadRequest request, string label,
        CancellationToken ct)
    {
        Aster.Errors.AsterResult<KlineDownloadSummary> outcome = default;
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var bar = context.AddTask(Markup.Escape(label), maxValue: 1);
            var progress = new Progress<KlineDownloadProgress>(p =>
            {
                bar.MaxValue = Math.Max(1, p.Total);
                bar.Value = p.Done;
            });
            outcome = await downloader.DownloadAsync(request, progress, ct);
        });
        return outcome;
    }

    /// <summary>For pipes and CI: a line at every tenth of the way instead of a redrawn bar.</summary>
    private sealed class PlainProgress(string label) : IProgress<KlineDownloadProgress>
    {
        private long _lastTenth = -1;

        public void Report(KlineDownloadProgress value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (tenth == _lastTenth) return;
            _lastTenth = tenth;
            Console.WriteLine($"{label}: {value.Done:N0}/{value.Total:N0} candles ({tenth * 10}%)");
        }
    }
}
