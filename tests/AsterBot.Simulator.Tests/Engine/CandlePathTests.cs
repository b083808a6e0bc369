using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// ApplyCandle skips the work of the points inside a candle's path when nothing can react to them. An engine
/// with a subscriber always walks every point; both must end in the same observable state.
/// </summary>
public sealed class CandlePathTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Skipping_the_inside_of_quiet_candles_ends_exactly_where_walking_every_point_does(bool withPositionAndStop)
    {
        var walked = new EngineFixture();
        var skipped = new EngineFixture();
        using var subscription = walked.Engine.Events.Subscribe(); // a listener makes every point count
        foreach (var f in new[] { walked, skipped })
        {
            var a = f.NewAccount(1_000_000m);
            if (!withPositionAndStop) continue;
            f.Place(a, EngineFixture.Market("BTCUSDT", OrderSide.Buy, 1m));
            f.Place(a, new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, StopPrice = 99_000m, ClosePosition = true });
        }

        // The last candle reaches the stop: from there on neither engine may skip anything.
        (decimal O, decimal H, decimal L, decimal C)[] candles =
        [
            (100_000m, 100_050.5m, 99_990m, 100_020m), (100_020m, 100_020m, 99_800m, 99_850.25m),
            (99_850m, 100_200m, 99_850m, 100_150m), (100_150m, 100_150m, 98_900m, 99_500m),
        ];
        foreach (var f in new[] { walked, skipped })
            foreach (var (o, h, l, c) in candles)
            {
                Assert.True(f.Engine.SetPrice(Market.Futures, "BTCUSDT", o).IsSuccess);
                f.Clock.Advance(TimeSpan.FromSeconds(59));
                Assert.True(f.Engine.ApplyCandle(Market.Futures, "BTCUSDT", o, h, l, c).IsSuccess);
                f.Clock.Advance(TimeSpan.FromSeconds(1));
            }

        Assert.Equal(Observe(walked), Observe(skipped));
        var klines = skipped.Engine.GetKlines(Market.Futures, "BTCUSDT", TimeSpan.FromMinutes(1)).Value;
        Assert.Equal((100_050.5m, 99_800m), (klines[^4].High, klines[^3].Low));
        if (withPositionAndStop) Assert.Equal(0m, skipped.Position(1, "BTCUSDT").PositionAmt); // the stop closed it
    }

    private static string Observe(EngineFixture f)
    {
        var e = f.Engine;
        var klines = e.GetKlines(Market.Futures, "BTCUSDT", TimeSpan.FromMinutes(1)).Value;
        var depth = e.GetDepth(Market.Futures, "BTCUSDT", 3).Value;
        var mark = e.GetMarkPrice("BTCUSDT").Value;
        var trades = e.GetFuturesTrades(1, "BTCUSDT").Value;
        return string.Join("\n", klines.Select(k => k.ToString()))
            + $"\n{depth.LastUpdateId} {string.Join(",", depth.Bids)} {string.Join(",", depth.Asks)}"
            + $"\n{mark.MarkPrice} {mark.IndexPrice} {e.GetLastPrice(Market.Futures, "BTCUSDT").Value}"
            + $"\n{string.Join("\n", trades.Select(t => $"{t.Price} {t.Qty} {t.RealizedPnl} {t.Commission} {t.Time}"))}"
            + $"\n{e.GetFuturesAccount(1).Value.TotalWalletBalance}";
    }
}
