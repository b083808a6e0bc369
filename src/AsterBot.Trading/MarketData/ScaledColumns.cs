using System.Runtime.CompilerServices;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Decimal columns stored as <c>long</c> mantissas sharing one scale (value = mantissa / 10^scale): 8 bytes a value
/// instead of 16, and exact. The scale grows when a value with more decimals arrives (every stored mantissa is
/// multiplied up); a value that no longer fits a <c>long</c> at the common scale is refused with a clear error.
/// </summary>
internal sealed class ScaledColumns
{
    private const int MaxScale = 18;
    private static readonly long[] PowersOfTen = BuildPowers();
    private readonly string _what;
    private long[][] _columns;

    public ScaledColumns(string what, int columnCount, int capacity)
    {
        _what = what;
        _columns = new long[columnCount][];
        for (var c = 0; c < columnCount; c++) _columns[c] = new long[capacity];
    }

    public int Scale { get; private set; }

    public int Capacity => _columns[0].Length;

    public long[] Column(int column) => _columns[column];

    public void Resize(int capacity)
    {
        for (var c = 0; c < _columns.Length; c++) Array.Resize(ref _columns[c], capacity);
    }

    /// <summary>
    /// Stores <paramref name="value"/> in row <paramref name="row"/>; the first <paramref name="usedRows"/> rows (the row being
    /// written included: its other columns may already be set) are rescaled if needed.
    /// </summary>
    public void Set(int column, int row, decimal value, int usedRows)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var negative = bits[3] < 0;
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] == 0)
        {
            // Every realistic price and volume: a 64-bit mantissa, handled without 128-bit division.
            var small = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            while (scale > Scale && small % 10 == 0)
            {
                small /= 10;
                scale--;
            }
            Store(column, row, value, small, scale, negative, usedRows);
            return;
        }
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        // Trailing zeros beyond the common scale carry no information ("1.50" at scale 1 is 15).
        while (scale > Scale && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        if (mantissa > ulong.MaxValue) throw Overflow(value);
        Store(column, row, value, (ulong)mantissa, scale, negative, usedRows);
    }

    private void Store(int column, int row, decimal value, ulong mantissa, int scale, bool negative, int usedRows)
    {
        if (scale > Scale) Rescale(scale, usedRows);
        var multiplier = (ulong)PowersOfTen[Scale - scale];
        if (mantissa > (ulong)long.MaxValue / multiplier) throw Overflow(value);
        var scaled = (long)(mantissa * multiplier);
        _columns[column][row] = negative ? -scaled : scaled;
    }

    // Inlined: a backtest reads five values per candle through the series' indexer.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Get(int column, int row)
    {
        var mantissa = _columns[column][row];
        var negative = mantissa < 0;
        var magnitude = negative ? (ulong)-mantissa : (ulong)mantissa;
        return new decimal((int)magnitude, (int)(magnitude >> 32), 0, negative, (byte)Scale);
    }

    private void Rescale(int scale, int count)
    {
        if (scale > MaxScale)
            throw new CandleDataException($"{_what} values have more than {MaxScale} decimals; round them (e.g. to 8 decimals) and try again.");
        var factor = PowersOfTen[scale - Scale];
        var limit = long.MaxValue / factor;
        foreach (var column in _columns)
            for (var i = 0; i < count; i++)
                if (Math.Abs(column[i]) > limit)
                    throw Overflow(column[i] / (decimal)PowersOfTen[Scale]);
        foreach (var column in _columns)
            for (var i = 0; i < count; i++)
                column[i] *= factor;
        Scale = scale;
    }

    private CandleDataException Overflow(decimal value) => new(
        $"{_what} value {value} does not fit at {Scale} decimals alongside the other values (the compact store keeps about 18 significant digits); " +
        "round the data to fewer decimals and try again.");

    private static long[] BuildPowers()
    {
        var powers = new long[MaxScale + 1];
        powers[0] = 1;
        for (var i = 1; i <= MaxScale; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }
}
