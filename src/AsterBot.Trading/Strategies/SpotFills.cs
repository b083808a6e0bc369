using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Strategies;

/// <summary>What a fill actually put in the inventory.</summary>
internal static class SpotFills
{
    /// <summary>
    /// Spot buys pay their fee in the received (base) asset, so the base that arrived is the quantity less the fee;
    /// a fee in the quote or a third asset leaves the quantity whole, and futures fees are always in the margin asset.
    /// </summary>
    public static decimal Received(Fill fill, StrategyContext context) =>
        context.Market == Market.Spot && fill.Side == OrderSide.Buy && IsBaseAsset(fill.FeeAsset, context.Symbol)
            ? fill.Quantity - fill.Fee
            : fill.Quantity;

    private static bool IsBaseAsset(string asset, string symbol) =>
        asset.Length > 0 && asset.Length < symbol.Length && symbol.StartsWith(asset, StringComparison.OrdinalIgnoreCase);
}
