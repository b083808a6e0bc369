using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Strategies.Exits;

/// <summary>
/// Adds the exit rules to any strategy: the inner strategy decides first, then the exit manager keeps the
/// position's exits in step. Every fill also reaches the inner strategy, which sees an exit's fill as an order
/// it did not place (grid and DCA react to being closed out that way).
/// </summary>
public sealed class ExitingStrategy(IStrategy inner, ExitRules rules) : IStrategy
{
    private readonly ExitManager _exits = new(rules);

    public IStrategy Inner => inner;

    public void OnCandle(in Candle candle, StrategyContext context)
    {
        inner.OnCandle(candle, context);
        if (!context.IsWarmUp) _exits.OnCandle(candle, context);
    }

    public void OnFill(Fill fill, StrategyContext context)
    {
        _exits.OnFill(fill, context);
        inner.OnFill(fill, context);
    }

    public void OnSignal(TradeSignal signal, StrategyContext context) => inner.OnSignal(signal, context);
}
