using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Tests.MarketData;

public class CandleSeriesTests
{
    private const long Minute = 60_000;

    [Fact]
    public void Compact_series_returns_candles_equal_to_the_source()
    {
        var random = new Random(7);
        var source = new List<Candle>();
        var price = 42_000.5m;
        for (var i = 0; i < 5_000; i++)
        {
            var open = price;
            price = Math.Round(price * (1 + (decimal)(random.NextDouble() - 0.5) / 100), 1 + i % 4); // scales 1..4 interleaved
            var high = Math.Max(open, price) + 0.25m;
            var low = Math.Min(open, price) - 0.125m;
            source.Add(new Candle(i * Minute, open, high, low, price, Math.Round((decimal)random.NextDouble() * 1000, i % 7), i * Minute + Minute - 1));
        }

        var series = CandleSeries.FromCandles(source, Minute);

        Assert.Equal(source.Count, series.Count);
        Assert.Equal(Minute, series.IntervalMs);
        for (var i = 0; i < source.Count; i++) Assert.Equal(source[i], series[i]);
    }

    [Fact]
    public void A_finer_scale_arriving_inside_one_candle_rescales_the_values_already_stored()
    {
        // Open at scale 1 is stored before high arrives at scale 5: the open must be rescaled too.
        var candles = new[]
        {
            new Candle(0, 10.5m, 11m, 10m, 10.7m, 1m, Minute - 1),
            new Candle(Minute, 10.7m, 10.70001m, 10.2m, 10.3m, 2.5m, 2 * Minute - 1),
        };

        var series = CandleSeries.FromCandles(candles, Minute);

        Assert.Equal(candles[0], series[0]);
        Assert.Equal(candles[1], series[1]);
    }

    [Fact]
    public void Irregular_close_times_are_kept()
    {
        var candles = new[] { new Candle(0, 1m, 1m, 1m, 1m, 0m, Minute - 1), new Candle(Minute, 1m, 2m, 1m, 2m, 0m, Minute + 5) };

        var series = CandleSeries.FromCandles(candles, Minute);

        Assert.Equal(Minute - 1, series[0].CloseTime);
        Assert.Equal(Minute + 5, series[1].CloseTime);
    }

    [Fact]
    public void A_value_that_cannot_fit_at_the_common_scale_is_refused_clearly()
    {
        var candles = new[]
        {
            new Candle(0, 1m, 1m, 1m, 1m, 900_000_000_000m, Minute - 1),
            new Candle(Minute, 1m, 1m, 1m, 1m, 0.00000001m, 2 * Minute - 1),
        };

        var error = Assert.Throws<CandleDataException>(() => CandleSeries.FromCandles(candles, Minute));
        Assert.Contains("Volume", error.Message);
        Assert.Contains("round the data", error.Message);
    }

    [Fact]
    public void Unsorted_candles_are_refused_and_the_index_is_checked()
    {
        var candles = new[] { new Candle(Minute, 1m, 1m, 1m, 1m, 0m, 2 * Minute - 1), new Candle(0, 1m, 1m, 1m, 1m, 0m, Minute - 1) };
        Assert.Throws<ArgumentException>(() => CandleSeries.FromCandles(candles, Minute));

        var series = CandleSeries.FromCandles(candles[..1], Minute);
        Assert.Throws<ArgumentOutOfRangeException>(() => series[1]);
    }

    [Fact]
    public void A_year_of_minute_candles_stays_well_under_64_MB()
    {
        var builder = new CandleSeriesBuilder(Minute, 525_600);
        for (var i = 0; i < 525_600; i++)
            builder.Add(new Candle(i * Minute, 100.25m, 100.5m, 100m, 100.125m, 12.345m, i * Minute + Minute - 1));

        var series = builder.Build();

        Assert.Equal(525_600, series.Count);
        Assert.True(series.StorageBytes < 30L * 1024 * 1024, $"{series.StorageBytes} bytes");
    }
}
