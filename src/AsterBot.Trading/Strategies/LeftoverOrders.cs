using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// Orders of this pair left open by an earlier run (a restart adopts them into the context under their tags, but a
/// new strategy instance knows nothing of them). Strategies cancel the ones they would otherwise duplicate.
/// </summary>
internal static class LeftoverOrders
{
    /// <summary>Cancels every open order of <paramref name="type"/> on <paramref name="side"/> (any side when null) that is not reduce-only unless <paramref name="reduceOnly"/> says so.</summary>
    public static void Cancel(StrategyContext context, OrderType type, OrderSide? side, bool? reduceOnly, string why)
    {
        List<string>? tags = null;
        foreach (var (tag, order) in context.OpenOrders)
            if (Matches(order, type, side, reduceOnly)) (tags ??= []).Add(tag);
        if (tags is null) return;
        foreach (var tag in tags) context.Cancel(tag, why);
    }

    private static bool Matches(OrderState order, OrderType type, OrderSide? side, bool? reduceOnly) =>
        order.Type == type && (side is null || order.Side == side) && (reduceOnly is null || order.ReduceOnly == reduceOnly);
}
