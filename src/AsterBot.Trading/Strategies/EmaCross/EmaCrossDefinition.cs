namespace AsterBot.Trading.Strategies.EmaCross;

/// <summary>The `ema-cross` preset family: parameters, defaults, the low and high tiers, and the fast &lt; slow rule.</summary>
public static class EmaCrossDefinition
{
    public const string Name = "ema-cross";
    public const string Fast = "fast", Slow = "slow", Risk = "risk", Leverage = "leverage", AtrStop = "atr-stop", AtrPeriod = "atr-period";

    public static StrategyDefinition Definition { get; } = new(
        Name,
        "Trend following on two EMAs of the close: long when the fast EMA crosses above the slow one, short (spot: flat) when it crosses below. Optional ATR stop.",
        [
            new ParameterSpec(Fast, "Fast EMA period (candles).", ParameterKind.Integer) { Default = 12, Min = 1, Max = 1_000 },
            new ParameterSpec(Slow, "Slow EMA period (candles); must be above fast.", ParameterKind.Integer) { Default = 26, Min = 2, Max = 5_000 },
            new ParameterSpec(Risk, "Fraction of equity used as margin per entry (0.1 = 10%).") { Default = 0.1m, Min = 0.001m, Max = 1m },
            ParameterSpec.Leverage(2),
            new ParameterSpec(AtrStop, "Exit when a close is this many ATRs beyond the entry close; 0 = no stop.") { Default = 0, Min = 0.1m, Max = 50, ZeroDisables = true },
            new ParameterSpec(AtrPeriod, "ATR period (Wilder smoothing) for the stop.", ParameterKind.Integer) { Default = 14, Min = 1, Max = 1_000 },
        ],
        parameters => new EmaCrossStrategy(parameters))
    {
        Tiers = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.OrdinalIgnoreCase)
        {
            ["low"] = new Dictionary<string, decimal> { [Risk] = 0.1m, [Leverage] = 2 },
            ["high"] = new Dictionary<string, decimal> { [Risk] = 0.25m, [Leverage] = 10 },
        },
        Validate = p => p.Integer(Fast) >= p.Integer(Slow)
            ? $"fast ({p.Integer(Fast)}) must be below slow ({p.Integer(Slow)}); e.g. --param fast=12 --param slow=26."
            : null,
    };
}
