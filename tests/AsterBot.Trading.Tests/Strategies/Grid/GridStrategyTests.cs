using AsterBot.Aster.Models;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Strategies.Grid;

public sealed class GridStrategyTests
{
    private static StrategyHarness SpotGrid(params (string, string)[] extra) =>
        new("grid", Market.Spot, [("levels", "3"), ("step", "0.01"), ("size", "100"), .. extra]);

    [Fact]
    public void The_first_close_builds_a_buy_ladder_below_the_price_sized_by_quote_and_rounded_to_the_filters()
    {
        var placed = SpotGrid().Candle(100).Placed();

        Assert.Equal([99m, 98m, 97m], placed.Select(p => p.Price!.Value));
        Assert.Equal([1.010m, 1.020m, 1.030m], placed.Select(p => p.Quantity)); // 100/99, 100/98, 100/97 rounded down to 0.001
        Assert.All(placed, p => Assert.Equal((OrderSide.Buy, OrderType.Limit, false), (p.Side, p.Type, p.ReduceOnly)));
        Assert.Equal(3, placed.Select(p => p.Tag).Distinct().Count());
    }

    [Fact]
    public void A_filled_buy_gets_its_sell_one_step_above_and_a_filled_sell_re_places_the_buy()
    {
        var grid = SpotGrid();
        var buy = grid.Candle(100).Placed()[0];

        // 1.010 bought, 0.00101 BTC fee: 1.00899 arrived, 1.008 can be sold on the 0.001 step.
        var sell = Assert.Single(grid.Fill(buy.Tag, fee: 0.00101m, feeAsset: "BTC").Placed());
        Assert.Equal((OrderSide.Sell, 100m, 1.008m), (sell.Side, sell.Price!.Value, sell.Quantity));

        var again = Assert.Single(grid.Fill(sell.Tag).Placed());
        Assert.Equal((OrderSide.Buy, 99m, 1.010m), (again.Side, again.Price!.Value, again.Quantity));
        Assert.NotEqual(buy.Tag, again.Tag);
    }

    [Fact]
    public void A_partly_filled_buy_waits_for_the_rest_before_selling()
    {
        var grid = SpotGrid();
        var buy = grid.Candle(100).Placed()[0];

        Assert.Empty(grid.Fill(buy.Tag, quantity: 0.5m));
        Assert.Equal(1.010m, Assert.Single(grid.Fill(buy.Tag, quantity: 0.51m).Placed()).Quantity);
    }

    [Fact]
    public void Spot_never_sells_more_base_than_the_pair_holds()
    {
        var grid = SpotGrid();
        var ladder = grid.Candle(100).Placed();
        var firstSell = Assert.Single(grid.Fill(ladder[0].Tag).Placed());
        grid.SetPosition(0.3m, 0); // most of the base left the account outside the grid

        var secondSell = Assert.Single(grid.Fill(ladder[1].Tag).Placed());

        // Held 0.3 + 1.020 = 1.32, of which 1.010 is already offered: only 0.31 is free to sell.
        Assert.Equal(0.310m, secondSell.Quantity);
        Assert.True(firstSell.Quantity + secondSell.Quantity <= grid.Context.Position.Quantity);
    }

    [Fact]
    public void Leaving_the_range_upwards_cancels_the_unfilled_buys_and_rebuilds_around_the_close_keeping_the_sells()
    {
        var grid = SpotGrid();
        var ladder = grid.Candle(100).Placed();
        var sell = Assert.Single(grid.Fill(ladder[0].Tag).Placed());

        Assert.Empty(grid.Candle(103)); // 3 steps above the centre: still inside
        var actions = grid.Candle(103.5m);

        Assert.Equal([ladder[2].Tag, ladder[1].Tag], actions.Cancelled().Select(c => c.Tag));
        Assert.DoesNotContain(actions.Cancelled(), c => c.Tag == sell.Tag);
        Assert.Equal([102.46m, 101.43m, 100.39m], actions.Placed().Select(p => p.Price!.Value)); // step 1.035, buys rounded down
    }

    [Fact]
    public void Follow_mode_does_not_re_centre_downwards_but_both_does()
    {
        var follow = SpotGrid(("recenter", "follow"));
        follow.Candle(100);
        Assert.Empty(follow.Candle(95));

        var both = SpotGrid();
        both.Candle(100);
        var actions = both.Candle(95);
        Assert.Equal(3, actions.Cancelled().Count);
        Assert.Equal(94.05m, actions.Placed()[0].Price); // 95 − 0.95
    }

    [Fact]
    public void Atr_step_waits_for_the_atr_and_spaces_the_levels_by_k_times_atr()
    {
        var grid = SpotGrid(("atr-step", "2"), ("atr-period", "3"));

        Assert.Empty(grid.Candle(100, 100.5m, 99.5m, 100));
        Assert.Empty(grid.Candle(100, 100.5m, 99.5m, 100));
        var placed = grid.Candle(100, 100.5m, 99.5m, 100).Placed(); // ATR(3) = 1: step 2

        Assert.Equal([98m, 96m, 94m], placed.Select(p => p.Price!.Value));
    }

    [Fact]
    public void A_refused_buy_is_not_retried_until_the_ladder_is_rebuilt()
    {
        var grid = SpotGrid();
        var ladder = grid.Candle(100).Placed();
        grid.Drop(ladder[0].Tag);

        Assert.Empty(grid.Candle(100));
        Assert.Empty(grid.Candle(100));
        var rebuilt = grid.Candle(104);
        Assert.Equal([ladder[1].Tag, ladder[2].Tag], rebuilt.Cancelled().Select(c => c.Tag).Order());
        Assert.Equal(3, rebuilt.Placed().Count);
    }

    [Fact]
    public void A_stop_loss_that_closes_the_position_stops_the_grid_and_cancels_its_ladder()
    {
        var grid = new StrategyHarness("futures-grid", Market.Futures, ("levels", "3"), ("step", "0.01"), ("size", "100"), ("sl", "0.05"));
        var ladder = grid.Candle(100).Placed();
        var atFill = grid.Fill(ladder[0].Tag).Placed();
        var sell = Assert.Single(atFill, p => p.Type == OrderType.Limit);
        Assert.True(sell.ReduceOnly);
        var stop = Assert.Single(atFill, p => p.Type == OrderType.StopMarket); // with the fill that opened the position
        Assert.Empty(grid.Candle(99.5m).Placed());
        Assert.Equal((OrderType.StopMarket, 94.05m, 1.010m, true), (stop.Type, stop.StopPrice!.Value, stop.Quantity, stop.ReduceOnly));

        var afterExit = grid.Fill(stop.Tag);

        Assert.Equal(new[] { sell.Tag, ladder[1].Tag, ladder[2].Tag }.Order(), afterExit.Cancelled().Select(c => c.Tag).Order());
        Assert.Empty(grid.Candle(90).Placed());
        Assert.Empty(grid.Candle(100).Placed());
    }

    [Fact]
    public void On_spot_the_exit_stop_covers_only_base_the_grid_has_not_already_offered()
    {
        var grid = SpotGrid(("sl", "0.05"));
        var ladder = grid.Candle(100).Placed();
        grid.Fill(ladder[0].Tag);
        Assert.Empty(grid.Candle(99.5m)); // all 1.010 bought is offered by the grid's sell: a stop could not lock it

        grid.SetPosition(1.5m, 0); // more base arrived
        var stop = Assert.Single(grid.Candle(99.5m).Placed());
        Assert.Equal((OrderType.StopMarket, 94.05m, 0.490m), (stop.Type, stop.StopPrice!.Value, stop.Quantity));
    }

    [Fact]
    public void After_a_restart_the_first_ladder_cancels_the_earlier_runs_buys_and_keeps_its_sells()
    {
        var grid = SpotGrid();
        grid.Leftover("old-buy", OrderSide.Buy, OrderType.Limit, 1m, 99m);
        grid.Leftover("old-sell", OrderSide.Sell, OrderType.Limit, 1m, 101m);

        var actions = grid.Candle(100);

        Assert.Equal("old-buy", Assert.Single(actions.Cancelled()).Tag);
        Assert.Equal(3, actions.Placed().Count);
    }
}
