using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Testing;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>Symbols from the real captures, the price process, candle replay, klines and tickers.</summary>
public sealed class MarketDataTests
{
    [Fact]
    public void Catalog_holds_the_captured_symbols_with_their_exact_filters()
    {
        var catalog = SymbolCatalog.LoadEmbedded();
        Assert.Equal(290, catalog.Futures.Count);
        Assert.Equal(46, catalog.Spot.Count);
        var aster = catalog.Find(AsterMarket.Futures, "ASTERUSDT")!;
        Assert.Equal(("0.00010", 5, "0.01", 2), (aster.TickSize.ToString(), aster.PriceScale, aster.StepSize.ToString(), aster.QuantityScale));
        Assert.Equal((200, 10, 5m, 1.05m, 0.95m), (aster.MaxNumOrders, aster.MaxNumAlgoOrders, aster.MinNotional, aster.MultiplierUp, aster.MultiplierDown));
        Assert.Equal((0.15m, 0.025m, 0.05m), (aster.TriggerProtect, aster.LiquidationFee, aster.MarketTakeBound));
        Assert.Contains("\"symbol\":\"ASTERUSDT\"", aster.ExchangeInfoJson.Replace(" ", ""));
        Assert.Contains(OrderType.TrailingStopMarket, aster.OrderTypes);
        var spot = catalog.Find(AsterMarket.Spot, "BTCUSDT")!;
        Assert.Equal((5m, 0.01m, 0.00001m, 2m), (spot.MinNotional, spot.TickSize, spot.StepSize, spot.MarketMaxQty));
        Assert.Contains("rateLimits", catalog.FuturesExchangeInfoJson);
    }

    [Fact]
    public void Only_trading_symbols_are_enabled_by_default()
    {
        var engine = new SimulatorEngine(new EngineOptions(), new ManualTimeProvider());
        var futures = engine.EnabledSymbols(AsterMarket.Futures);
        Assert.Equal(221, futures.Count); // 290 captured, 66 SETTLING and 3 PENDING_TRADING left out
        Assert.Equal(futures.OrderBy(s => s.Symbol, StringComparer.Ordinal).Select(s => s.Symbol), futures.Select(s => s.Symbol));
        Assert.Equal(90_000m, engine.GetLastPrice(AsterMarket.Futures, "BTCUSDT").Value); // from Data/initial-prices.json
    }

    [Fact]
    public void Random_walk_moves_prices_with_the_clock_and_replays_from_the_seed()
    {
        decimal[] Walk(int seed)
        {
            var clock = new ManualTimeProvider(Start);
            var engine = new SimulatorEngine(new EngineOptions { Seed = seed, Symbols = ["BTCUSDT"], RandomWalk = true }, clock);
            var prices = new decimal[5];
            for (var i = 0; i < prices.Length; i++)
            {
                clock.Advance(TimeSpan.FromMinutes(1));
                prices[i] = engine.GetLastPrice(AsterMarket.Futures, "BTCUSDT").Value;
            }
            return prices;
        }
        var first = Walk(3);
        Assert.Equal(first, Walk(3));
        Assert.NotEqual(first, Walk(4));
        Assert.True(first.Distinct().Count() > 1);
        Assert.All(first, p => Assert.InRange(p, 80_000m, 100_000m)); // 0.5%/√h: a few minutes stay close to 90,000
    }

    [Fact]
    public void Candle_replay_visits_open_extremes_and_close_and_fills_what_it_crosses()
    {
        var f = new EngineFixture();
        var a = f.NewAccount(100_000m);
        var buy = f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 99_000m));
        var sell = f.Place(a, Limit("BTCUSDT", OrderSide.Sell, 0.1m, 101_000m));
        Assert.True(f.Engine.ApplyCandle(AsterMarket.Futures, "BTCUSDT", 100_000m, 101_500m, 98_500m, 100_200m).IsSuccess);
        Assert.Equal(100_200m, f.Engine.GetLastPrice(AsterMarket.Futures, "BTCUSDT").Value);
        Assert.Equal(OrderStatus.Filled, f.Engine.GetFuturesOrder(a, "BTCUSDT", Simulator.Engine.Requests.OrderRef.ById(buy.OrderId)).Value.Status);
        Assert.Equal(OrderStatus.Filled, f.Engine.GetFuturesOrder(a, "BTCUSDT", Simulator.Engine.Requests.OrderRef.ById(sell.OrderId)).Value.Status);
        var candle = Assert.Single(f.Engine.GetKlines(AsterMarket.Futures, "BTCUSDT", TimeSpan.FromMinutes(1)).Value);
        Assert.Equal((100_000m, 101_500m, 98_500m, 100_200m), (candle.Open, candle.High, candle.Low, candle.Close));
        Assert.Equal((0.2m, 2), (candle.Volume, candle.TradeCount));
        Assert.Equal(-1000, f.Engine.ApplyCandle(AsterMarket.Futures, "BTCUSDT", 1m, 2m, 3m, 2m).Error!.Value.Code);
    }

    [Fact]
    public void Klines_aggregate_minutes_into_longer_intervals()
    {
        var f = new EngineFixture();
        for (var minute = 0; minute < 10; minute++)
        {
            f.Price("BTCUSDT", 100_000m + minute * 10);
            f.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var fives = f.Engine.GetKlines(AsterMarket.Futures, "BTCUSDT", TimeSpan.FromMinutes(5)).Value;
        Assert.Equal(2, fives.Count);
        Assert.Equal((100_000m, 100_040m, 100_040m), (fives[0].Open, fives[0].Close, fives[0].High));
        Assert.Equal(fives[0].OpenTime + 300_000, fives[1].OpenTime);
        Assert.Equal(fives[0].OpenTime + 299_999, fives[0].CloseTime);
        Assert.Single(f.Engine.GetKlines(AsterMarket.Futures, "BTCUSDT", TimeSpan.FromMinutes(1), limit: 1).Value);
        Assert.Equal(-1130, f.Engine.GetKlines(AsterMarket.Futures, "BTCUSDT", TimeSpan.FromSeconds(30)).Error!.Value.Code);
        var ticker = f.Engine.GetTicker24h(AsterMarket.Futures, "BTCUSDT").Value;
        Assert.Equal((100_000m, 100_090m, 90m), (ticker.OpenPrice, ticker.LastPrice, ticker.PriceChange));
    }

    [Fact]
    public void Snapshot_reports_markets_accounts_and_open_orders()
    {
        var f = new EngineFixture();
        var a = f.NewAccount(5_000m);
        f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.01m, 99_000m));
        var snapshot = f.Engine.Snapshot();
        var btc = snapshot.Markets.Single(m => m.Market == AsterMarket.Futures && m.Symbol == "BTCUSDT");
        Assert.Equal((99_999.9m, 100_000.1m, 1), (btc.BestBid, btc.BestAsk, btc.RestingOrders));
        var account = Assert.Single(snapshot.Accounts);
        Assert.Single(account.OpenFuturesOrders);
        Assert.Equal(5_000m, account.Futures.TotalWalletBalance);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), snapshot.NextFundingTime);
    }
}
