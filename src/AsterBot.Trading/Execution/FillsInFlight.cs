using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Execution;

/// <summary>
/// Executions the exchange has reported in an order's answer (executed quantity) whose fills have not reached the
/// pair yet. Live, a MARKET order's REST answer says FILLED a moment before the user-data stream delivers the fill;
/// an account read in that gap shows a position the fills have not built yet. Comparing then would call it an
/// outside change, take the exchange's figure, and count the late fill a second time. So the position check waits
/// until nothing is in flight — or until the fills are overdue, when the exchange's figure wins.
/// </summary>
internal sealed class FillsInFlight(long overdueMs)
{
    private readonly Dictionary<string, Entry> _orders = new(StringComparer.Ordinal);

    private sealed class Entry
    {
        public decimal Reported;
        public decimal Applied;
        public long Since;
        public int Sign = 1; // +1 buy, −1 sell
    }

    /// <summary>An order state from the exchange (an answer, a lookup or a stream update) for one of our orders.</summary>
    public void Reported(OrderState order, long now)
    {
        if (order.ExecutedQuantity == 0) return;
        var entry = Get(order.ClientOrderId, now);
        entry.Sign = order.Side == Aster.Models.OrderSide.Buy ? 1 : -1;
        if (order.ExecutedQuantity > entry.Reported) entry.Reported = order.ExecutedQuantity;
        Forget(order.ClientOrderId, entry);
    }

    /// <summary>A fill applied to the pair's position.</summary>
    public void Applied(Fill fill, long now)
    {
        var entry = Get(fill.ClientOrderId, now);
        entry.Applied += fill.Quantity;
        Forget(fill.ClientOrderId, entry);
    }

    /// <summary>True when some reported execution's fill has not arrived and is not yet overdue.</summary>
    public bool AnyPending(long now)
    {
        SignedPending(now, out var any);
        return any;
    }

    /// <summary>
    /// The position change the exchange reported but the fills have not brought yet (buys positive), so a decision
    /// taken in the gap sees the exposure that already exists. Overdue entries are dropped: lost on the way, the
    /// exchange's own figure decides at the next account read.
    /// </summary>
    public decimal SignedPending(long now) => SignedPending(now, out _);

    private decimal SignedPending(long now, out bool any)
    {
        any = false;
        var total = 0m;
        List<string>? overdue = null;
        foreach (var (id, entry) in _orders)
        {
            if (entry.Reported <= entry.Applied) continue;
            if (now - entry.Since > overdueMs) (overdue ??= []).Add(id);
            else
            {
                any = true;
                total += entry.Sign * (entry.Reported - entry.Applied);
            }
        }
        if (overdue is not null) foreach (var id in overdue) _orders.Remove(id);
        return total;
    }

    public void Clear() => _orders.Clear();

    private Entry Get(string id, long now)
    {
        if (!_orders.TryGetValue(id, out var entry)) _orders[id] = entry = new Entry { Since = now };
        return entry;
    }

    private void Forget(string id, Entry entry)
    {
        if (entry.Reported > 0 && entry.Applied >= entry.Reported) _orders.Remove(id);
    }
}
