namespace AsterBot.Trading.Strategies.Exits;

/// <summary>Gives a strategy definition the common exit parameters and wraps its strategies in <see cref="ExitingStrategy"/>.</summary>
public static class ExitModule
{
    /// <param name="defaultTakeProfit">The strategy's default for <c>tp</c> (0 = off).</param>
    public static StrategyDefinition WithExits(this StrategyDefinition definition, decimal defaultTakeProfit = 0) => definition with
    {
        Parameters = [.. definition.Parameters, .. ExitRules.Specs(defaultTakeProfit)],
        // No exit configured: the bare strategy, so a plain backtest pays nothing per candle for the module.
        Create = parameters => ExitRules.From(parameters) is { IsEmpty: false } rules
            ? new ExitingStrategy(definition.Create(parameters), rules)
            : definition.Create(parameters),
    };
}
