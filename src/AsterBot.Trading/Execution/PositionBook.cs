using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Execution;

/// <summary>
/// The pair's position as its fills build it (one-way mode: one signed quantity and an average entry), so the
/// engine knows its exposure between account reads. Spot: the base balance (buy fees in base reduce it).
/// </summary>
internal sealed class PositionBook(Market market)
{
    public decimal Quantity { get; private set; }
    public decimal EntryPrice { get; private set; }

    public void Apply(Fill fill, string baseAsset)
    {
        var signed = fill.Side == OrderSide.Buy ? fill.Quantity : -fill.Quantity;
        if (market == Market.Spot)
        {
            Quantity += signed - (fill.FeeAsset == baseAsset ? fill.Fee : 0);
            return;
        }
        var q = Quantity;
        if (q == 0 || Math.Sign(q) == Math.Sign(signed))
            EntryPrice = (EntryPrice * Math.Abs(q) + fill.Price * fill.Quantity) / (Math.Abs(q) + fill.Quantity);
        else if (fill.Quantity > Math.Abs(q))
            EntryPrice = fill.Price; // flipped through zero: the remainder opened at this price
        Quantity = q + signed;
        if (Quantity == 0) EntryPrice = 0;
    }

    /// <summary>Takes the exchange's figures (reconciliation, or an external change detected).</summary>
    public void Reset(decimal quantity, decimal entryPrice)
    {
        Quantity = quantity;
        EntryPrice = quantity == 0 ? 0 : entryPrice;
    }
}
