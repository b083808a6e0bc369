namespace AsterBot.Trading.Strategies.Indicators;

/// <summary>
/// An indicator's value as <see cref="Units"/> × 10^−<see cref="Decimals"/> in a long, for running arithmetic that
/// decimal makes slow. The scale is picked from the first value so that it keeps 16–17 significant digits (at most 28
/// decimals, decimal's own limit) and twice the difference of two values in range still fits a long. Inputs are decimals converted
/// exactly when their digits fit, else rounded half away from zero.
/// </summary>
internal readonly record struct FixedPoint(long Units, int Decimals)
{
    /// <summary>Largest magnitude in units: 10^17, so 2 × (a − b) of two values in range stays below 2^63.</summary>
    public const long Limit = 100_000_000_000_000_000;

    private const int MaxDecimals = 28;

    // 10^0 … 10^18: the factors a long holds. Conversions needing larger ones go through decimal arithmetic.
    private static readonly long[] Pow10 = BuildPowers();
    private static readonly decimal[] DecimalPow10 = BuildDecimalPowers();

    /// <summary>The value at the finest scale that holds it; throws for magnitudes of 10^17 and above.</summary>
    public static FixedPoint From(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= Limit)
            throw new ArgumentOutOfRangeException(nameof(value), value, "Indicator values must be below 10^17 in magnitude.");
        var decimals = MaxDecimals;
        while (decimals > 0 && magnitude >= Limit / DecimalPow10[decimals]) decimals--;
        TryUnits(value, decimals, out var units);
        return new FixedPoint(units, decimals);
    }

    /// <summary>
    /// <paramref name="value"/> in this scale's units. A value out of this scale's range first coarsens
    /// <paramref name="scaled"/> (dropping decimals, rounded) to the scale that holds it.
    /// </summary>
    public static long Align(ref FixedPoint scaled, decimal value)
    {
        if (TryUnits(value, scaled.Decimals, out var units)) return units;
        var coarser = From(value).Decimals;
        var drop = scaled.Decimals - coarser;
        scaled = new FixedPoint(drop < Pow10.Length ? RoundedDivide(scaled.Units, Pow10[drop]) : 0, coarser);
        TryUnits(value, coarser, out units);
        return units;
    }

    public FixedPoint WithUnits(long units) => this with { Units = units };

    public int CompareTo(FixedPoint other) =>
        Decimals == other.Decimals ? Units.CompareTo(other.Units) : ToDecimal().CompareTo(other.ToDecimal());

    public decimal ToDecimal()
    {
        var magnitude = (ulong)Math.Abs(Units);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, Units < 0, (byte)Decimals);
    }

    /// <summary>Round half away from zero of <paramref name="dividend"/> / <paramref name="divisor"/> (divisor above 0).</summary>
    public static long RoundedDivide(long dividend, long divisor)
    {
        var quotient = Math.DivRem(dividend, divisor, out var remainder);
        if (2 * Math.Abs(remainder) >= divisor) quotient += Math.Sign(dividend);
        return quotient;
    }

    /// <summary>The value in units of 10^−decimals when its magnitude stays within <see cref="Limit"/>.</summary>
    private static bool TryUnits(decimal value, int decimals, out long units)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        units = 0;
        // A mantissa beyond 64 bits or a factor beyond 10^18: rare, decimal arithmetic does it.
        if (bits[2] != 0 || Math.Abs(scale - decimals) >= Pow10.Length) return TryUnitsSlow(value, decimals, out units);
        var mantissa = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        ulong magnitude;
        if (scale <= decimals)
        {
            var factor = (ulong)Pow10[decimals - scale];
            if (mantissa > (ulong)Limit / factor) return false;
            magnitude = mantissa * factor;
        }
        else
        {
            var factor = (ulong)Pow10[scale - decimals];
            magnitude = mantissa / factor;
            if (2 * (mantissa % factor) >= factor) magnitude++;
            if (magnitude > (ulong)Limit) return false;
        }
        units = bits[3] < 0 ? -(long)magnitude : (long)magnitude;
        return true;
    }

    private static bool TryUnitsSlow(decimal value, int decimals, out long units)
    {
        units = 0;
        if (Math.Abs(value) > Limit / DecimalPow10[decimals]) return false;
        var scaled = Math.Round(value * DecimalPow10[decimals], MidpointRounding.AwayFromZero);
        if (Math.Abs(scaled) > Limit) return false;
        units = (long)scaled;
        return true;
    }

    private static long[] BuildPowers()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    private static decimal[] BuildDecimalPowers()
    {
        var powers = new decimal[MaxDecimals + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }
}
