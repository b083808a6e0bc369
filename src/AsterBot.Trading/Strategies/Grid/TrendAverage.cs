namespace AsterBot.Trading.Strategies.Grid;

/// <summary>
/// The exponential moving average of closes that AUTO futures grids read the trend from: alpha = 2 ÷ (period + 1),
/// seeded with the first close, trusted once <c>period</c> closes have been seen.
/// </summary>
internal sealed class TrendAverage(int period)
{
    private readonly decimal _alpha = 2m / (period + 1);
    private int _count;

    public decimal Value { get; private set; }
    public bool IsReady => _count >= period;

    public void Add(decimal close)
    {
        Value = _count++ == 0 ? close : Value + _alpha * (close - Value);
    }
}
