using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;

namespace AsterBot.Trading.Tests.Strategies.Exits;

/// <summary>
/// Each exit through the full engine: the exit order rests on the simulator and fires inside a candle that only
/// touches its level (the candle closes back on the safe side, so a close-based exit could not explain the fill).
/// A DCA without safety orders or take profit is the position opener; ROE uses ema-cross for its leverage.
/// </summary>
public sealed class ExitBacktestTests
{
    private const decimal Tick = 0.1m; // BTCUSDT futures tick; the engine keeps up to one tick of spread on market fills

    private static (string, string)[] OpenOnly(params (string, string)[] exits) => [("order", "300"), ("max-safety", "0"), ("tp", "0"), .. exits];

    private static decimal Up(decimal price) => Math.Ceiling(price / Tick) * Tick;

    private static BacktestTrade FirstExit(BacktestResult result) => result.Trades.First(t => t.Side == OrderSide.Sell);

    [Fact]
    public void Stop_loss_fills_at_the_stop_inside_the_candle()
    {
        var entry = new BacktestScenario().Flat(30_000m, 4).Run("dca", Market.Futures, OpenOnly(("sl", "0.02"))).Trades[0].Price;
        var stop = Up(entry * 0.98m);

        var result = new BacktestScenario().Flat(30_000m, 4).Add(30_000m, 30_000m, stop, 30_000m).Flat(30_000m, 2)
            .Run("dca", Market.Futures, OpenOnly(("sl", "0.02")));

        var exit = FirstExit(result);
        Assert.InRange(exit.Price, stop - Tick, stop);
        Assert.StartsWith("stop at", exit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stop_rests_from_the_entry_fill_so_it_fires_inside_the_entry_candle()
    {
        var opening = new BacktestScenario().Flat(30_000m, 1).Add(30_000m, 30_000m, 30_000m, 30_000m).Flat(30_000m, 1)
            .Run("dca", Market.Futures, OpenOnly(("sl", "0.02")));
        var entry = opening.Trades[0];
        var stop = Up(entry.Price * 0.98m);

        // The candle the entry fills at the open of dips to the stop and closes back at the entry.
        var result = new BacktestScenario().Flat(30_000m, 1).Add(30_000m, 30_000m, stop, 30_000m).Flat(30_000m, 2)
            .Run("dca", Market.Futures, OpenOnly(("sl", "0.02")));

        Assert.Equal(entry.Time, result.Trades[0].Time);
        var exit = FirstExit(result);
        Assert.InRange(exit.Price, stop - Tick, stop);
        Assert.True(exit.Time < entry.Time + 60_000, $"the stop filled at {exit.Time}, after the entry candle that opened at {entry.Time}");
    }

    [Fact]
    public void Trailing_stop_follows_the_peak_and_fills_at_peak_times_one_minus_trail()
    {
        var trailing = Up(31_000m * 0.99m); // 30,690
        var result = new BacktestScenario().Flat(30_000m, 4).Through(100m, 31_000m).Flat(31_000m, 3)
            .Add(31_000m, 31_000m, trailing + 50m, 31_000m) // above the stop: nothing happens
            .Add(31_000m, 31_000m, trailing, 31_000m).Flat(31_000m, 2)
            .Run("dca", Market.Futures, OpenOnly(("trail", "0.01")));

        var exit = FirstExit(result);
        Assert.InRange(exit.Price, trailing - Tick, trailing);
        Assert.Equal(result.Trades.Single(t => t.Side == OrderSide.Sell), exit);
        Assert.True(exit.Pnl > 0); // a trailing stop above the entry locks a profit
    }

    [Fact]
    public void Break_even_moves_the_stop_to_the_entry_after_the_trigger()
    {
        (string, string)[] parameters = OpenOnly(("sl", "0.05"), ("breakeven", "0.01"));
        var entry = new BacktestScenario().Flat(30_000m, 4).Run("dca", Market.Futures, parameters).Trades[0].Price;
        var breakEven = Up(entry);

        var result = new BacktestScenario().Flat(30_000m, 4).To(30_400m).Flat(30_400m, 3) // 30,400 ≥ entry × 1.01 arms it
            .Add(30_400m, 30_400m, breakEven, 30_400m).Flat(30_400m, 2)
            .Run("dca", Market.Futures, parameters);

        var exit = FirstExit(result);
        Assert.InRange(exit.Price, breakEven - Tick, breakEven);
        Assert.StartsWith("stop at", exit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Roe_stop_fills_at_entry_times_one_minus_roe_over_leverage()
    {
        // ema-cross 2/3 goes long on the rise; leverage 10, roe-sl 0.5: the stop is 5% under the entry.
        (string, string)[] parameters = [("fast", "2"), ("slow", "3"), ("leverage", "10"), ("risk", "0.1"), ("roe-sl", "0.5")];
        BacktestScenario Rise() => new BacktestScenario().Flat(30_000m, 4).To(30_300m).Flat(30_300m, 3);
        var entry = Rise().Run("ema-cross", Market.Futures, parameters).Trades[0].Price;
        var stop = Up(entry * (1 - 0.5m / 10));

        var result = Rise().Add(30_300m, 30_300m, stop, 30_300m).Flat(30_300m, 2).Run("ema-cross", Market.Futures, parameters);

        var exit = FirstExit(result);
        Assert.InRange(exit.Price, stop - Tick, stop);
        Assert.StartsWith("stop at", exit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void On_spot_the_stop_rests_on_the_exchange_and_fills_inside_the_candle_for_the_base_received()
    {
        const decimal spotTick = 0.01m;
        var opening = new BacktestScenario().Flat(30_000m, 4).Run("dca", Market.Spot, OpenOnly(("sl", "0.02"), ("tp", "0.05"))).Trades[0];
        var stop = Math.Ceiling(opening.Price * 0.98m / spotTick) * spotTick;

        var result = new BacktestScenario().Flat(30_000m, 4).Add(30_000m, 30_000m, stop, 30_000m).Flat(30_000m, 2)
            .Run("dca", Market.Spot, OpenOnly(("sl", "0.02"), ("tp", "0.05")));

        Assert.Empty(result.Blocked);
        var exit = FirstExit(result);
        Assert.InRange(exit.Price, stop - spotTick, stop);
        Assert.StartsWith("stop at", exit.Reason, StringComparison.Ordinal);
        var received = opening.Quantity - opening.Fee / opening.Price; // the buy's fee was paid in base
        Assert.Equal(Math.Floor(received / 0.00001m) * 0.00001m, exit.Quantity);
    }
}
