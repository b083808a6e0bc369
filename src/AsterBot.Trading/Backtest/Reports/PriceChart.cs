using System.Globalization;
using System.Text;
using AsterBot.Aster.Models;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Backtest.Reports;

/// <summary>
/// The price over the backtest (close line over a shaded high–low band, at most <see cref="MaxBuckets"/> columns, so a
/// year of 1m candles stays a small picture) with every fill drawn: buys as green ▲ under the price, sells as red ▼ above,
/// and the holes of a run across data gaps shaded.
/// </summary>
internal static class PriceChart
{
    public const int MaxBuckets = 1600;
    private const int MaxMarkers = 4000;

    public static string Svg(BacktestResult result, CandleSeries candles)
    {
        var buckets = Downsample(candles, result.FirstCandleTime, result.LastCandleTime);
        if (buckets.Count == 0) return "<p class=\"muted\">No candles in the backtest's range.</p>";
        var frame = new ChartFrame(380, buckets[0].Time, result.LastCandleTime + candles.IntervalMs,
            buckets.Min(b => b.Low), buckets.Max(b => b.High));
        var svg = new StringBuilder();
        frame.BeginSvg(svg, "Price with trades");

        var upper = new StringBuilder();
        var lower = new List<string>(buckets.Count);
        var close = new StringBuilder();
        foreach (var b in buckets)
        {
            var x = ChartFrame.N(frame.X(b.Time));
            upper.Append(x).Append(',').Append(ChartFrame.N(frame.Y(b.High))).Append(' ');
            lower.Add(x + "," + ChartFrame.N(frame.Y(b.Low)));
            close.Append(x).Append(',').Append(ChartFrame.N(frame.Y(b.Close))).Append(' ');
        }
        lower.Reverse();
        svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"range\" points=\"{upper}{string.Join(' ', lower)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"price\" points=\"{close}\"/>");
        AppendGaps(svg, frame, result.Gaps, candles.IntervalMs);
        AppendMarkers(svg, frame, result.Trades);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Holes the run crossed (--allow-gaps) as shaded columns: the line across them is no data, only a join.</summary>
    private static void AppendGaps(StringBuilder svg, ChartFrame frame, IReadOnlyList<KlineGap> gaps, long intervalMs)
    {
        foreach (var gap in gaps)
        {
            var left = frame.X(gap.From);
            var width = Math.Max(2, frame.X(gap.To + intervalMs) - left); // a short hole in a long run still shows
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"gap\" x=\"{ChartFrame.N(left)}\" y=\"{ChartFrame.Ceiling}\" width=\"{ChartFrame.N(width)}\" height=\"{ChartFrame.N(frame.Floor - ChartFrame.Ceiling)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>no data: {Times.Format(gap.From)} → {Times.Format(gap.To)} ({gap.Missing:N0} candles missing)</title></rect>");
        }
    }

    private static void AppendMarkers(StringBuilder svg, ChartFrame frame, IReadOnlyList<BacktestTrade> trades)
    {
        // Past a few thousand markers the chart is a smear; draw an even sample and say so in the caption.
        var stride = MarkerStride(trades.Count);
        for (var i = 0; i < trades.Count; i += stride)
        {
            var t = trades[i];
            var x = frame.X(t.Time);
            var y = frame.Y((double)t.Price);
            var buy = t.Side == OrderSide.Buy;
            var tip = buy ? y + 3 : y - 3;
            var bas = buy ? tip + 9 : tip - 9;
            svg.Append(CultureInfo.InvariantCulture,
                $"<path class=\"{(buy ? "buy" : "sell")}\" d=\"M{ChartFrame.N(x)},{ChartFrame.N(tip)} L{ChartFrame.N(x - 5)},{ChartFrame.N(bas)} L{ChartFrame.N(x + 5)},{ChartFrame.N(bas)} Z\">");
            svg.Append(CultureInfo.InvariantCulture,
                $"<title>{(buy ? "BUY" : "SELL")} {t.Quantity} @ {t.Price} · {Times.Format(t.Time)}{(t.Pnl != 0 ? $" · pnl {t.Pnl:0.##}" : "")}</title></path>");
        }
    }

    public static int MarkerStride(int trades) => Math.Max(1, (trades + MaxMarkers - 1) / MaxMarkers);

    private readonly record struct Bucket(long Time, double High, double Low, double Close);

    private static List<Bucket> Downsample(CandleSeries candles, long from, long to)
    {
        var first = 0;
        while (first < candles.Count && candles.OpenTimeAt(first) < from) first++;
        var last = candles.Count - 1;
        while (last >= first && candles.OpenTimeAt(last) > to) last--;
        var count = last - first + 1;
        var buckets = new List<Bucket>(Math.Min(Math.Max(count, 0), MaxBuckets));
        if (count <= 0) return buckets;
        var size = (count + MaxBuckets - 1) / MaxBuckets;
        for (var start = first; start <= last; start += size)
        {
            var end = Math.Min(last, start + size - 1);
            decimal high = decimal.MinValue, low = decimal.MaxValue;
            for (var i = start; i <= end; i++)
            {
                var c = candles[i];
                high = Math.Max(high, c.High);
                low = Math.Min(low, c.Low);
            }
            buckets.Add(new Bucket(candles.OpenTimeAt(start), (double)high, (double)low, (double)candles[end].Close));
        }
        return buckets;
    }
}
