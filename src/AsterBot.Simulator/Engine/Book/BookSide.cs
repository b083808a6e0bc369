namespace AsterBot.Simulator.Engine.Book;

/// <summary>
/// One side of a book: price levels kept sorted with the BEST price at the END of the list, so taking the best
/// level and removing an emptied one are O(1) and new levels near the top shift few entries.
/// Emptied level objects are pooled: steady-state trading allocates no levels.
/// </summary>
internal sealed class BookSide(bool isBid)
{
    private readonly List<PriceLevel> _levels = [];
    private readonly Stack<PriceLevel> _pool = new();

    public bool IsBid { get; } = isBid;

    public int LevelCount => _levels.Count;

    public PriceLevel? Best => _levels.Count == 0 ? null : _levels[^1];

    /// <summary>Level i counted from the best (0 = best).</summary>
    public PriceLevel LevelFromBest(int i) => _levels[_levels.Count - 1 - i];

    /// <summary>True when <paramref name="a"/> is a better price than <paramref name="b"/> for this side.</summary>
    public bool IsBetter(decimal a, decimal b) => IsBid ? a > b : a < b;

    public void Add(BookOrder order)
    {
        var index = Search(order.Price);
        PriceLevel level;
        if (index >= 0) level = _levels[index];
        else
        {
            level = _pool.Count > 0 ? _pool.Pop() : new PriceLevel();
            level.Price = order.Price;
            level.VisibleQuantity = 0;
            _levels.Insert(~index, level);
        }
        level.Append(order);
    }

    public void Remove(BookOrder order)
    {
        var level = order.Level!;
        level.Unlink(order);
        if (level.IsEmpty) RemoveLevel(level);
    }

    public void RemoveLevel(PriceLevel level)
    {
        if (_levels.Count > 0 && ReferenceEquals(_levels[^1], level)) _levels.RemoveAt(_levels.Count - 1);
        else _levels.RemoveAt(Search(level.Price));
        _pool.Push(level);
    }

    public PriceLevel? Find(decimal price)
    {
        var i = Search(price);
        return i >= 0 ? _levels[i] : null;
    }

    /// <summary>Binary search in "worst … best" order: bids ascending, asks descending.</summary>
    private int Search(decimal price)
    {
        int lo = 0, hi = _levels.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var p = _levels[mid].Price;
            if (p == price) return mid;
            var goRight = IsBid ? p < price : p > price;
            if (goRight) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }
}
