using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// <see cref="LiquidityOptions.Backtest"/>: MARKET orders fill entirely at the price moved by the slippage
/// (BUY rounded up to the tick, SELL down), paying the taker fee; resting LIMIT orders fill as makers at their own
/// price when the price path touches them. BTCUSDT futures: tick 0.1, step 0.001, taker 0.04%, maker 0.02%.
/// </summary>
public sealed class BacktestLiquidityTests
{
    private const decimal Start = 10_000_000m;

    private static EngineFixture Fixture(decimal slippage) => new(EngineFixture.DefaultOptions with { Liquidity = LiquidityOptions.Backtest(slippage) });

    [Fact]
    public void Without_slippage_the_largest_market_order_fills_entirely_at_the_price_both_ways()
    {
        var f = Fixture(0m);
        var a = f.NewAccount(Start);
        // 120 BTC is BTCUSDT's MARKET_LOT_SIZE maxQty: the exchange's filter, not the liquidity, is the limit.
        var buy = f.Place(a, EngineFixture.Market("BTCUSDT", OrderSide.Buy, 120m));
        f.Price("BTCUSDT", 101_000m);
        var sell = f.Place(a, EngineFixture.Market("BTCUSDT", OrderSide.Sell, 120m));

        Assert.Equal((OrderStatus.Filled, 120m, 100_000m), (buy.Status, buy.ExecutedQty, buy.AvgPrice));
        Assert.Equal((OrderStatus.Filled, 120m, 101_000m), (sell.Status, sell.ExecutedQty, sell.AvgPrice));
        var trades = f.Engine.GetFuturesTrades(a, "BTCUSDT").Value;
        Assert.Equal([(100_000m, 120m, 4_800m, 0m, false), (101_000m, 120m, 4_848m, 120_000m, false)],
            trades.Select(t => (t.Price, t.Qty, t.Commission, t.RealizedPnl, t.Maker)));
        AssertWalletIsStartPlusIncome(f, a, Start - 4_800m + 120_000m - 4_848m);
    }

    [Fact]
    public void Slippage_moves_buys_up_and_sells_down_rounded_against_the_taker()
    {
        var f = Fixture(0.0005m);
        var a = f.NewAccount(Start);
        f.Price("BTCUSDT", 100_000.1m);
        // 100,000.1 × 1.0005 = 100,050.10005 → up to 100,050.2.
        var buy = f.Place(a, EngineFixture.Market("BTCUSDT", OrderSide.Buy, 2m));
        f.Price("BTCUSDT", 101_000.3m);
        // 101,000.3 × 0.9995 = 100,949.79985 → down to 100,949.7.
        var sell = f.Place(a, EngineFixture.Market("BTCUSDT", OrderSide.Sell, 2m));

        Assert.Equal(100_050.2m, buy.AvgPrice);
        Assert.Equal(100_949.7m, sell.AvgPrice);
        var trades = f.Engine.GetFuturesTrades(a, "BTCUSDT").Value;
        Assert.Equal([(80.04016m, 0m), (80.75976m, 1_799m)], trades.Select(t => (t.Commission, t.RealizedPnl)));
        AssertWalletIsStartPlusIncome(f, a, Start - 80.04016m + 1_799m - 80.75976m);
    }

    [Fact]
    public void The_market_price_sits_on_both_sides_of_the_depth_without_slippage()
    {
        var f = Fixture(0m);
        var depth = f.Engine.GetDepth(Market.Futures, "BTCUSDT", 5).Value;

        var bid = Assert.Single(depth.Bids);
        var ask = Assert.Single(depth.Asks);
        Assert.Equal((100_000m, 100_000m), (bid.Price, ask.Price));
        Assert.True(ask.Quantity * ask.Price >= 1_000_000_000m, $"a backtest's order sizes must never exhaust it; {ask.Quantity} offered");
    }

    [Fact]
    public void A_resting_buy_fills_as_maker_at_its_price_when_the_candle_low_touches_it()
    {
        var f = Fixture(0.001m);
        var a = f.NewAccount(Start);
        var order = f.Place(a, EngineFixture.Limit("BTCUSDT", OrderSide.Buy, 1m, 99_500m));

        Assert.True(f.Engine.ApplyCandle(Market.Futures, "BTCUSDT", 100_000m, 100_100m, 99_500.1m, 99_800m).IsSuccess);
        Assert.Equal(OrderStatus.New, Order(f, a, order.OrderId).Status);

        Assert.True(f.Engine.ApplyCandle(Market.Futures, "BTCUSDT", 99_800m, 99_900m, 99_500m, 99_700m).IsSuccess);
        var filled = Order(f, a, order.OrderId);
        Assert.Equal((OrderStatus.Filled, 99_500m), (filled.Status, filled.AvgPrice));
        var trade = Assert.Single(f.Engine.GetFuturesTrades(a, "BTCUSDT").Value);
        Assert.Equal((true, 99_500m, 19.9m), (trade.Maker, trade.Price, trade.Commission));
        Assert.Equal(1m, f.Position(a, "BTCUSDT").PositionAmt);
        AssertWalletIsStartPlusIncome(f, a, Start - 19.9m);
    }

    [Fact]
    public void A_resting_sell_fills_as_maker_when_the_candle_high_reaches_it()
    {
        var f = Fixture(0m);
        var a = f.NewAccount(Start);
        var order = f.Place(a, EngineFixture.Limit("BTCUSDT", OrderSide.Sell, 0.5m, 100_400m));

        Assert.True(f.Engine.ApplyCandle(Market.Futures, "BTCUSDT", 100_000m, 100_600m, 99_900m, 100_200m).IsSuccess);

        var filled = Order(f, a, order.OrderId);
        Assert.Equal((OrderStatus.Filled, 100_400m), (filled.Status, filled.AvgPrice));
        Assert.Equal(-0.5m, f.Position(a, "BTCUSDT").PositionAmt);
        AssertWalletIsStartPlusIncome(f, a, Start - 10.04m); // 100,400 × 0.5 × 0.02%
    }

    [Fact]
    public void A_spot_market_buy_fills_at_the_price_and_pays_the_taker_fee_in_the_base_asset()
    {
        var f = Fixture(0m);
        var a = f.NewAccount(spot: new Dictionary<string, decimal> { ["USDT"] = 1_000_000m });

        var order = f.Engine.PlaceSpotOrder(a, new() { Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.Market, Quantity = 2m }).Value;

        Assert.Equal((OrderStatus.Filled, 200_000m), (order.Status, order.CumQuote));
        var balances = f.Engine.GetSpotAccount(a).Value.Balances.ToDictionary(b => b.Asset, b => b.Free);
        Assert.Equal(800_000m, balances["USDT"]);
        Assert.Equal(2m - 2m * 0.0007m, balances["BTC"]);
    }

    [Fact]
    public void Slippage_beyond_the_market_take_bound_leaves_nothing_to_take()
    {
        var f = Fixture(0.03m); // BTCUSDT's marketTakeBound is 2%
        var a = f.NewAccount(Start);

        Assert.Equal(-4131, f.Reject(a, EngineFixture.Market("BTCUSDT", OrderSide.Buy, 1m)).Code);
    }

    [Theory]
    [InlineData(-0.0001)]
    [InlineData(1)]
    public void Slippage_outside_zero_to_one_is_refused_with_what_is_expected(double slippage)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LiquidityOptions.Backtest((decimal)slippage));

        Assert.Contains("fraction of the price", error.Message);
    }

    private static FuturesOrderView Order(EngineFixture f, long account, long orderId) =>
        f.Engine.GetFuturesOrder(account, "BTCUSDT", OrderRef.ById(orderId)).Value;

    private static void AssertWalletIsStartPlusIncome(EngineFixture f, long account, decimal expected)
    {
        var wallet = f.Account(account).TotalWalletBalance;
        var income = f.Engine.GetIncome(account, limit: 1000).Value.Sum(i => i.Income);
        Assert.Equal(expected, wallet);
        Assert.Equal(expected, Start + income);
    }
}
