using AsterBot.Aster.Models;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// Which way the pair's position points, ignoring dust: spot buys pay their fee in base, so selling "everything"
/// leaves a remainder below the step size (or, on spot, below the minimum notional) that no order can trade.
/// Treating that as a position would keep a finished cycle or exit alive for ever.
/// </summary>
internal static class Holdings
{
    /// <summary>+1 long, −1 short, 0 flat or dust.</summary>
    public static int Direction(StrategyContext context)
    {
        var quantity = context.Position.Quantity;
        if (quantity == 0) return 0;
        var tradable = context.Filters.RoundQuantity(Math.Abs(quantity), market: true);
        if (tradable == 0) return 0;
        if (context.Market == Market.Spot && context.Filters.Notional?.MinNotional is { } minimum && tradable * context.LastPrice < minimum) return 0;
        return Math.Sign(quantity);
    }

    public static bool IsFlat(StrategyContext context) => Direction(context) == 0;
}
