using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;

namespace AsterBot.Trading.Execution;

/// <summary>
/// Order sizes from money: futures open equity × risk × leverage ÷ price; spot buys spend the free quote × risk.
/// Quantities are rounded DOWN to the step; a size under the minimum quantity or notional is refused with the figures.
/// </summary>
internal static class PositionSizer
{
    public static (decimal Quantity, string? Problem) Size(SymbolFilters filters, OrderSide side, decimal money, decimal risk, int leverage, decimal price)
    {
        if (price <= 0) return (0, "no market price yet");
        var raw = money * risk * leverage / price;
        var quantity = filters.RoundQuantity(raw, market: true);
        if (quantity <= 0)
            return (0, $"size {Basis(money, risk, leverage, price)} = {raw:0.##########} is below the minimum quantity {filters.MarketLot?.MinQty ?? filters.Lot?.MinQty}");
        if (filters.Check(new OrderCheck(side, OrderType.Market, quantity, null) { ReferencePrice = price }) is { } error)
            return (0, $"size {Basis(money, risk, leverage, price)} → {quantity}: {error.Message}");
        return (quantity, null);
    }

    /// <summary>The sizing formula with its figures, for refusals only: formatting decimals is costly on every accepted order.</summary>
    private static string Basis(decimal money, decimal risk, int leverage, decimal price) => leverage == 1
        ? $"{money:0.########} × risk {risk} ÷ price {price}"
        : $"{money:0.########} × risk {risk} × leverage {leverage} ÷ price {price}";
}
