namespace AsterBot.Trading.Strategies.Indicators;

/// <summary>
/// Average true range with Wilder's smoothing: TR = max(high − low, |high − previous close|, |low − previous close|),
/// seeded with the first candle's high − low, then ATR = (ATR × (n − 1) + TR) / n.
/// </summary>
public sealed class Atr(int period)
{
    private decimal _previousClose;

    public bool HasValue { get; private set; }

    public decimal Value { get; private set; }

    public decimal Update(decimal high, decimal low, decimal close)
    {
        var range = high - low;
        if (!HasValue)
        {
            Value = range;
            HasValue = true;
        }
        else
        {
            var trueRange = Math.Max(range, Math.Max(Math.Abs(high - _previousClose), Math.Abs(low - _previousClose)));
            Value = (Value * (period - 1) + trueRange) / period;
        }
        _previousClose = close;
        return Value;
    }
}
