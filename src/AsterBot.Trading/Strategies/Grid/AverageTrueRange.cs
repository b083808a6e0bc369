using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Strategies.Grid;

/// <summary>
/// Wilder's average true range over <c>period</c> candles: the mean of the first <c>period</c> true ranges, then
/// ATR = (ATR × (period − 1) + TR) ÷ period. True range = max(high − low, |high − previous close|, |low − previous close|).
/// </summary>
internal sealed class AverageTrueRange(int period)
{
    private decimal _previousClose;
    private decimal _sum;
    private int _count;

    public decimal Value { get; private set; }
    public bool IsReady => _count >= period;

    public void Add(in Candle candle)
    {
        var range = candle.High - candle.Low;
        if (_count > 0)
            range = Math.Max(range, Math.Max(Math.Abs(candle.High - _previousClose), Math.Abs(candle.Low - _previousClose)));
        _previousClose = candle.Close;
        if (_count < period)
        {
            _sum += range;
            if (++_count == period) Value = _sum / period;
            return;
        }
        Value = (Value * (period - 1) + range) / period;
    }
}
