using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;
using AsterBot.Trading.Strategies;

namespace AsterBot.Run;

/// <summary>Builds a runtime pair from its settings: the strategy resolved with clear errors, a trader on the given exchange.</summary>
public static class PairFactory
{
    /// <exception cref="RunConfigException">Unknown strategy, tier or parameter, or an impossible combination; the message lists what is valid.</exception>
    public static RuntimePair Create(PairSettings pair, IExchange exchange, IOrderJournal journal, RiskGuards guards, ITradingEventSink events)
    {
        StrategyDefinition definition;
        StrategyParameters parameters;
        try
        {
            (definition, parameters) = StrategyCatalog.Resolve(pair.Strategy, pair.Market, pair.Tier, pair.Params);
        }
        catch (StrategyConfigException e)
        {
            throw new RunConfigException($"Pair {pair.Key} ({pair.Symbol}): {e.Message}");
        }
        PairTrader trader;
        try
        {
            var setup = new PairSetup(pair.Key, pair.Symbol, pair.Market, pair.Interval)
            {
                MarginType = pair.MarginType, StalenessLimit = pair.StalenessLimit, FillWait = pair.FillWait,
            };
            trader = new PairTrader(setup, definition, parameters, exchange, journal, guards, events);
        }
        catch (ArgumentException e)
        {
            throw new RunConfigException($"Pair {pair.Key} ({pair.Symbol}): {e.Message.Split(" (Parameter")[0]}");
        }
        return new RuntimePair(trader, exchange, definition.Name);
    }
}
