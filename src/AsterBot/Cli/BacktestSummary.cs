using System.Globalization;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.Backtest.Reports;
using AsterBot.Trading.MarketData;
using Spectre.Console;

namespace AsterBot.Cli;

/// <summary>The figures of a finished backtest as one table on the terminal (the same figures as the reports).</summary>
public static class BacktestSummary
{
    public static void Print(BacktestResult result, BacktestMetrics m)
    {
        var o = result.Options;
        var table = new Table().Title($"{Markup.Escape(o.Strategy)} · {Markup.Escape(o.Symbol)} {o.Interval} {o.Market.ToString().ToLowerInvariant()}")
            .AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        Row(table, "period", $"{Times.Format(result.FirstCandleTime)} → {Times.Format(result.LastCandleTime)} ({result.Candles:N0} candles)");
        Row(table, "initial equity", Number(result.InitialEquity));
        Row(table, "final equity", Number(result.FinalEquity));
        Row(table, "total return", Percent(m.TotalReturn));
        Row(table, "annualized return", m.AnnualizedReturn is { } a ? Percent(a) : "n/a (window too short)");
        Row(table, "max drawdown", Percent(m.MaxDrawdown));
        Row(table, "sharpe (daily, ×√365)", m.Sharpe.ToString("0.00", CultureInfo.InvariantCulture));
        Row(table, "win rate", $"{Percent(m.WinRate)} ({m.Wins}/{m.ClosingTrades} closing trades)");
        Row(table, "profit factor", m.ProfitFactor is { } pf ? pf.ToString("0.00", CultureInfo.InvariantCulture) : m.Wins > 0 ? "∞ (no losses)" : "n/a");
        Row(table, "trades (fills)", m.TradeCount.ToString("N0", CultureInfo.InvariantCulture));
        Row(table, "total fees", Number(m.TotalFees));
        Row(table, "funding", Number(m.Funding));
        Row(table, "realized / unrealized pnl", $"{Number(result.RealizedPnl)} / {Number(result.UnrealizedPnl)}");
        if (result.Gaps.Count > 0)
            Row(table, "data gaps crossed", $"{result.Gaps.Count:N0} ({result.MissingCandles:N0} candles missing; first {Times.Format(result.Gaps[0].From)} → {Times.Format(result.Gaps[0].To)})");
        if (result.Blocked.Count > 0) Row(table, "orders refused", $"{result.Blocked.Count:N0} (first: {result.Blocked[0]})");
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        AnsiConsole.Write(table);
    }

    private static void Row(Table table, string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Number(decimal value) => value.ToString("#,##0.########", CultureInfo.InvariantCulture);
}
