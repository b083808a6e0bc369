using AsterBot.Aster.Models;
using AsterBot.Testing;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.MarketData;
using AsterBot.Trading.Runtime;

namespace AsterBot.Trading.Tests.Runtime;

/// <summary>The candle replayer moving a real engine through recorded candles on a manual clock.</summary>
public sealed class CandleReplayerTests
{
    private const long Minute = CandleData.Minute;

    [Fact]
    public async Task The_engine_walks_the_file_so_its_own_klines_equal_the_recorded_candles_and_the_end_is_reported()
    {
        var candles = CandleData.RandomWalk(12, seed: 5); // each open is the previous close, as in real klines
        using var rig = new ReplayRig(candles);
        await rig.StartReplay();
        for (var i = 0; i < candles.Count; i++)
        {
            await rig.PlayTo(candles[i].CloseTime);
            if (i + 1 < candles.Count) await rig.PlayTo(candles[i + 1].OpenTime);
        }
        await rig.Replaying.WaitAsync(TimeSpan.FromSeconds(20));

        var klines = rig.Engine.GetKlines(Market.Futures, ReplayRig.Symbol, TimeSpan.FromMinutes(1), limit: 100).Value;
        Assert.Equal(candles.Count, klines.Count);
        for (var i = 0; i < candles.Count; i++)
        {
            var (file, engine) = (candles[i], klines[i]);
            Assert.Equal((file.OpenTime, file.Open, file.High, file.Low, file.Close, file.CloseTime),
                (engine.OpenTime, engine.Open, engine.High, engine.Low, engine.Close, engine.CloseTime));
        }
        var end = Assert.Single(rig.Events);
        Assert.Equal((CandleReplayer.EventSource, TradingEventKind.Info), (end.Pair, end.Kind));
        Assert.Equal("replay finished at 2026-01-01 00:12:00Z: the recorded data ends there", end.Message);
        Assert.Equal(candles[^1].CloseTime, end.Time);
    }

    [Fact]
    public async Task Traders_get_the_recorded_candles_once_the_next_open_is_in_the_engine()
    {
        // The second candle opens 30 above the first close: the engine opens its own minute at the previous close.
        var candles = CandleData.FromOpenClose((100_000m, 100_010m), (100_040m, 100_020m), (100_020m, 100_000m));
        using var rig = new ReplayRig(candles);
        var (_, exchange) = rig.NewAccount();
        await rig.StartReplay();
        Assert.Empty(await Closed(exchange));

        await rig.PlayTo(candles[0].CloseTime);
        Assert.Empty(await Closed(exchange)); // its path is played, but the market has not moved on yet
        await rig.PlayTo(candles[1].OpenTime);
        Assert.Equal(100_040m, rig.Engine.GetLastPrice(Market.Futures, ReplayRig.Symbol).Value); // orders sent now fill at the recorded open
        Assert.Equal([candles[0]], await Closed(exchange));
        await rig.PlayTo(candles[1].CloseTime);
        await rig.PlayTo(candles[2].OpenTime);
        Assert.Equal([candles[0], candles[1]], await Closed(exchange));
        Assert.Equal(100_040m, (await exchange.GetCandlesAsync(ReplayRig.Symbol, KlineInterval.OneMinute, 1)).Data!.Single().Open);
        var engineKline = rig.Engine.GetKlines(Market.Futures, ReplayRig.Symbol, TimeSpan.FromMinutes(1), limit: 3).Value[1];
        Assert.Equal(100_010m, engineKline.Open); // why the recorded candles are handed out, not the engine's

        await rig.PlayTo(candles[2].CloseTime);
        await rig.Replaying.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal([candles[0], candles[1], candles[2]], await Closed(exchange)); // the data ended: the last one is final
    }

    [Fact]
    public async Task A_resting_stop_fills_inside_a_candle_on_its_recorded_path()
    {
        // The middle candle dips to 99,500 and closes back at 100,010: only its path crosses the stop at 99,800.
        var candles = CandleData.FromOpenClose((100_000m, 100_000m), (100_000m, 100_010m), (100_010m, 100_010m));
        var dip = candles[1] with { Low = 99_500m };
        candles = CandleSeries.FromCandles([candles[0], dip, candles[2]], Minute);
        using var rig = new ReplayRig(candles);
        var (engineExchange, exchange) = rig.NewAccount();
        await rig.StartReplay();
        var stop = await exchange.PlaceOrderAsync(new OrderRequest(ReplayRig.Symbol, OrderSide.Sell, OrderType.StopMarket, 0.01m, "stop-1") { StopPrice = 99_800m });
        Assert.True(stop.IsSuccess, stop.Error?.ToString());

        await rig.PlayTo(candles[0].CloseTime);
        await rig.PlayTo(candles[1].OpenTime);
        Assert.True((await exchange.FindOrderAsync(ReplayRig.Symbol, "stop-1")).Data!.IsOpen, "not triggered before the dip");
        await rig.PlayTo(candles[1].CloseTime);

        var order = (await exchange.FindOrderAsync(ReplayRig.Symbol, "stop-1")).Data!;
        Assert.Equal(OrderStatus.Filled, order.Status);
        // Triggered on the way down to the low; the market order then met the price there, as in a backtest.
        Assert.Equal(99_500m, order.AveragePrice);
        Assert.True(engineExchange.TryTakeUpdate(out _), "the fill reaches the account's updates");
        var position = (await exchange.GetAccountAsync()).Data!.Position(ReplayRig.Symbol);
        Assert.Equal(-0.01m, position?.Quantity);
    }

    [Fact]
    public async Task A_recorded_price_the_engine_refuses_stops_the_replay_saying_where()
    {
        var candles = CandleData.FromOpenClose((100_000m, 100_000m), (100_000m, 100_010m), (100_010m, 100_010m));
        candles = CandleSeries.FromCandles([candles[0], candles[1] with { High = 90_000_000m }, candles[2]], Minute);
        using var rig = new ReplayRig(candles);
        await rig.StartReplay();
        await rig.PlayTo(candles[0].CloseTime);
        await rig.PlayTo(candles[1].OpenTime);
        rig.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(candles[1].CloseTime));
        await rig.Replaying.WaitAsync(TimeSpan.FromSeconds(20));

        var refused = Assert.Single(rig.Events);
        Assert.Equal(TradingEventKind.Error, refused.Kind);
        Assert.StartsWith("replay stopped at 2026-01-01 00:01:59Z: the paper engine refused BTCUSDT's recorded price (A BTCUSDT price must be above 0 and at most its maxPrice",
            refused.Message, StringComparison.Ordinal);
        Assert.Equal(candles[1].OpenTime, rig.Replayer.PlayedUntil);
    }

    [Fact]
    public async Task Stopping_ends_the_replay_without_claiming_the_data_ended()
    {
        using var rig = new ReplayRig(CandleData.RandomWalk(5, seed: 2));
        using var stop = new CancellationTokenSource();
        var replaying = Task.Run(() => rig.Replayer.RunAsync(stop.Token));
        await Eventually.WaitUntilAsync(() => rig.Replayer.PlayedUntil == rig.Plan.Start, "the first open");
        await stop.CancelAsync();
        await replaying.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Empty(rig.Events);
    }

    [Fact]
    public void The_plan_plays_the_period_every_file_covers_from_the_latest_first_candle()
    {
        var btc = CandleData.RandomWalk(30, seed: 1);
        var eth = Shifted(CandleData.RandomWalk(20, seed: 2, start: 3_000m), minutes: 5); // 00:05 to 00:24
        var plan = ReplayPlan.Create([new ReplayedMarket(Market.Futures, "BTCUSDT", btc), new ReplayedMarket(Market.Spot, "ETHUSDT", eth)]);
        Assert.Equal(CandleData.Start + 5 * Minute, plan.Start);
        Assert.Equal(CandleData.Start + 25 * Minute, plan.End);
        Assert.Equal([(5, 24), (0, 19)], plan.Ranges);
        Assert.Equal(btc[5].Open, plan.OpeningPrices()["BTCUSDT"]);

        var later = ReplayPlan.Create([new ReplayedMarket(Market.Futures, "BTCUSDT", btc)], from: CandleData.Start + 10 * Minute);
        Assert.Equal((CandleData.Start + 10 * Minute, CandleData.Start + 30 * Minute), (later.Start, later.End));
    }

    [Fact]
    public void Files_without_a_common_period_or_a_start_after_the_data_are_refused_saying_what_they_cover()
    {
        var btc = CandleData.RandomWalk(10, seed: 1);
        var eth = Shifted(CandleData.RandomWalk(10, seed: 2, start: 3_000m), minutes: 20);
        var apart = Assert.Throws<ArgumentException>(() =>
            ReplayPlan.Create([new ReplayedMarket(Market.Futures, "BTCUSDT", btc), new ReplayedMarket(Market.Futures, "ETHUSDT", eth)]));
        Assert.Equal("The candle files do not cover a common period (BTCUSDT 2026-01-01 00:00:00Z to 2026-01-01 00:09:00Z; " +
            "ETHUSDT 2026-01-01 00:20:00Z to 2026-01-01 00:29:00Z); a replay needs data for every symbol at the same time.", apart.Message);

        var late = Assert.Throws<ArgumentException>(() =>
            ReplayPlan.Create([new ReplayedMarket(Market.Futures, "BTCUSDT", btc)], from: CandleData.Start + 60 * Minute));
        Assert.StartsWith("No candles to replay from 2026-01-01 01:00:00Z: the files cover BTCUSDT 2026-01-01 00:00:00Z to 2026-01-01 00:09:00Z.", late.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<Candle>> Closed(IExchange exchange)
    {
        var candles = await exchange.GetCandlesAsync(ReplayRig.Symbol, KlineInterval.OneMinute, 300);
        Assert.True(candles.IsSuccess);
        return candles.Data!;
    }

    private static CandleSeries Shifted(CandleSeries series, int minutes) =>
        CandleSeries.FromCandles(Enumerable.Range(0, series.Count)
            .Select(i => series[i] with { OpenTime = series[i].OpenTime + minutes * Minute, CloseTime = series[i].CloseTime + minutes * Minute })
            .ToList(), Minute);
}
