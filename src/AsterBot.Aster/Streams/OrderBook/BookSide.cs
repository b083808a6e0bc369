using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.OrderBook;

/// <summary>
/// One side of a book as parallel sorted arrays. Levels are found by an integer key (the price scaled to the
/// finest number of decimals seen, negated for asks) so the binary search compares integers rather than decimals;
/// the decimal price is kept as received for output. The best level is kept at the END (keys ascending on both
/// sides): most updates touch the top of the book, so inserts and deletes there shift almost nothing.
/// </summary>
internal sealed class BookSide(bool bids)
{
    private Int128[] _keys = new Int128[256];
    private decimal[] _prices = new decimal[256];
    private decimal[] _quantities = new decimal[256];
    private int _count;
    private int _scale;

    public PriceLevel? Best => _count == 0 ? null : new PriceLevel(_prices[_count - 1], _quantities[_count - 1]);

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
        var index = _keys.AsSpan(0, _count).BinarySearch(key);
        if (index >= 0)
        {
            if (quantity == 0)
            {
                RemoveAt(index);
            }
            else
            {
                _quantities[index] = quantity;
            }
            return;
        }
        if (quantity != 0) InsertAt(~index, key, price, quantity);
    }

    /// <summary>The best <paramref name="depth"/> levels, best first.</summary>
    public PriceLevel[] Top(int depth)
    {
        var take = Math.Min(depth, _count);
        var levels = new PriceLevel[take];
        for (var i = 0; i < take; i++) levels[i] = new PriceLevel(_prices[_count - 1 - i], _quantities[_count - 1 - i]);
        return levels;
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
        for (var i = 0; i < _count; i++) _keys[i] = checked(_keys[i] * factor);
        _scale = scale;
    }

    private static Int128 PowerOfTen(int exponent)
    {
        Int128 result = 1;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }

    private void RemoveAt(int index)
    {
        var tail = _count - index - 1;
        Array.Copy(_keys, index + 1, _keys, index, tail);
        Array.Copy(_prices, index + 1, _prices, index, tail);
        Array.Copy(_quantities, index + 1, _quantities, index, tail);
        _count--;
    }

    private void InsertAt(int index, Int128 key, decimal price, decimal quantity)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _prices, _count * 2);
            Array.Resize(ref _quantities, _count * 2);
        }
        var tail = _count - index;
        Array.Copy(_keys, index, _keys, index + 1, tail);
        Array.Copy(_prices, index, _prices, index + 1, tail);
        Array.Copy(_quantities, index, _quantities, index + 1, tail);
        _keys[index] = key;
        _prices[index] = price;
        _quantities[index] = quantity;
        _count++;
    }
}
