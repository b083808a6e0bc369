using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Strategies.Signal;

/// <summary>
/// Follows external signals: long → hold a long, short → hold a short (spot: flat), close → flat. The executor's flip
/// logic closes the opposite side first and ignores a repeated same-side signal. The signal id is the decision key.
/// </summary>
public sealed class SignalStrategy(StrategyParameters parameters) : IStrategy
{
    private readonly decimal _risk = parameters[SignalDefinition.Risk];
    private readonly int _leverage = parameters.Integer(SignalDefinition.Leverage);

    public void OnCandle(in Candle candle, StrategyContext context) { }

    public void OnSignal(TradeSignal signal, StrategyContext context)
    {
        var target = signal.Action switch
        {
            SignalAction.Long => PositionTarget.Long,
            SignalAction.Short => context.Market == Market.Spot ? PositionTarget.Flat : PositionTarget.Short,
            _ => PositionTarget.Flat,
        };
        context.SetTarget(target, signal.Risk ?? _risk, _leverage, "s" + signal.Id, $"signal {signal.Id}: {signal.Action.ToString().ToLowerInvariant()}");
    }
}
