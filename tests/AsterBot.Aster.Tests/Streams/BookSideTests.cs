using System.Globalization;
using AsterBot.Aster.Streams.OrderBook;

namespace AsterBot.Aster.Tests.Streams;

/// <summary>
/// A book side against a plain sorted-dictionary model on random updates: dense tops (the near-top walk's
/// case), sparse books (its fall-back to binary search), prices finer than any before (a rescale), deletes and
/// updates of levels that do not exist. Prices keep the text they were first received with.
/// </summary>
public class BookSideTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Random_updates_leave_the_same_levels_as_a_sorted_model(bool bids)
    {
        var random = new Random(bids ? 7 : 8);
        var side = new BookSide(bids);
        var model = new SortedDictionary<decimal, (decimal Price, decimal Quantity)>(
            bids ? Comparer<decimal>.Create((x, y) => y.CompareTo(x)) : Comparer<decimal>.Default);
        for (var step = 0; step < 20_000; step++)
        {
            var price = RandomPrice(random, step);
            var quantity = random.Next(4) == 0 ? 0m : random.Next(1, 10_000) / 1000m;
            side.Set(price, quantity);
            if (quantity == 0) model.Remove(price);
            else if (model.TryGetValue(price, out var level)) model[price] = (level.Price, quantity);
            else model[price] = (price, quantity);

            if (step % 97 == 0 || step > 19_900)
                Assert.Equal(model.Values.Select(l => $"{l.Price}/{l.Quantity}"), side.Top(int.MaxValue).Select(l => $"{l.Price}/{l.Quantity}"));
        }
        Assert.Equal(model.Values.Select(l => l.Price).FirstOrDefault(), side.Best?.Price ?? 0m);
    }

    [Fact]
    public void Keys_far_apart_at_both_ends_of_the_key_range_are_still_found()
    {
        var side = new BookSide(bids: true);
        side.Set(10_000_000_000_000_000_000_000_000_000m, 1m);
        side.Set(-10_000_000_000_000_000_000_000_000_000m, 2m);
        side.Set(0.0000000001m, 3m); // scale 10: the keys above become ±10^38, so their difference passes Int128.MaxValue
        side.Set(-10_000_000_000_000_000_000_000_000_000m, 5m);
        Assert.Equal(["10000000000000000000000000000/1", "0.0000000001/3", "-10000000000000000000000000000/5"],
            side.Top(10).Select(l => $"{l.Price}/{l.Quantity}"));
        side.Set(-10_000_000_000_000_000_000_000_000_000m, 0m);
        Assert.Equal(2, side.Top(10).Length);
    }

    /// <summary>Mostly ticks of 0.1 close to 100 (dense), sometimes far away (sparse), later some finer prices.</summary>
    private static decimal RandomPrice(Random random, int step)
    {
        var ticks = random.Next(3) == 0 ? random.Next(0, 5_000) : random.Next(950, 1_050);
        var price = ticks / 10m + 0.0m; // scale 1, as the exchange sends it
        if (step > 10_000 && random.Next(10) == 0) price = decimal.Parse(price.ToString("F1", CultureInfo.InvariantCulture) + random.Next(0, 10).ToString(CultureInfo.InvariantCulture) + "0", CultureInfo.InvariantCulture);
        return price;
    }
}
