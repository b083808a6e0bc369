namespace AsterBot.Trading.Backtest;

/// <summary>
/// Equity over a backtest, fed at every candle close: the running peak and max drawdown see every point, daily
/// equity keeps each UTC day's last point, and the chart curve keeps every n-th point plus every trade's candle
/// (bounded, so a year of 1m candles stays a few thousand points). Nothing allocates per candle except curve points.
/// </summary>
public sealed class EquityTracker
{
    private const long DayMs = 86_400_000;
    private readonly List<EquityPoint> _daily = [];
    private readonly List<EquityPoint> _curve = [];
    private readonly int _every;
    private decimal _peak;
    /// <summary>MaxDrawdown × peak, kept current so most candles compare instead of multiplying.</summary>
    private decimal _drawdownAmount;
    private long _day = long.MinValue;
    private EquityPoint _last;
    private int _seen;

    /// <param name="expectedPoints">How many points will come (candles), to pick the curve's sampling step.</param>
    /// <param name="maxCurvePoints">Roughly how many sampled points the curve keeps (trade candles come on top).</param>
    public EquityTracker(int expectedPoints, int maxCurvePoints = 2_000)
    {
        _every = Math.Max(1, expectedPoints / Math.Max(1, maxCurvePoints));
    }

    public decimal MaxDrawdown { get; private set; }

    public IReadOnlyList<EquityPoint> DailyEquity => _daily;

    public IReadOnlyList<EquityPoint> Curve => _curve;

    /// <param name="keep">True for a candle with a trade: the chart must show it.</param>
    public void Record(long time, decimal equity, bool keep)
    {
        if (equity > _peak)
        {
            _peak = equity;
            _drawdownAmount = MaxDrawdown * _peak;
        }
        else if (_peak > 0 && _peak - equity > _drawdownAmount) // a new maximum: only then pay for the division
        {
            MaxDrawdown = (_peak - equity) / _peak;
            _drawdownAmount = MaxDrawdown * _peak;
        }
        var day = time / DayMs;
        if (day != _day && _seen > 0) _daily.Add(_last);
        _day = day;
        var point = new EquityPoint(time, equity);
        if (keep || _seen % _every == 0) _curve.Add(point);
        _last = point;
        _seen++;
    }

    /// <summary>Closes the last day and the curve with the final point.</summary>
    public void Finish()
    {
        if (_seen == 0) return;
        _daily.Add(_last);
        if (_curve.Count == 0 || _curve[^1] != _last) _curve.Add(_last);
    }
}
