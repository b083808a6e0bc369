using AsterBot.Simulator.Engine.Book;

namespace AsterBot.Simulator.Engine;

/// <summary>
/// Every order of both markets by id. Ids are handed out consecutively from 1 and each order is added as soon
/// as it exists, so a list indexed by id − 1 replaces a hash table: no hashing, no per-entry overhead.
/// </summary>
internal sealed class OrderIndex
{
    private readonly List<BookOrder> _orders = [];

    public long NextId => _orders.Count + 1;

    public void Add(BookOrder order)
    {
        if (order.OrderId != _orders.Count + 1)
            throw new InvalidOperationException($"Order {order.OrderId} registered out of turn; expected {_orders.Count + 1}.");
        _orders.Add(order);
    }

    /// <summary>Drops a closed order (engines that keep no history): its id stays taken, lookups find nothing.</summary>
    public void Forget(long orderId) => _orders[(int)(orderId - 1)] = null!;

    /// <summary>The order with this id if it is a <typeparamref name="T"/> (a futures or a spot order).</summary>
    public T? Find<T>(long orderId) where T : BookOrder =>
        orderId >= 1 && orderId <= _orders.Count ? _orders[(int)(orderId - 1)] as T : null;
}
