using AsterBot.Aster.Models;

namespace AsterBot.Aster.Streams.UserData;

/// <summary>
/// Remembers the latest state seen per order so an update that arrives after a newer one can be flagged.
/// "Newer" means a later transaction time, then more filled, then a later status (NEW → PARTIALLY_FILLED →
/// final). Bounded: the oldest orders are forgotten past <see cref="Capacity"/>.
/// </summary>
internal sealed class OrderUpdateSequencer
{
    public const int Capacity = 10_000;

    private readonly Dictionary<(string Symbol, long OrderId), Mark> _latest = [];
    private readonly Queue<(string Symbol, long OrderId)> _age = new();

    /// <summary>Records the update and returns true when a newer update of the same order was seen before.</summary>
    public bool IsSuperseded(string symbol, long orderId, long transactionTime, decimal filled, OrderStatus status)
    {
        var key = (symbol, orderId);
        var mark = new Mark(transactionTime, filled, Rank(status));
        if (_latest.TryGetValue(key, out var latest))
        {
            if (mark.CompareTo(latest) < 0) return true;
            _latest[key] = mark;
            return false;
        }
        if (_latest.Count == Capacity) _latest.Remove(_age.Dequeue());
        _latest[key] = mark;
        _age.Enqueue(key);
        return false;
    }

    private static int Rank(OrderStatus status) => status switch
    {
        OrderStatus.New or OrderStatus.NewInsurance or OrderStatus.NewAdl => 0,
        OrderStatus.PartiallyFilled => 1,
        _ => 2,
    };

    private readonly record struct Mark(long Time, decimal Filled, int StatusRank) : IComparable<Mark>
    {
        public int CompareTo(Mark other)
        {
            var byTime = Time.CompareTo(other.Time);
            if (byTime != 0) return byTime;
            var byFilled = Filled.CompareTo(other.Filled);
            return byFilled != 0 ? byFilled : StatusRank.CompareTo(other.StatusRank);
        }
    }
}
