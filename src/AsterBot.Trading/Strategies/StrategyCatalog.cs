using System.Globalization;
using AsterBot.Aster.Models;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// The built-in strategies by name, and the one place where user-typed parameters become validated values.
/// Every error names what is wrong and lists what is valid.
/// </summary>
public static class StrategyCatalog
{
    public static IReadOnlyList<StrategyDefinition> All { get; } =
    [
        EmaCross.EmaCrossDefinition.Definition,
        Signal.SignalDefinition.Definition,
    ];

    public static StrategyDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Builds a strategy from its name, an optional tier and "name=value" overrides (tier first, then overrides).
    /// Throws <see cref="StrategyConfigException"/> with a message a user can act on.
    /// </summary>
    public static (StrategyDefinition Definition, StrategyParameters Parameters) Resolve(
        string name, Market market, string? tier, IReadOnlyDictionary<string, string> overrides)
    {
        var definition = Find(name) ?? throw new StrategyConfigException(
            $"Unknown strategy '{name}'. Valid strategies: {string.Join(", ", All.Select(d => d.Name))}.");
        if (!definition.Markets.Contains(market))
            throw new StrategyConfigException(
                $"Strategy '{definition.Name}' does not run on {market}; it supports: {string.Join(", ", definition.Markets)}.");

        var numbers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        var choices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in definition.Parameters)
        {
            if (spec.Kind == ParameterKind.Choice) choices[spec.Name] = spec.DefaultChoice ?? spec.Choices[0];
            else numbers[spec.Name] = spec.Default;
        }
        if (tier is not null)
        {
            var found = definition.Tiers.FirstOrDefault(t => string.Equals(t.Key, tier, StringComparison.OrdinalIgnoreCase));
            if (found.Value is null)
                throw new StrategyConfigException(definition.Tiers.Count == 0
                    ? $"Strategy '{definition.Name}' has no risk tiers; drop --tier."
                    : $"Unknown tier '{tier}' for '{definition.Name}'. Valid tiers: {string.Join(", ", definition.Tiers.Keys)}.");
            foreach (var (key, value) in found.Value) numbers[key] = value;
        }
        foreach (var (key, text) in overrides)
        {
            var spec = definition.Parameters.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))
                ?? throw new StrategyConfigException(
                    $"Strategy '{definition.Name}' has no parameter '{key}'. Valid parameters: {string.Join(", ", definition.Parameters.Select(p => p.Name))}.");
            if (spec.Kind == ParameterKind.Choice) choices[spec.Name] = ParseChoice(definition, spec, text);
            else numbers[spec.Name] = ParseNumber(definition, spec, text);
        }
        var parameters = new StrategyParameters(numbers, choices);
        if (definition.Validate(parameters) is { } problem)
            throw new StrategyConfigException($"Strategy '{definition.Name}': {problem}");
        return (definition, parameters);
    }

    private static decimal ParseNumber(StrategyDefinition definition, ParameterSpec spec, string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            throw new StrategyConfigException($"Parameter '{spec.Name}' of '{definition.Name}' must be a number; got '{text}'.");
        if (spec.Kind == ParameterKind.Integer && value != decimal.Truncate(value))
            throw new StrategyConfigException($"Parameter '{spec.Name}' of '{definition.Name}' must be a whole number; got '{text}'.");
        if (spec.ZeroDisables && value == 0) return 0;
        if (value < spec.Min || value > spec.Max)
            throw new StrategyConfigException(
                $"Parameter '{spec.Name}' of '{definition.Name}' must be between {spec.Min} and {spec.Max}{(spec.ZeroDisables ? " (or 0 for off)" : "")}; got {text}.");
        return value;
    }

    private static string ParseChoice(StrategyDefinition definition, ParameterSpec spec, string text) =>
        spec.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
        ?? throw new StrategyConfigException(
            $"Parameter '{spec.Name}' of '{definition.Name}' must be one of {string.Join(", ", spec.Choices)}; got '{text}'.");
}

/// <summary>A strategy configuration a user must fix (unknown name, parameter, bad value or combination).</summary>
public sealed class StrategyConfigException(string message) : Exception(message);
