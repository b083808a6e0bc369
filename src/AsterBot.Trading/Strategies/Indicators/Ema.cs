namespace AsterBot.Trading.Strategies.Indicators;

/// <summary>
/// Exponential moving average with alpha = 2/(n+1), seeded with the first value: EMA_t = EMA_{t−1} + 2(x_t − EMA_{t−1})/(n+1).
/// <para>
/// Kept as a fixed-point integer with 16–17 significant digits (<see cref="FixedPoint"/>), each step rounded half away
/// from zero. Why not decimal: alpha = 2/(n+1) has 28 digits in decimal, so every update rescaled a 192-bit product —
/// two EMAs cost more per candle than the rest of a backtest's candle put together. Here alpha is never rounded (the
/// step divides by n+1 exactly) and a step costs one integer division. Values differ from 28-digit decimal
/// arithmetic beyond the 16th significant digit, far below any price's tick.
/// </para>
/// </summary>
public sealed class Ema(int period)
{
    private readonly long _divisor = period + 1;
    private FixedPoint _value;

    public int Period { get; } = period;

    public bool HasValue { get; private set; }

    public decimal Value => _value.ToDecimal();

    /// <summary>Takes the next input; read <see cref="Value"/>, or compare with another EMA by <see cref="CompareTo"/>.</summary>
    public void Update(decimal value)
    {
        if (!HasValue)
        {
            _value = FixedPoint.From(value);
            HasValue = true;
            return;
        }
        var x = FixedPoint.Align(ref _value, value);
        _value = _value.WithUnits(_value.Units + FixedPoint.RoundedDivide(2 * (x - _value.Units), _divisor));
    }

    /// <summary>Sign of this value minus <paramref name="other"/>'s, exact for EMAs of the same inputs (they share a scale).</summary>
    public int CompareTo(Ema other) => _value.CompareTo(other._value);
}
