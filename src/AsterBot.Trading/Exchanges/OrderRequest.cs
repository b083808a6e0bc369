using AsterBot.Aster.Models;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// An order as the trading core sends it, already rounded to the symbol's filters. <see cref="ClientOrderId"/> is
/// always set (deterministic, recorded before sending), so a lost answer can be looked up instead of resent.
/// Supported types: MARKET, LIMIT (GTC, or GTX = post-only), STOP_MARKET and TAKE_PROFIT_MARKET (trigger at
/// <see cref="StopPrice"/>, futures by mark price).
/// </summary>
public sealed record OrderRequest(string Symbol, OrderSide Side, OrderType Type, decimal Quantity, string ClientOrderId)
{
    public decimal? Price { get; init; }
    public decimal? StopPrice { get; init; }
    public bool ReduceOnly { get; init; }
    public TimeInForce? TimeInForce { get; init; }
}
