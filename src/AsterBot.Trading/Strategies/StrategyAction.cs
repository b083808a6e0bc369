using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// What a strategy asked for during one callback. <c>Key</c>/<c>Tag</c> feed the deterministic client order id
/// (with the pair's identity), so re-running the same decision after a crash finds the order already placed.
/// </summary>
public abstract record StrategyAction(string Reason);

/// <summary>
/// Hold <paramref name="Target"/>: flip logic closes the opposite side reduce-only first, then opens with
/// size = equity × <paramref name="Risk"/> × <paramref name="Leverage"/> ÷ price; a repeated same-side target adds nothing.
/// <paramref name="Key"/> is unique per decision (signal id, or the candle's open time).
/// </summary>
public sealed record SetTarget(PositionTarget Target, decimal Risk, int Leverage, string Key, string Reason) : StrategyAction(Reason);

/// <summary>
/// A resting or triggered order the strategy manages itself (grids, DCA, exit stops). <paramref name="Tag"/> must be
/// unique for the pair's lifetime (include a level and a generation or a time).
/// </summary>
public sealed record PlaceOrder(string Tag, OrderSide Side, OrderType Type, decimal Quantity, string Reason) : StrategyAction(Reason)
{
    public decimal? Price { get; init; }
    public decimal? StopPrice { get; init; }
    public bool ReduceOnly { get; init; }
    /// <summary>LIMIT orders only: post-only (GTX) instead of GTC.</summary>
    public bool PostOnly { get; init; }
}

public sealed record CancelOrder(string Tag, string Reason) : StrategyAction(Reason);
