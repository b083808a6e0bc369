using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Strategies;
using AsterBot.Trading.Strategies.Exits;

namespace AsterBot.Trading.Tests.Strategies.Exits;

public sealed class ExitManagerTests
{
    /// <summary>Opens one position at market on its first live candle, then does nothing: the exits do the rest.</summary>
    private sealed class OpenOnce(OrderSide side, decimal quantity) : IStrategy
    {
        private bool _done;

        public void OnCandle(in Candle candle, StrategyContext context)
        {
            if (context.IsWarmUp || _done) return;
            _done = true;
            context.Place(new PlaceOrder("open", side, OrderType.Market, quantity, "test entry"));
        }
    }

    /// <summary>The harness after the entry filled, and what that fill made the exits do (place them at once).</summary>
    private static (StrategyHarness Harness, IReadOnlyList<PlaceOrder> Exits) Open(Market market, ExitRules rules, OrderSide side = OrderSide.Buy,
        decimal quantity = 1, decimal entry = 100, decimal fee = 0, string feeAsset = "USDT")
    {
        var parameters = new StrategyParameters(new Dictionary<string, decimal>(), new Dictionary<string, string>());
        var harness = new StrategyHarness(new ExitingStrategy(new OpenOnce(side, quantity), rules), market, parameters);
        Assert.Single(harness.Candle(entry).Placed()); // only the entry: no position yet, so no exits
        return (harness, harness.Fill("open", entry, fee: fee, feeAsset: feeAsset).Placed());
    }

    private static ExitRules Rules(decimal tp = 0, decimal sl = 0, decimal trail = 0, decimal breakEven = 0, decimal roeTp = 0, decimal roeSl = 0) =>
        new(tp, sl, trail, breakEven, roeTp, roeSl);

    [Fact]
    public void Opening_a_futures_position_places_a_reduce_only_stop_and_take_profit_for_all_of_it()
    {
        var (harness, placed) = Open(Market.Futures, Rules(tp: 0.05m, sl: 0.02m)); // with the entry's fill: no candle unprotected

        var stop = Assert.Single(placed, p => p.Type == OrderType.StopMarket);
        Assert.Equal((OrderSide.Sell, 98m, 1m, true), (stop.Side, stop.StopPrice!.Value, stop.Quantity, stop.ReduceOnly));
        var takeProfit = Assert.Single(placed, p => p.Type == OrderType.TakeProfitMarket);
        Assert.Equal((OrderSide.Sell, 105m, 1m, true), (takeProfit.Side, takeProfit.StopPrice!.Value, takeProfit.Quantity, takeProfit.ReduceOnly));
        Assert.Empty(harness.Candle(100, 102, 99, 101)); // nothing moved: nothing to do
    }

    [Fact]
    public void When_the_stop_fires_the_take_profit_is_cancelled_with_its_fill()
    {
        var (harness, placed) = Open(Market.Futures, Rules(tp: 0.05m, sl: 0.02m));
        Assert.Empty(harness.Candle(100.5m));
        var stop = placed.Single(p => p.Type == OrderType.StopMarket);
        var takeProfit = placed.Single(p => p.Type == OrderType.TakeProfitMarket);

        var after = harness.Fill(stop.Tag); // the exchange fires it at 98 inside the candle

        Assert.Equal(takeProfit.Tag, Assert.Single(after.Cancelled()).Tag);
        Assert.Empty(after.Placed());
        Assert.Empty(harness.Candle(99, 99, 97, 97.5m));
    }

    [Fact]
    public void The_trailing_stop_follows_the_peak_and_never_moves_back()
    {
        var (harness, atEntry) = Open(Market.Futures, Rules(trail: 0.05m));
        Assert.Equal(95m, Assert.Single(atEntry).StopPrice); // 100 × 0.95 from the entry
        var first = Assert.Single(harness.Candle(100, 110, 100, 109).Placed());
        Assert.Equal(104.5m, first.StopPrice); // 110 × 0.95

        var moved = harness.Candle(109, 120, 108, 118);
        Assert.Equal(first.Tag, Assert.Single(moved.Cancelled()).Tag);
        var second = Assert.Single(moved.Placed());
        Assert.Equal(114m, second.StopPrice); // 120 × 0.95
        Assert.NotEqual(first.Tag, second.Tag);

        Assert.Empty(harness.Candle(118, 119, 115, 116)); // below the peak: the stop stays at 114
    }

    [Fact]
    public void Break_even_moves_the_stop_to_the_entry_once_the_trigger_is_reached()
    {
        var (harness, atEntry) = Open(Market.Futures, Rules(sl: 0.02m, breakEven: 0.01m));
        var initial = Assert.Single(atEntry);
        Assert.Equal(98m, initial.StopPrice);
        Assert.Empty(harness.Candle(100, 100.5m, 99.8m, 100.2m)); // below the trigger: the stop stays

        var moved = harness.Candle(100.2m, 101m, 100, 100.4m);
        Assert.Equal(initial.Tag, Assert.Single(moved.Cancelled()).Tag);
        Assert.Equal(100m, Assert.Single(moved.Placed()).StopPrice);
        Assert.Empty(harness.Candle(100.4m, 100.6m, 100.1m, 100.3m)); // armed for good, even below the trigger
    }

    [Fact]
    public void Roe_exits_of_a_short_sit_at_the_entry_plus_or_minus_roe_over_leverage()
    {
        var (harness, placed) = Open(Market.Futures, Rules(roeTp: 1m, roeSl: 0.5m), OrderSide.Sell, entry: 200);
        Assert.Equal(10, harness.Leverage);

        var stop = placed.Single(p => p.Type == OrderType.StopMarket);
        Assert.Equal((OrderSide.Buy, 210m, 1m), (stop.Side, stop.StopPrice!.Value, stop.Quantity));
        Assert.Equal(180m, placed.Single(p => p.Type == OrderType.TakeProfitMarket).StopPrice);
    }

    [Fact]
    public void A_close_already_past_the_stop_exits_at_market_because_the_exchange_refuses_such_a_trigger()
    {
        var (harness, atEntry) = Open(Market.Futures, Rules(sl: 0.02m));

        var actions = harness.Candle(100, 100, 96, 97);

        Assert.Equal(Assert.Single(atEntry).Tag, Assert.Single(actions.Cancelled()).Tag); // the stop the candle went through
        var exit = Assert.Single(actions.Placed());
        Assert.Equal((OrderType.Market, OrderSide.Sell, 1m, true), (exit.Type, exit.Side, exit.Quantity, exit.ReduceOnly));
    }

    [Fact]
    public void A_refused_stop_is_placed_again_after_a_candle()
    {
        var (harness, atEntry) = Open(Market.Futures, Rules(sl: 0.02m));
        var stop = Assert.Single(atEntry);
        harness.Drop(stop.Tag); // e.g. the price moved through it and the exchange refused it

        Assert.Empty(harness.Candle(100)); // it only counts as gone a full candle after it was placed
        var again = Assert.Single(harness.Candle(100).Placed());
        Assert.Equal(98m, again.StopPrice);
        Assert.NotEqual(stop.Tag, again.Tag);
    }

    [Fact]
    public void Spot_keeps_one_conditional_order_for_the_base_received_and_checks_the_take_profit_at_the_close()
    {
        // 1 BTC bought, 0.001 BTC fee: 0.999 arrived. Spot locks the base per sell, so only the stop rests.
        var (harness, atEntry) = Open(Market.Spot, Rules(tp: 0.05m, sl: 0.02m), fee: 0.001m, feeAsset: "BTC");

        var stop = Assert.Single(atEntry);
        Assert.Empty(harness.Candle(100.5m));
        Assert.Equal((OrderType.StopMarket, 98m, 0.999m, false), (stop.Type, stop.StopPrice!.Value, stop.Quantity, stop.ReduceOnly));

        var atTarget = harness.Candle(100.5m, 106, 100.5m, 105.5m);
        Assert.Equal(stop.Tag, Assert.Single(atTarget.Cancelled()).Tag);
        var exit = Assert.Single(atTarget.Placed());
        Assert.Equal((OrderType.Market, OrderSide.Sell, 0.999m), (exit.Type, exit.Side, exit.Quantity));
    }

    [Fact]
    public void Spot_without_a_stop_rule_rests_the_take_profit_at_the_entry_measured_from_the_fills()
    {
        var (_, atEntry) = Open(Market.Spot, Rules(tp: 0.05m), quantity: 2, entry: 50);

        var takeProfit = Assert.Single(atEntry);
        Assert.Equal((OrderType.TakeProfitMarket, 52.5m, 2m), (takeProfit.Type, takeProfit.StopPrice!.Value, takeProfit.Quantity));
    }

    [Fact]
    public void Catalog_strategies_take_the_exit_parameters_and_refuse_bad_values_with_the_valid_range()
    {
        var (definition, parameters) = StrategyCatalog.Resolve("grid", Market.Spot, null,
            new Dictionary<string, string> { ["sl"] = "0.03", ["trail"] = "0" });
        Assert.Equal(0.03m, parameters["sl"]);
        Assert.IsType<ExitingStrategy>(definition.Create(parameters));

        var (_, plain) = StrategyCatalog.Resolve("grid", Market.Spot, null, new Dictionary<string, string>());
        Assert.IsNotType<ExitingStrategy>(definition.Create(plain)); // no exit set: no decorator, no per-candle cost

        var error = Assert.Throws<StrategyConfigException>(() =>
            StrategyCatalog.Resolve("grid", Market.Spot, null, new Dictionary<string, string> { ["sl"] = "1.5" }));
        Assert.Contains("'sl'", error.Message);
        Assert.Contains("(or 0 for off)", error.Message);
    }

    [Fact]
    public void Exits_left_by_an_earlier_run_are_cancelled_at_the_first_close()
    {
        var parameters = new StrategyParameters(new Dictionary<string, decimal>(), new Dictionary<string, string>());
        var harness = new StrategyHarness(new ExitingStrategy(new OpenOnce(OrderSide.Buy, 1), Rules(sl: 0.02m)), Market.Futures, parameters);
        harness.Leftover("old-stop", OrderSide.Sell, OrderType.StopMarket, 1m, 90m, reduceOnly: true);

        var actions = harness.Candle(100);

        Assert.Equal("old-stop", Assert.Single(actions.Cancelled()).Tag);
    }
}
