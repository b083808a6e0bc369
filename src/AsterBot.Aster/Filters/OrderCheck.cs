using AsterBot.Aster.Models;

namespace AsterBot.Aster.Filters;

/// <summary>
/// What the filters need to know about an order. <see cref="ReferencePrice"/> is the mark price (futures) or the
/// index/average price (spot): MARKET notional and percent-price checks use it and are skipped when it is unknown.
/// </summary>
public sealed record OrderCheck(OrderSide Side, OrderType Type, decimal? Quantity, decimal? Price)
{
    public decimal? StopPrice { get; init; }
    public bool ReduceOnly { get; init; }
    public decimal? ReferencePrice { get; init; }
    /// <summary>Spot MARKET by quote amount: LOT_SIZE does not apply, the notional is this amount.</summary>
    public decimal? QuoteOrderQty { get; init; }
}
