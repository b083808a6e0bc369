using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests;

/// <summary>A strategy whose decisions the test writes: each callback runs the test's code on the context.</summary>
internal sealed class ScriptedStrategy : IStrategy
{
    public Action<Candle, StrategyContext>? Candle { get; set; }
    public List<Fill> Fills { get; } = [];
    public StrategyContext? LastContext { get; private set; }

    public void OnCandle(in Candle candle, StrategyContext context)
    {
        LastContext = context;
        Candle?.Invoke(candle, context);
    }

    public void OnFill(Fill fill, StrategyContext context) => Fills.Add(fill);

    public StrategyDefinition Definition() => new("scripted", "test strategy", [], _ => this);
}
