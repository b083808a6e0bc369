using System.Globalization;
using System.Text;

namespace AsterBot.Trading.Backtest.Reports;

/// <summary>
/// Geometry of one SVG chart: maps (time, value) to pixels and draws the grid with readable time and value ticks.
/// Doubles are used here only for drawing; the numbers printed come from decimals.
/// </summary>
internal sealed class ChartFrame
{
    public const int Width = 1100;
    private const int Left = 78, Right = 16, Top = 14, Bottom = 28;
    private static readonly long[] TimeSteps =
        [60_000, 300_000, 900_000, 1_800_000, 3_600_000, 4 * 3_600_000, 12 * 3_600_000, 86_400_000, 2 * 86_400_000, 7 * 86_400_000,
         14 * 86_400_000, 30 * 86_400_000L, 91 * 86_400_000L, 182 * 86_400_000L, 365 * 86_400_000L];
    private readonly long _timeFrom, _timeTo;
    private readonly double _low, _high;

    public ChartFrame(int height, long timeFrom, long timeTo, double low, double high)
    {
        Height = height;
        _timeFrom = timeFrom;
        _timeTo = Math.Max(timeTo, timeFrom + 1);
        var pad = high > low ? (high - low) * 0.06 : Math.Max(Math.Abs(high) * 0.01, 1);
        _low = low - pad;
        _high = high + pad;
    }

    public int Height { get; }

    public double X(long time) => Left + (double)(time - _timeFrom) / (_timeTo - _timeFrom) * (Width - Left - Right);

    public double Y(double value) => Top + (_high - value) / (_high - _low) * (Height - Top - Bottom);

    public double Floor => Height - Bottom;

    /// <summary>The plotting area's top edge.</summary>
    public static int Ceiling => Top;

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Opens the SVG and draws horizontal value lines and vertical time lines with their labels.</summary>
    public void BeginSvg(StringBuilder svg, string label)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\" xmlns=\"http://www.w3.org/2000/svg\">");
        var step = NiceStep((_high - _low) / 5);
        for (var v = Math.Ceiling(_low / step) * step; v <= _high; v += step)
        {
            var y = N(Y(v));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 8}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{FormatValue(v, step)}</text>");
        }
        var timeStep = TimeSteps.FirstOrDefault(s => (_timeTo - _timeFrom) / s <= 9, TimeSteps[^1]);
        for (var t = (_timeFrom / timeStep + 1) * timeStep; t < _timeTo; t += timeStep)
        {
            var x = N(X(t));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{x}\" x2=\"{x}\" y1=\"{Top}\" y2=\"{N(Floor)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{x}\" y=\"{Height - 8}\" text-anchor=\"middle\">{FormatTime(t, timeStep)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"frame\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Floor)}\" y2=\"{N(Floor)}\"/>");
    }

    private static double NiceStep(double rough)
    {
        if (rough <= 0 || !double.IsFinite(rough)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    private static string FormatValue(double value, double step)
    {
        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(step)));
        return value.ToString("N" + Math.Min(decimals, 8), CultureInfo.InvariantCulture);
    }

    private static string FormatTime(long time, long step)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(time).UtcDateTime;
        return at.ToString(step < 86_400_000 ? "MMM d HH:mm" : step < 365 * 86_400_000L ? "MMM d" : "yyyy", CultureInfo.InvariantCulture);
    }
}
