namespace AsterBot.Simulator.Engine.Markets;

/// <summary>
/// A seeded geometric random walk for one symbol. The draw is a double (a random number, not money); the
/// resulting price is decimal and rounded to the tick by the caller.
/// </summary>
internal sealed class PriceProcess(int seed, string symbol, decimal volatilityPerSqrtHour)
{
    private readonly Random _random = new(unchecked(seed * 31 + StableHash(symbol)));

    public decimal Step(decimal price, double seconds)
    {
        // Box-Muller: a standard normal from two uniforms.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        var move = (double)volatilityPerSqrtHour * Math.Sqrt(seconds / 3600.0) * z;
        return price * (decimal)Math.Exp(move);
    }

    /// <summary>FNV-1a: string.GetHashCode is randomized per process, which would break reproducibility.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}
