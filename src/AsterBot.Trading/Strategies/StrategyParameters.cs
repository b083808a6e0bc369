namespace AsterBot.Trading.Strategies;

/// <summary>The kind of value a parameter takes.</summary>
public enum ParameterKind { Decimal, Integer, Choice }

/// <summary>
/// One documented strategy parameter: its name as typed (<c>--param fast=12</c>), meaning, default and bounds.
/// Choice parameters take one of <see cref="Choices"/> (case-insensitive) and default to <see cref="DefaultChoice"/>.
/// </summary>
public sealed record ParameterSpec(string Name, string Description, ParameterKind Kind = ParameterKind.Decimal)
{
    public decimal Default { get; init; }
    public decimal Min { get; init; } = decimal.MinValue;
    public decimal Max { get; init; } = decimal.MaxValue;
    public IReadOnlyList<string> Choices { get; init; } = [];
    public string? DefaultChoice { get; init; }
    /// <summary>True when 0 means "off" (optional exits: stop loss 0 = no stop loss).</summary>
    public bool ZeroDisables { get; init; }

    /// <summary>
    /// The futures leverage every strategy that opens positions takes: the pair sets it (and the margin type) on the
    /// exchange before its first opening order, so a position never runs at whatever leverage the account had.
    /// </summary>
    public static ParameterSpec Leverage(decimal defaultLeverage) =>
        new("leverage", "Futures leverage set before opening (spot ignores it).", ParameterKind.Integer) { Default = defaultLeverage, Min = 1, Max = 125 };
}

/// <summary>Validated parameter values of one strategy instance (every spec has a value: given or default).</summary>
public sealed class StrategyParameters(IReadOnlyDictionary<string, decimal> numbers, IReadOnlyDictionary<string, string> choices)
{
    public decimal this[string name] => numbers.TryGetValue(name, out var v)
        ? v : throw new KeyNotFoundException($"The strategy has no numeric parameter '{name}'.");

    public int Integer(string name) => (int)this[name];

    public string Choice(string name) => choices.TryGetValue(name, out var v)
        ? v : throw new KeyNotFoundException($"The strategy has no choice parameter '{name}'.");

    public IReadOnlyDictionary<string, decimal> Numbers => numbers;
    public IReadOnlyDictionary<string, string> Choices => choices;
}
