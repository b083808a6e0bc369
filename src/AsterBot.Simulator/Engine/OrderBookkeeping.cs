using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Engine;

/// <summary>Registering, delisting and looking up an account's orders: one rule set for spot and futures.</summary>
internal static class OrderBookkeeping
{
    /// <summary>Adds a new order to the engine index and to the owner's lists (it starts open).</summary>
    public static void Register<TOrder>(EngineState state, IOrderOwner<TOrder> owner, TOrder order) where TOrder : AccountOrder
    {
        state.Orders.Add(order);
        if (state.Options.KeepHistory) owner.Orders.Add(order);
        if (order.ExplicitClientOrderId is { } id) owner.OpenByClientId[id] = order;
        order.OpenSlot = owner.OpenOrders.Count;
        owner.OpenOrders.Add(order);
    }

    /// <summary>
    /// Takes an open order off the owner's open lists (the last open order fills its slot); without history the
    /// engine forgets it too.
    /// </summary>
    public static void Delist<TOrder>(EngineState state, IOrderOwner<TOrder> owner, TOrder order) where TOrder : AccountOrder
    {
        if (!state.Options.KeepHistory) state.Orders.Forget(order.OrderId);
        if (order.ExplicitClientOrderId is { } id) owner.OpenByClientId.Remove(id);
        var open = owner.OpenOrders;
        var last = open[^1];
        open[order.OpenSlot] = last;
        last.OpenSlot = order.OpenSlot;
        open.RemoveAt(open.Count - 1);
        order.OpenSlot = -1;
    }

    /// <summary>Looks an order up by id or client id within the account and symbol; -1102/-1121/-2013.</summary>
    public static EngineError? Find<TOrder>(EngineState state, AsterMarket kind, IOrderOwner<TOrder> owner, string? symbol,
        OrderRef reference, out TOrder? order) where TOrder : AccountOrder
    {
        order = null;
        if (string.IsNullOrEmpty(symbol)) return AsterErrors.MandatoryParameter("symbol");
        if (reference.OrderId is null && string.IsNullOrEmpty(reference.ClientOrderId)) return AsterErrors.MandatoryParameter("orderId");
        var market = state.Market(kind, symbol);
        if (market is null) return AsterErrors.InvalidSymbol;
        if (reference.OrderId is { } id) order = state.Orders.Find<TOrder>(id);
        else
        {
            var clientId = reference.ClientOrderId!;
            // Open orders by explicit id first; a generated id names its order id; else the latest closed one.
            if (!owner.OpenByClientId.TryGetValue(clientId, out order))
            {
                if (ClientIds.ParseGenerated(clientId) is { } generated) order = state.Orders.Find<TOrder>(generated);
                else order = owner.Orders.FindLast(o => o.ExplicitClientOrderId == clientId);
            }
        }
        if (order is null || order.AccountId != owner.Id || order.Market != market) { order = null; return AsterErrors.OrderDoesNotExist; }
        return null;
    }

    /// <summary>The owner's open orders on one market (every market when null), oldest first.</summary>
    public static List<TOrder> OpenOrdersOn<TOrder>(IOrderOwner<TOrder> owner, MarketState? market) where TOrder : AccountOrder
    {
        var open = owner.OpenOrders.FindAll(o => market is null || o.Market == market);
        open.Sort(static (a, b) => a.OrderId.CompareTo(b.OrderId));
        return open;
    }

    /// <summary>allOrders: the owner's orders on the market with id ≥ fromOrderId, created within the window, oldest first.</summary>
    public static List<TOrder> History<TOrder>(IOrderOwner<TOrder> owner, MarketState market, long? fromOrderId, long? startTime,
        long? endTime) where TOrder : AccountOrder =>
        owner.Orders.FindAll(o => o.Market == market && o.OrderId >= (fromOrderId ?? 0)
            && o.Time >= (startTime ?? 0) && o.Time <= (endTime ?? long.MaxValue));
}
