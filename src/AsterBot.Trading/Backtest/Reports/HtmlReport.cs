using System.Globalization;
using System.Net;
using System.Text;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Backtest.Reports;

/// <summary>
/// One self-contained HTML page (inline CSS and SVG; no scripts, fonts or links to fetch): headline figures, the
/// equity curve with drawdowns, the price with every trade marked, the trade list and the run's settings.
/// </summary>
public static class HtmlReport
{
    private const int MaxTradeRows = 500;

    public static void Write(TextWriter writer, BacktestResult result, BacktestMetrics metrics, CandleSeries candles)
    {
        var o = result.Options;
        var title = $"{o.Strategy} · {o.Symbol} {o.Interval} {o.Market.ToString().ToLowerInvariant()}";
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Append("<title>").Append(E(title)).Append(" — AsterBot backtest</title><style>").Append(HtmlReportStyle.Css).Append("</style></head><body><main>");
        page.Append("<header><h1>").Append(E(title)).Append("</h1><p class=\"muted\">")
            .Append(E($"{Times.Format(result.FirstCandleTime)} → {Times.Format(result.LastCandleTime)} · {result.Candles:N0} candles · {metrics.ElapsedDays:0.#} days"))
            .Append("</p>");
        if (result.Gaps.Count > 0)
            page.Append("<p class=\"bad\">").Append(E(GapNote(result))).Append("</p>");
        page.Append("</header>");
        AppendCards(page, result, metrics);
        page.Append("<section><h2>Equity</h2><p class=\"legend\"><span class=\"key equity-key\"></span>equity <span class=\"key dd-key\"></span>drawdown from the running peak <span class=\"key base-key\"></span>starting equity</p>")
            .Append(EquityChart.Svg(result)).Append("</section>");
        var stride = PriceChart.MarkerStride(result.Trades.Count);
        page.Append("<section><h2>Price and trades</h2><p class=\"legend\"><span class=\"tri up\">▲</span>buy <span class=\"tri down\">▼</span>sell <span class=\"key range-key\"></span>high–low range")
            .Append(result.Gaps.Count > 0 ? " <span class=\"key gap-key\"></span>no data (gap)" : "")
            .Append(stride > 1 ? $" · every {stride}th of {result.Trades.Count:N0} trades drawn" : "").Append("</p>")
            .Append(PriceChart.Svg(result, candles)).Append("</section>");
        AppendTrades(page, result);
        AppendSettings(page, result);
        page.Append("</main></body></html>");
        writer.Write(page.ToString());
    }

    private static void AppendCards(StringBuilder page, BacktestResult result, BacktestMetrics m)
    {
        page.Append("<section class=\"cards\">");
        Card(page, "Total return", Percent(m.TotalReturn), Tone(m.TotalReturn), $"{Money(result.InitialEquity)} → {Money(result.FinalEquity)}");
        Card(page, "Annualized", m.AnnualizedReturn is { } a ? Percent(a) : "n/a", Tone(m.AnnualizedReturn ?? 0), "compounded over the elapsed time");
        Card(page, "Max drawdown", Percent(-m.MaxDrawdown), m.MaxDrawdown > 0 ? "bad" : "", "largest fall from a peak");
        Card(page, "Sharpe", m.Sharpe.ToString("0.00", CultureInfo.InvariantCulture), Tone(m.Sharpe), "daily returns × √365");
        Card(page, "Win rate", Percent(m.WinRate), "", $"{m.Wins} of {m.ClosingTrades} closing trades");
        Card(page, "Profit factor", m.ProfitFactor is { } pf ? pf.ToString("0.00", CultureInfo.InvariantCulture) : m.Wins > 0 ? "∞" : "–", "", "gross profit ÷ gross loss");
        Card(page, "Trades", m.TradeCount.ToString("N0", CultureInfo.InvariantCulture), "", "fills, opening and closing");
        Card(page, "Fees", Money(m.TotalFees), "", $"funding {Money(m.Funding)}");
        page.Append("</section>");
    }

    private static void Card(StringBuilder page, string label, string value, string tone, string note) =>
        page.Append("<div class=\"card\"><div class=\"label\">").Append(E(label)).Append("</div><div class=\"value ").Append(tone).Append("\">")
            .Append(E(value)).Append("</div><div class=\"note\">").Append(E(note)).Append("</div></div>");

    private static void AppendTrades(StringBuilder page, BacktestResult result)
    {
        page.Append("<section><h2>Trades</h2>");
        if (result.Trades.Count == 0)
        {
            page.Append("<p class=\"muted\">The strategy made no trades in this range.</p></section>");
            return;
        }
        if (result.Trades.Count > MaxTradeRows)
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The first {MaxTradeRows} of {result.Trades.Count:N0} trades; the JSON report lists all.</p>");
        page.Append("<table><thead><tr><th>time (UTC)</th><th>side</th><th class=\"num\">price</th><th class=\"num\">qty</th><th class=\"num\">fee</th><th class=\"num\">pnl</th><th>reason</th></tr></thead><tbody>");
        foreach (var t in result.Trades.Take(MaxTradeRows))
        {
            var side = t.Side.ToString().ToUpperInvariant();
            page.Append("<tr><td>").Append(E(Times.Format(t.Time))).Append("</td><td class=\"").Append(side == "BUY" ? "good" : "bad").Append("\">").Append(side)
                .Append("</td><td class=\"num\">").Append(t.Price.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\">").Append(t.Quantity.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\">").Append(t.Fee.ToString("0.########", CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num ").Append(Tone(t.Pnl)).Append("\">").Append(t.Pnl == 0 ? "" : t.Pnl.ToString("0.####", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(E(t.Reason)).Append("</td></tr>");
        }
        page.Append("</tbody></table></section>");
    }

    private static void AppendSettings(StringBuilder page, BacktestResult result)
    {
        var o = result.Options;
        page.Append("<section class=\"settings\"><h2>Settings</h2><table><tbody>");
        Row(page, "strategy", o.Strategy + (o.Tier is null ? "" : $" (tier {o.Tier})"));
        Row(page, "parameters", o.Parameters.Count == 0 ? "defaults" : string.Join(", ", o.Parameters.Select(p => $"{p.Key}={p.Value}")));
        Row(page, "starting balance", Money(o.InitialBalance));
        Row(page, "leverage", o.Leverage?.ToString(CultureInfo.InvariantCulture) ?? "strategy default");
        Row(page, "fees", $"taker {Percent(o.TakerFee)}, maker {Percent(o.MakerFee)}");
        Row(page, "slippage", Percent(o.Slippage));
        Row(page, "realized / unrealized PnL", $"{Money(result.RealizedPnl)} / {Money(result.UnrealizedPnl)}");
        page.Append("</tbody></table>");
        if (result.Gaps.Count > 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<h3>Data gaps ({result.Gaps.Count:N0})</h3><ul>");
            foreach (var gap in result.Gaps.Take(50))
                page.Append("<li>").Append(E($"{Times.Format(gap.From)} → {Times.Format(gap.To)}: {gap.Missing:N0} candles missing")).Append("</li>");
            page.Append("</ul>");
        }
        if (result.Blocked.Count > 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<h3>Orders refused ({result.Blocked.Count:N0})</h3><ul>");
            foreach (var reason in result.Blocked.Take(50)) page.Append("<li>").Append(E(reason)).Append("</li>");
            page.Append("</ul>");
        }
        page.Append("</section>");
    }

    /// <summary>Said at the top, not only in the settings: figures over data with holes must not pass for complete.</summary>
    private static string GapNote(BacktestResult result) =>
        $"The data has {result.Gaps.Count:N0} gap(s), {result.MissingCandles:N0} candles missing (listed under Settings): the run crossed them.";

    private static void Row(StringBuilder page, string name, string value) =>
        page.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>");

    private static string Tone(decimal value) => value > 0 ? "good" : value < 0 ? "bad" : "";

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
