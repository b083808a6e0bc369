using AsterBot.Aster.Models;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Strategies.Grid;

public sealed class FuturesGridTests
{
    private static StrategyHarness Grid(params (string, string)[] extra) =>
        new("futures-grid", Market.Futures, [("levels", "5"), ("step", "0.01"), ("size", "100"), .. extra]);

    [Fact]
    public void Short_mirrors_the_ladder_with_sells_above_and_reduce_only_buy_backs_below()
    {
        var grid = Grid(("direction", "short"), ("levels", "3"));
        var ladder = grid.Candle(100).Placed();
        Assert.Equal([101m, 102m, 103m], ladder.Select(p => p.Price!.Value));
        Assert.All(ladder, p => Assert.Equal((OrderSide.Sell, false), (p.Side, p.ReduceOnly)));

        var buyBack = Assert.Single(grid.Fill(ladder[0].Tag).Placed());
        Assert.Equal((OrderSide.Buy, 100m, ladder[0].Quantity, true), (buyBack.Side, buyBack.Price!.Value, buyBack.Quantity, buyBack.ReduceOnly));
        Assert.Equal(-ladder[0].Quantity, grid.Context.Position.Quantity);

        var reopened = Assert.Single(grid.Fill(buyBack.Tag).Placed());
        Assert.Equal((OrderSide.Sell, 101m), (reopened.Side, reopened.Price!.Value));
    }

    [Fact]
    public void No_opening_order_could_take_the_position_beyond_the_cap_and_waiting_levels_open_when_room_returns()
    {
        var grid = Grid(("max-position", "2.5"), ("max-position-equity", "0"));

        void AssertWithinCap()
        {
            var resting = grid.Context.OpenOrders.Values.Where(o => !o.ReduceOnly).Sum(o => o.Quantity - o.ExecutedQuantity);
            Assert.True(Math.Abs(grid.Context.Position.Quantity) + resting <= 2.5m, $"position {grid.Context.Position.Quantity} + resting {resting} > 2.5");
        }

        var ladder = grid.Candle(100).Placed();
        Assert.Equal([1.010m, 1.020m], ladder.Select(p => p.Quantity)); // a third (1.030) would allow 3.06
        AssertWithinCap();

        var sell = Assert.Single(grid.Fill(ladder[0].Tag).Placed());
        AssertWithinCap();
        Assert.Empty(grid.Candle(99).Placed()); // 1.010 held + 1.020 resting: no room for 1.030
        AssertWithinCap();

        grid.Fill(sell.Tag); // back to flat: level 1 re-opens
        AssertWithinCap();
        Assert.Empty(grid.Candle(99.5m).Placed()); // 1.020 + 1.010 resting: still no room for level 3
        AssertWithinCap();
    }

    [Fact]
    public void The_equity_cap_limits_position_notional_to_a_multiple_of_equity()
    {
        // Equity 10,000 × 0.025 = 250 notional = 2.5 BTC at 100.
        var grid = Grid(("max-position-equity", "0.025"));
        Assert.Equal(2, grid.Candle(100).Placed().Count);
    }

    [Fact]
    public void Auto_goes_long_above_the_trend_average_and_short_below_it()
    {
        var up = Grid(("direction", "auto"), ("trend", "3"), ("levels", "1"));
        Assert.Empty(up.Candle(100));
        Assert.Empty(up.Candle(101));
        Assert.Equal(OrderSide.Buy, Assert.Single(up.Candle(102).Placed()).Side);

        var down = Grid(("direction", "auto"), ("trend", "3"), ("levels", "1"));
        down.Candle(102);
        down.Candle(101);
        Assert.Equal(OrderSide.Sell, Assert.Single(down.Candle(100).Placed()).Side);
    }

    [Fact]
    public void Futures_grid_refuses_spot_and_a_missing_cap_with_what_to_do()
    {
        var spot = Assert.Throws<StrategyConfigException>(() =>
            StrategyCatalog.Resolve("futures-grid", Market.Spot, null, new Dictionary<string, string>()));
        Assert.Contains("supports: Futures", spot.Message);

        var uncapped = Assert.Throws<StrategyConfigException>(() => StrategyCatalog.Resolve("futures-grid", Market.Futures, null,
            new Dictionary<string, string> { ["max-position"] = "0", ["max-position-equity"] = "0" }));
        Assert.Contains("needs a position cap", uncapped.Message);

        var badDirection = Assert.Throws<StrategyConfigException>(() => StrategyCatalog.Resolve("futures-grid", Market.Futures, null,
            new Dictionary<string, string> { ["direction"] = "sideways" }));
        Assert.Contains("long, short, auto", badDirection.Message);
    }
}
