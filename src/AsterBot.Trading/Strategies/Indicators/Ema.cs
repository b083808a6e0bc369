namespace AsterBot.Trading.Strategies.Indicators;

/// <summary>Exponential moving average with alpha = 2/(n+1), seeded with the first value (a struct-free class: no allocation per update).</summary>
public sealed class Ema(int period)
{
    private readonly decimal _alpha = 2m / (period + 1);

    public int Period { get; } = period;

    public bool HasValue { get; private set; }

    public decimal Value { get; private set; }

    public decimal Update(decimal value)
    {
        Value = HasValue ? Value + _alpha * (value - Value) : value;
        HasValue = true;
        return Value;
    }
}
