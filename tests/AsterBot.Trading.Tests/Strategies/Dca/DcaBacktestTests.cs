using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;

namespace AsterBot.Trading.Tests.Strategies.Dca;

/// <summary>DCA through the full engine: safety orders rest on the simulator's book, the take profit fires inside a candle.</summary>
public sealed class DcaBacktestTests
{
    private const decimal Tick = 0.1m; // BTCUSDT futures tick; the engine keeps up to one tick of spread on market fills

    private static readonly (string, string)[] Parameters =
        [("order", "300"), ("multiplier", "2"), ("max-safety", "2"), ("step", "0.01"), ("tp", "0.01")];

    private static BacktestScenario Dip() => new BacktestScenario().Flat(30_000m, 3).Through(30m, 29_400m).Flat(29_400m, 3);

    [Fact]
    public void Dca_averages_down_one_step_below_each_new_average_and_takes_profit_at_the_average_times_one_plus_tp_then_restarts()
    {
        var buys = Dip().Run("dca", Market.Futures, Parameters).Trades;
        Assert.Equal(3, buys.Count);
        Assert.All(buys, t => Assert.Equal(OrderSide.Buy, t.Side));
        Assert.Equal([0.01m, 0.02m, 0.04m], buys.Select(t => t.Quantity)); // 300, 600, 1200 quote at ≈ 30,000
        var average = buys[0].Price;
        var bought = buys[0].Quantity;
        foreach (var safety in buys.Skip(1))
        {
            Assert.Equal(Math.Floor(average * 0.99m / Tick) * Tick, safety.Price); // rests at the average − 1%, rounded down
            average = (average * bought + safety.Price * safety.Quantity) / (bought + safety.Quantity);
            bought += safety.Quantity;
        }
        var takeProfit = Math.Ceiling(average * 1.01m / Tick) * Tick;

        // The same market, then one candle that only touches the take profit with its high and closes back down.
        var result = Dip().Add(29_400m, takeProfit, 29_400m, 29_400m).Flat(29_400m, 3).Run("dca", Market.Futures, Parameters);

        var exit = Assert.Single(result.Trades, t => t.Side == OrderSide.Sell);
        Assert.InRange(exit.Price, takeProfit - Tick, takeProfit);
        Assert.Equal(bought, exit.Quantity);
        Assert.True(exit.Pnl > 0);
        Assert.Contains(result.Trades.SkipWhile(t => t != exit), t => t.Side == OrderSide.Buy && t.Reason.Contains("DCA cycle opens", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spot_dca_cycles_through_a_dip_and_recovery_without_a_refused_order_and_keeps_the_books_exact()
    {
        var scenario = new BacktestScenario().Flat(30_000m, 3);
        for (var i = 0; i < 3; i++) scenario.Through(50m, 29_000m, 30_600m);

        var result = scenario.Run("dca", Market.Spot, ("order", "300"), ("multiplier", "1.5"), ("max-safety", "3"), ("step", "0.01"), ("tp", "0.01"));

        Assert.Empty(result.Blocked);
        var exits = result.Trades.Where(t => t.Side == OrderSide.Sell).ToList();
        Assert.True(exits.Count >= 3, string.Join("\n", result.Trades.Select(t => $"{t.Time} {t.Side} {t.Price} {t.Quantity} {t.Reason}")));
        Assert.All(exits, t => Assert.True(t.Pnl > t.Fee, $"take profit at {t.Price} earned {t.Pnl}"));
        Assert.Equal(result.InitialEquity + result.RealizedPnl - result.Fees + result.UnrealizedPnl, result.FinalEquity);
    }
}
