using AsterBot.Trading.Strategies.Indicators;

namespace AsterBot.Trading.Tests.Strategies;

/// <summary>
/// The fixed-point EMA against the definition computed in 28-digit decimal: the same values to 16 significant digits,
/// at any price magnitude, through rescaling when prices grow, and comparisons that decide crosses exactly.
/// </summary>
public sealed class EmaPrecisionTests
{
    private static decimal Reference(int period, IEnumerable<decimal> inputs)
    {
        decimal? value = null;
        foreach (var x in inputs) value = value is { } v ? v + 2m / (period + 1) * (x - v) : x;
        return value!.Value;
    }

    private static decimal[] Walk(decimal start, int count, int seed)
    {
        var random = new Random(seed);
        var values = new decimal[count];
        var x = start;
        for (var i = 0; i < count; i++)
        {
            x *= 1 + (decimal)(random.NextDouble() - 0.5) / 100;
            values[i] = Math.Round(x, 12);
        }
        return values;
    }

    [Theory]
    [InlineData(100_000.1, 12)]
    [InlineData(100_000.1, 26)]
    [InlineData(0.00001234, 12)]
    [InlineData(3.5, 200)]
    public void Matches_the_decimal_definition_to_sixteen_significant_digits(double start, int period)
    {
        var inputs = Walk((decimal)start, 5_000, seed: period);
        var ema = new Ema(period);
        foreach (var x in inputs) ema.Update(x);
        var expected = Reference(period, inputs);
        Assert.True(Math.Abs(ema.Value - expected) <= Math.Abs(expected) * 1e-15m, $"EMA {ema.Value} vs the definition's {expected}");
    }

    [Fact]
    public void Prices_growing_a_thousandfold_coarsen_the_scale_without_losing_the_value()
    {
        var inputs = Walk(1.5m, 200, seed: 3).Concat(Walk(1_500_000m, 200, seed: 4)).ToArray();
        var ema = new Ema(10);
        foreach (var x in inputs) ema.Update(x);
        var expected = Reference(10, inputs);
        Assert.True(Math.Abs(ema.Value - expected) <= Math.Abs(expected) * 1e-15m, $"EMA {ema.Value} vs the definition's {expected}");
    }

    [Fact]
    public void Emas_of_the_same_inputs_compare_exactly_including_equality()
    {
        var fast = new Ema(3);
        var slow = new Ema(8);
        foreach (var x in new[] { 10m, 10m, 10m }) { fast.Update(x); slow.Update(x); }
        Assert.Equal(0, fast.CompareTo(slow)); // flat prices: equal, so the next move is a cross
        fast.Update(10.1m);
        slow.Update(10.1m);
        Assert.Equal(1, fast.CompareTo(slow));
        fast.Update(5_000_000m); // both coarsen to the same scale at the same input
        slow.Update(5_000_000m);
        Assert.Equal(1, fast.CompareTo(slow));
        Assert.Equal(1, fast.Value.CompareTo(slow.Value));
    }

    [Fact]
    public void A_value_of_ten_to_the_seventeen_is_refused_with_the_limit_named()
    {
        var ema = new Ema(3);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ema.Update(100_000_000_000_000_000m));
        Assert.Contains("below 10^17", error.Message);
    }
}
