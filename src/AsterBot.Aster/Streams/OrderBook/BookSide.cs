using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.OrderBook;

/// <summary>
/// One side of a book as parallel sorted arrays. The best level is kept at the END (bids ascending, asks
/// descending): most updates touch the top of the book, so inserts and deletes there shift almost nothing.
/// </summary>
internal sealed class BookSide(bool bids)
{
    private decimal[] _prices = new decimal[256];
    private decimal[] _quantities = new decimal[256];
    private int _count;

    public int Count => _count;

    public PriceLevel? Best => _count == 0 ? null : new PriceLevel(_prices[_count - 1], _quantities[_count - 1]);

    public void Clear() => _count = 0;

    /// <summary>Sets the absolute quantity at a price; 0 removes the level.</summary>
    public void Set(decimal price, decimal quantity)
    {
        var index = Find(price);
        if (index >= 0)
        {
            if (quantity == 0)
            {
                Array.Copy(_prices, index + 1, _prices, index, _count - index - 1);
                Array.Copy(_quantities, index + 1, _quantities, index, _count - index - 1);
                _count--;
            }
            else
            {
                _quantities[index] = quantity;
            }
            return;
        }
        if (quantity == 0) return;
        index = ~index;
        if (_count == _prices.Length)
        {
            Array.Resize(ref _prices, _count * 2);
            Array.Resize(ref _quantities, _count * 2);
        }
        Array.Copy(_prices, index, _prices, index + 1, _count - index);
        Array.Copy(_quantities, index, _quantities, index + 1, _count - index);
        _prices[index] = price;
        _quantities[index] = quantity;
        _count++;
    }

    /// <summary>The best <paramref name="depth"/> levels, best first.</summary>
    public PriceLevel[] Top(int depth)
    {
        var take = Math.Min(depth, _count);
        var levels = new PriceLevel[take];
        for (var i = 0; i < take; i++) levels[i] = new PriceLevel(_prices[_count - 1 - i], _quantities[_count - 1 - i]);
        return levels;
    }

    /// <summary>Index of the price, or the bitwise complement of where it would go.</summary>
    private int Find(decimal price)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var order = decimal.Compare(_prices[mid], price);
            if (!bids) order = -order;
            if (order == 0) return mid;
            if (order < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }
}
