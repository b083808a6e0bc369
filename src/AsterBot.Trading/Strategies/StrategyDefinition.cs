using AsterBot.Aster.Models;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// A named strategy: its documentation, parameters, risk tiers (preset values for some parameters, e.g. risk and
/// leverage), the markets it supports, a cross-parameter check (e.g. fast &lt; slow) and its factory.
/// </summary>
public sealed record StrategyDefinition(
    string Name, string Description, IReadOnlyList<ParameterSpec> Parameters, Func<StrategyParameters, IStrategy> Create)
{
    public IReadOnlyList<Market> Markets { get; init; } = [Market.Futures, Market.Spot];

    /// <summary>Tier name (e.g. "low", "high") → parameter values applied before the user's own.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Tiers { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();

    /// <summary>Returns an error message for impossible combinations, or null.</summary>
    public Func<StrategyParameters, string?> Validate { get; init; } = _ => null;

    /// <summary>Returns an error message for a combination the given market cannot run (e.g. a short DCA on spot), or null.</summary>
    public Func<StrategyParameters, Market, string?> ValidateMarket { get; init; } = (_, _) => null;
}
