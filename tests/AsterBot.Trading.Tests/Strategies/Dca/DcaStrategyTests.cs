using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Strategies;
using AsterBot.Trading.Strategies.Dca;
using AsterBot.Trading.Strategies.Exits;

namespace AsterBot.Trading.Tests.Strategies.Dca;

public sealed class DcaStrategyTests
{
    private static StrategyHarness Dca(Market market = Market.Futures, params (string, string)[] extra) =>
        new("dca", market, [("order", "100"), ("multiplier", "2"), ("max-safety", "2"), ("step", "0.01"), .. extra]);

    [Fact]
    public void Averages_down_with_growing_safety_orders_beyond_the_average_and_moves_the_take_profit_with_it()
    {
        var dca = Dca();
        var first = Assert.Single(dca.Candle(100).Placed());
        Assert.Equal((OrderType.Market, OrderSide.Buy, 1.000m), (first.Type, first.Side, first.Quantity));

        var atEntry = dca.Fill(first.Tag, 100).Placed();
        var safety1 = Assert.Single(atEntry, p => p.Type == OrderType.Limit);
        Assert.Equal((OrderType.Limit, OrderSide.Buy, 99m, 2.020m), (safety1.Type, safety1.Side, safety1.Price!.Value, safety1.Quantity)); // 200/99

        var takeProfit = Assert.Single(atEntry, p => p.Type != OrderType.Limit); // with the entry's fill
        Assert.Equal((OrderType.TakeProfitMarket, 101m, 1.000m, true), (takeProfit.Type, takeProfit.StopPrice!.Value, takeProfit.Quantity, takeProfit.ReduceOnly));
        Assert.Empty(dca.Candle(100).Placed());

        // Average (100 × 1 + 99 × 2.02) / 3.02 = 99.33113: the next safety order rests 1% below it, 400 quote.
        var safety2 = Assert.Single(dca.Fill(safety1.Tag).Placed());
        Assert.Equal((98.33m, 4.067m), (safety2.Price!.Value, safety2.Quantity));

        var moved = dca.Candle(99.2m);
        Assert.Equal(takeProfit.Tag, Assert.Single(moved.Cancelled()).Tag);
        var newTakeProfit = Assert.Single(moved.Placed());
        Assert.Equal((100.33m, 3.020m), (newTakeProfit.StopPrice!.Value, newTakeProfit.Quantity)); // 99.33113 × 1.01, rounded up

        Assert.DoesNotContain(dca.Fill(safety2.Tag).Placed(), p => p.Type == OrderType.Limit); // max-safety reached
        Assert.Equal(2, Assert.IsType<DcaStrategy>(Assert.IsType<ExitingStrategy>(dca.Strategy).Inner).SafetyOrdersFilled);
    }

    [Fact]
    public void After_the_take_profit_the_cycle_ends_its_safety_order_is_cancelled_and_a_new_cycle_opens()
    {
        var dca = Dca(extra: ("max-safety", "1"));
        var first = dca.Candle(100).Placed()[0];
        var atEntry = dca.Fill(first.Tag, 100).Placed();
        var safety = Assert.Single(atEntry, p => p.Type == OrderType.Limit);
        var takeProfit = Assert.Single(atEntry, p => p.Type == OrderType.TakeProfitMarket);
        Assert.Empty(dca.Candle(100.5m).Placed());

        dca.Fill(takeProfit.Tag); // fires at 101 inside the candle
        Assert.Equal(0m, dca.Context.Position.Quantity);

        var restart = dca.Candle(101);
        Assert.Equal(safety.Tag, Assert.Single(restart.Cancelled()).Tag);
        var reopen = Assert.Single(restart.Placed());
        Assert.Equal((OrderType.Market, OrderSide.Buy, 0.990m), (reopen.Type, reopen.Side, reopen.Quantity)); // 100/101
    }

    [Fact]
    public void Short_direction_sells_first_averages_up_and_takes_profit_below()
    {
        var dca = Dca(extra: ("direction", "short"));
        var first = Assert.Single(dca.Candle(100).Placed());
        Assert.Equal(OrderSide.Sell, first.Side);

        var atEntry = dca.Fill(first.Tag, 100).Placed();
        var safety = Assert.Single(atEntry, p => p.Type == OrderType.Limit);
        Assert.Equal((OrderSide.Sell, 101m), (safety.Side, safety.Price!.Value));
        var takeProfit = Assert.Single(atEntry, p => p.Type == OrderType.TakeProfitMarket);
        Assert.Equal((OrderType.TakeProfitMarket, OrderSide.Buy, 99m), (takeProfit.Type, takeProfit.Side, takeProfit.StopPrice!.Value));
    }

    [Fact]
    public void A_short_dca_on_spot_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<StrategyConfigException>(() =>
            StrategyCatalog.Resolve("dca", Market.Spot, null, new Dictionary<string, string> { ["direction"] = "short" }));
        Assert.Contains("direction=short needs futures", error.Message);
    }

    [Fact]
    public void Signal_start_waits_for_a_signal_and_a_close_signal_exits_at_market_and_pauses()
    {
        var dca = Dca(Market.Spot, ("start", "signal"));
        Assert.Empty(dca.Candle(100));

        var first = Assert.Single(dca.Signal(SignalAction.Long, "s1").Placed());
        var safety = Assert.Single(dca.Fill(first.Tag, 100).Placed(), p => p.Type == OrderType.Limit);

        var close = dca.Signal(SignalAction.Close, "s2");
        Assert.Equal(safety.Tag, Assert.Single(close.Cancelled()).Tag);
        var exit = Assert.Single(close.Placed());
        Assert.Equal((OrderType.Market, OrderSide.Sell, 1.000m), (exit.Type, exit.Side, exit.Quantity));
        dca.Fill(exit.Tag, 100);

        Assert.Empty(dca.Candle(100).Placed());
        Assert.Empty(dca.Candle(100).Placed());
    }

    [Fact]
    public void A_refused_opening_order_is_not_repeated_every_candle()
    {
        var dca = Dca();
        var first = Assert.Single(dca.Candle(100).Placed());
        dca.Drop(first.Tag);

        Assert.Empty(dca.Candle(100));
        Assert.Empty(dca.Candle(100));
        Assert.Empty(dca.Candle(100));
        Assert.Single(dca.Signal(SignalAction.Long, "retry").Placed());
    }

    [Fact]
    public void After_a_restart_an_open_position_is_the_running_cycle_and_the_old_safety_order_is_replaced()
    {
        var dca = Dca();
        dca.SetPosition(0.5m, 200m);
        dca.Leftover("old-safety", OrderSide.Buy, OrderType.Limit, 1m, 190m);

        var actions = dca.Candle(195);

        Assert.Equal("old-safety", Assert.Single(actions.Cancelled()).Tag);
        var placed = actions.Placed();
        Assert.DoesNotContain(placed, p => p.Type == OrderType.Market); // no second opening buy
        Assert.Equal(198m, placed.Single(p => p.Type == OrderType.Limit).Price); // 1% under the adopted 200 average
        Assert.Equal(202m, placed.Single(p => p.Type == OrderType.TakeProfitMarket).StopPrice);
    }
}
