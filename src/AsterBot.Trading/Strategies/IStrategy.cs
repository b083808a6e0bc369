using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// A trading strategy: a decision function over closed candles, fills and signals. It reads state and records
/// actions on its <see cref="StrategyContext"/>; the pair's executor turns the actions into validated orders
/// afterwards (sizing, filters, risk guards, idempotent client ids). It never calls an exchange, so the same object
/// runs unchanged in backtest, paper and live.
/// </summary>
public interface IStrategy
{
    /// <summary>At the close of every candle of the pair's interval (warm-up candles included, see <see cref="StrategyContext.IsWarmUp"/>).</summary>
    void OnCandle(in Candle candle, StrategyContext context);

    /// <summary>When one of this pair's orders (partly) fills.</summary>
    void OnFill(Fill fill, StrategyContext context) { }

    /// <summary>When an external signal for this pair arrives.</summary>
    void OnSignal(TradeSignal signal, StrategyContext context) { }
}
