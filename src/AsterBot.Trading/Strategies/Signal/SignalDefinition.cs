namespace AsterBot.Trading.Strategies.Signal;

/// <summary>The `signal` strategy: parameters and defaults.</summary>
public static class SignalDefinition
{
    public const string Name = "signal";
    public const string Risk = "risk", Leverage = "leverage";

    public static StrategyDefinition Definition { get; } = new(
        Name,
        "Follows external signals (webhook, CLI): long, short (spot: sell to flat) or close; a repeated signal adds nothing.",
        [
            new ParameterSpec(Risk, "Fraction of equity used as margin per entry unless the signal carries its own.") { Default = 0.1m, Min = 0.001m, Max = 1m },
            ParameterSpec.Leverage(2),
        ],
        parameters => new SignalStrategy(parameters));
}
