using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// A pair as the runtime drives it: its <see cref="PairTrader"/>, the exchange its candles come from, and the name of
/// its strategy (signals are only for <c>signal</c> pairs). The runtime owns the trader from <c>RunAsync</c> on:
/// only the slot's loop calls it.
/// </summary>
public sealed class RuntimePair(PairTrader trader, IExchange exchange, string strategyName)
{
    public PairTrader Trader { get; } = trader;

    public IExchange Exchange { get; } = exchange;

    public string StrategyName { get; } = strategyName;

    public string Label => Trader.Setup.Label;

    internal CandleFeed Feed { get; } = new(exchange, trader.Setup);

    internal bool Started { get; set; }

    /// <summary>Whether <paramref name="name"/> is this pair's key or label (case-insensitive).</summary>
    public bool IsNamed(string name) =>
        string.Equals(name, Trader.Setup.PairKey, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Label, StringComparison.OrdinalIgnoreCase);
}
