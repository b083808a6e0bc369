using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Requests;

/// <summary>A spot order as typed values; null = not sent.</summary>
public sealed record SpotOrderRequest
{
    public string? Symbol { get; init; }
    public OrderSide? Side { get; init; }
    public OrderType? Type { get; init; }
    public TimeInForce? TimeInForce { get; init; }
    public decimal? Quantity { get; init; }
    /// <summary>MARKET only: spend (BUY) or receive (SELL) this much quote asset instead of a base quantity.</summary>
    public decimal? QuoteOrderQty { get; init; }
    public decimal? Price { get; init; }
    public decimal? StopPrice { get; init; }
    public string? NewClientOrderId { get; init; }
}
