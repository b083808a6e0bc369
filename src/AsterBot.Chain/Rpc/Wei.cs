using System.Numerics;

namespace AsterBot.Chain.Rpc;

/// <summary>Conversions between wei (the chain's integer unit) and BNB (18 decimals), without floating point.</summary>
public static class Wei
{
    public const int Decimals = 18;
    private static readonly BigInteger WeiPerBnb = BigInteger.Pow(10, Decimals);

    /// <summary>Exact BNB value of an amount of wei. Fails above decimal's range (~7.9e10 BNB, far above any supply).</summary>
    public static decimal ToBnb(BigInteger wei)
    {
        var whole = BigInteger.DivRem(BigInteger.Abs(wei), WeiPerBnb, out var fraction);
        var result = (decimal)whole + (decimal)(long)fraction / 1_000_000_000_000_000_000m;
        return wei.Sign < 0 ? -result : result;
    }

    /// <summary>Wei in an amount of BNB; an amount finer than 1 wei (more than 18 decimals) is refused, not rounded.</summary>
    public static BigInteger FromBnb(decimal bnb)
    {
        var scaled = bnb * 1_000_000_000_000_000_000m;
        if (scaled != decimal.Truncate(scaled))
            throw new ArgumentException($"{bnb} BNB has more than {Decimals} decimals; the smallest unit is 1 wei (0.000000000000000001 BNB).", nameof(bnb));
        return new BigInteger(scaled);
    }
}
