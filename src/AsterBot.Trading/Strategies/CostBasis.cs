using AsterBot.Aster.Models;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// Average entry of a one-sided inventory built from fills: buys (longs) or sells (shorts) in the inventory's
/// direction add at their price, the other side reduces the quantity without moving the average. Used where the
/// exchange reports no entry price (spot) and for a DCA cycle's own average.
/// </summary>
internal sealed class CostBasis
{
    public decimal Quantity { get; private set; }
    public decimal AveragePrice { get; private set; }

    public void Apply(OrderSide side, decimal price, decimal quantity, OrderSide addingSide = OrderSide.Buy)
    {
        if (quantity <= 0) return;
        if (side == addingSide)
        {
            AveragePrice = (AveragePrice * Quantity + price * quantity) / (Quantity + quantity);
            Quantity += quantity;
            return;
        }
        Quantity = Math.Max(0, Quantity - quantity);
        if (Quantity == 0) AveragePrice = 0;
    }

    public void Reset() => (Quantity, AveragePrice) = (0, 0);
}
