using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine;

/// <summary>When conditional orders fire (API.md §5.4); shared by futures and spot.</summary>
internal static class TriggerRules
{
    /// <summary>STOP*/TAKE_PROFIT*: has <paramref name="price"/> reached the stop price?</summary>
    public static bool StopReached(OrderType origType, OrderSide side, decimal stopPrice, decimal price)
    {
        var isStop = origType is OrderType.Stop or OrderType.StopMarket;
        // STOP: BUY when price ≥ stop, SELL when price ≤ stop. TAKE_PROFIT: the opposite.
        var buyFires = isStop ? price >= stopPrice : price <= stopPrice;
        var sellFires = isStop ? price <= stopPrice : price >= stopPrice;
        return side == OrderSide.Buy ? buyFires : sellFires;
    }

    /// <summary>Whether some price from <paramref name="low"/> to <paramref name="high"/> reaches the stop (each condition is a half-line).</summary>
    public static bool ReachedWithin(OrderType origType, OrderSide side, decimal stopPrice, decimal low, decimal high) =>
        StopReached(origType, side, stopPrice, low) || StopReached(origType, side, stopPrice, high);

    /// <summary>
    /// Trailing stop: activates when the price reaches the activation price, then tracks the extreme and fires on
    /// a retrace of callbackRate percent. Updates the order's extreme; true when it fires.
    /// </summary>
    public static bool TrailingFires(OrderSide side, decimal activation, decimal callbackPercent, decimal price,
        ref bool active, ref decimal extreme)
    {
        var rate = callbackPercent / 100m;
        if (side == OrderSide.Sell)
        {
            if (!active && price >= activation) { active = true; extreme = price; }
            if (!active) return false;
            if (price > extreme) extreme = price;
            return price <= extreme * (1 - rate);
        }
        if (!active && price <= activation) { active = true; extreme = price; }
        if (!active) return false;
        if (price < extreme) extreme = price;
        return price >= extreme * (1 + rate);
    }
}
