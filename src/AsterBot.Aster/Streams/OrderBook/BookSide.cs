using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.OrderBook;

/// <summary>
/// One side of a book as a sorted array. Levels are found by an integer key (the price scaled to the
/// finest number of decimals seen, negated for asks) so the binary search compares integers rather than decimals;
/// the decimal price is kept as received for output. The best level is kept at the END (keys ascending on both
/// sides): most updates touch the top of the book, so inserts and deletes there shift almost nothing.
/// </summary>
internal sealed class BookSide(bool bids)
{
    /// <summary>How many levels <see cref="Find"/> walks before it falls back to a binary search.</summary>
    private const int NearTopWalk = 8;

    private Level[] _levels = new Level[256];
    private int _count;
    private int _scale;

    public PriceLevel? Best => _count == 0 ? null : _levels[_count - 1].AsPriceLevel;

    public void Clear()
    {
        _count = 0;
        _scale = 0;
    }

    /// <summary>Sets the absolute quantity at a price; 0 removes the level.</summary>
    /// <exception cref="OverflowException">The price needs more than 38 significant digits at the book's scale.</exception>
    public void Set(decimal price, decimal quantity)
    {
        var key = KeyOf(price);
        var index = Find(key);
        if (index >= 0)
        {
            if (quantity == 0)
            {
                _levels.AsSpan(index + 1, _count - index - 1).CopyTo(_levels.AsSpan(index));
                _count--;
            }
            else
            {
                _levels[index].Quantity = quantity;
            }
            return;
        }
        if (quantity == 0) return;
        index = ~index;
        if (_count == _levels.Length) Array.Resize(ref _levels, _count * 2);
        _levels.AsSpan(index, _count - index).CopyTo(_levels.AsSpan(index + 1));
        _levels[index] = new Level(key, price, quantity);
        _count++;
    }

    /// <summary>The best <paramref name="depth"/> levels, best first.</summary>
    public PriceLevel[] Top(int depth)
    {
        var take = Math.Min(depth, _count);
        var levels = new PriceLevel[take];
        for (var i = 0; i < take; i++) levels[i] = _levels[_count - 1 - i].AsPriceLevel;
        return levels;
    }

    /// <summary>Index of the key, or the bitwise complement of where it would go.</summary>
    private int Find(Int128 key)
    {
        int lo = 0, hi = _count - 1;
        if (hi < 0) return ~0;
        var best = _levels[hi].Key;
        if (key > best) return ~_count;
        // Keys are distinct integers, so a key d units below the best cannot sit more than d places below it.
        // Near the top a live book has a level on (almost) every tick, so the key is found at that bound or a
        // few places above: a short forward walk beats a full binary search. (The unsigned difference is
        // exact: best >= key, and two Int128s never differ by 2^128 or more.)
        var belowBest = (UInt128)(best - key);
        if (belowBest <= (uint)hi) lo = hi - (int)belowBest;
        for (var walkEnd = Math.Min(lo + NearTopWalk, hi); lo <= walkEnd; lo++)
        {
            var probe = _levels[lo].Key;
            if (probe == key) return lo;
            if (probe > key) return ~lo;
        }
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var probe = _levels[mid].Key;
            if (probe == key) return mid;
            if (probe < key) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }

    private Int128 KeyOf(decimal price)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(price, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (scale > _scale) Rescale(scale);
        var key = (Int128)(uint)bits[0] | (Int128)(uint)bits[1] << 32 | (Int128)(uint)bits[2] << 64;
        if (scale != _scale) key = checked(key * PowerOfTen(_scale - scale)); // the usual case needs no multiply
        var negative = bits[3] < 0;
        return negative == bids ? -key : key;
    }

    /// <summary>A price finer than any before: scale every stored key up so keys stay comparable.</summary>
    private void Rescale(int scale)
    {
        var factor = PowerOfTen(scale - _scale);
        for (var i = 0; i < _count; i++) _levels[i].Key = checked(_levels[i].Key * factor);
        _scale = scale;
    }

    private static Int128 PowerOfTen(int exponent)
    {
        Int128 result = 1;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }

    /// <summary>One level; a single array of these keeps an insert or delete to one block move.</summary>
    private struct Level(Int128 key, decimal price, decimal quantity)
    {
        public Int128 Key = key;
        public readonly decimal Price = price;
        public decimal Quantity = quantity;

        public readonly PriceLevel AsPriceLevel => new(Price, Quantity);
    }
}
