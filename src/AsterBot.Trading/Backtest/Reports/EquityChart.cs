using System.Globalization;
using System.Text;

namespace AsterBot.Trading.Backtest.Reports;

/// <summary>The equity curve, with the fall from each running peak shaded (drawdown) and the starting equity as a dashed line.</summary>
internal static class EquityChart
{
    public static string Svg(BacktestResult result)
    {
        var points = result.EquityCurve;
        var svg = new StringBuilder();
        if (points.Count == 0) return "<p class=\"muted\">No equity points were recorded.</p>";
        var low = (double)Math.Min(points.Min(p => p.Equity), result.InitialEquity);
        var high = (double)Math.Max(points.Max(p => p.Equity), result.InitialEquity);
        var frame = new ChartFrame(340, points[0].Time, points[^1].Time, low, high);
        frame.BeginSvg(svg, "Equity curve with drawdowns shaded");

        var line = new StringBuilder();
        var peakPath = new List<string>(points.Count);
        var peak = decimal.MinValue;
        foreach (var p in points)
        {
            peak = Math.Max(peak, p.Equity);
            var x = ChartFrame.N(frame.X(p.Time));
            line.Append(x).Append(',').Append(ChartFrame.N(frame.Y((double)p.Equity))).Append(' ');
            peakPath.Add(x + "," + ChartFrame.N(frame.Y((double)peak)));
        }
        var area = line + ChartFrame.N(frame.X(points[^1].Time)) + "," + ChartFrame.N(frame.Floor) + " " + ChartFrame.N(frame.X(points[0].Time)) + "," + ChartFrame.N(frame.Floor);
        peakPath.Reverse();
        var y0 = ChartFrame.N(frame.Y((double)result.InitialEquity));
        svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"equity-area\" points=\"{area}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"drawdown\" points=\"{line}{string.Join(' ', peakPath)}\"><title>drawdown from the running peak</title></polygon>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"baseline\" x1=\"{ChartFrame.N(frame.X(points[0].Time))}\" x2=\"{ChartFrame.N(frame.X(points[^1].Time))}\" y1=\"{y0}\" y2=\"{y0}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"equity\" points=\"{line}\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
