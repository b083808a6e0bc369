using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;

namespace AsterBot.Trading.Tests.Strategies.Grid;

/// <summary>Grids through the full engine: BacktestRunner, PairTrader and the simulator filling resting orders inside candles.</summary>
public sealed class GridBacktestTests
{
    /// <summary>Ten swings of ±3% around 30,000 in 60-USDT candles, ending where they started.</summary>
    private static BacktestScenario Oscillating()
    {
        var scenario = new BacktestScenario().Flat(30_000m, 3);
        for (var i = 0; i < 10; i++) scenario.Through(60m, 30_900m, 29_100m, 30_000m);
        return scenario;
    }

    [Fact]
    public void A_spot_grid_on_an_oscillating_market_makes_round_trips_with_a_profit_net_of_fees_and_never_sells_what_it_does_not_hold()
    {
        var result = Oscillating().Run("grid", Market.Spot, ("levels", "5"), ("step", "0.005"), ("size", "500"));

        Assert.Empty(result.Blocked);
        var buys = result.Trades.Where(t => t.Side == OrderSide.Buy).ToList();
        var sells = result.Trades.Where(t => t.Side == OrderSide.Sell).ToList();
        Assert.True(sells.Count >= 20, $"only {sells.Count} sells in {result.Trades.Count} trades");
        // Each sell is one step above the buy of its level (the report's PnL is on the average cost of all base held).
        Assert.All(sells, s => Assert.Matches(@"^grid sell level \d at [\d.]+ \(one step from [\d.]+\)$", s.Reason));
        Assert.All(sells, s => Assert.True(s.Price > decimal.Parse(s.Reason.Split("from ")[1].TrimEnd(')'), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(result.FinalEquity > result.InitialEquity, $"final equity {result.FinalEquity} ≤ {result.InitialEquity}");
        Assert.True(result.Fees > 0);
        Assert.Equal(result.InitialEquity + result.RealizedPnl - result.Fees + result.UnrealizedPnl, result.FinalEquity);

        var held = 0m;
        foreach (var trade in result.Trades)
        {
            // Spot buys pay their fee in base; the report values it in quote at the fill price.
            held += trade.Side == OrderSide.Buy ? trade.Quantity - trade.Fee / trade.Price : -trade.Quantity;
            Assert.True(held >= 0, $"sold {trade.Quantity} at {trade.Time} with less held");
        }
        Assert.True(buys.Count >= sells.Count);
    }

    [Fact]
    public void A_futures_grid_in_a_falling_market_never_holds_more_than_its_cap()
    {
        var scenario = new BacktestScenario().Flat(30_000m, 3).Through(30m, 28_500m, 30_000m, 28_000m);

        var result = scenario.Run("futures-grid", Market.Futures, ("levels", "8"), ("step", "0.004"), ("size", "500"),
            ("max-position", "0.05"), ("max-position-equity", "0"));

        Assert.Empty(result.Blocked);
        var position = 0m;
        var peak = 0m;
        foreach (var trade in result.Trades)
        {
            position += trade.Side == OrderSide.Buy ? trade.Quantity : -trade.Quantity;
            peak = Math.Max(peak, Math.Abs(position));
        }
        Assert.True(peak <= 0.05m, $"the position reached {peak}");
        Assert.True(peak >= 0.03m, $"the grid hardly traded (peak {peak}): the test would prove nothing");
        Assert.Contains(result.Trades, t => t.Side == OrderSide.Sell); // the rebound closes some levels
    }

    [Fact]
    public void A_futures_short_grid_profits_from_an_oscillating_market()
    {
        var result = Oscillating().Run("futures-grid", Market.Futures, ("direction", "short"), ("levels", "5"), ("step", "0.005"), ("size", "500"));

        Assert.Empty(result.Blocked);
        Assert.True(result.Trades.Count(t => t.Side == OrderSide.Buy && t.Pnl > 0) >= 10);
        Assert.True(result.RealizedPnl > result.Fees, $"realized {result.RealizedPnl}, fees {result.Fees}");
    }

    [Theory]
    [InlineData("grid", "spot", "atr-step", "1.5")]
    [InlineData("futures-grid", "futures", "direction", "auto")]
    [InlineData("futures-grid", "futures", "recenter", "follow")]
    public void Grid_variants_trade_the_oscillating_market_without_refusals_and_with_exact_books(string strategy, string market, string key, string value)
    {
        var result = Oscillating().Run(strategy, Enum.Parse<Market>(market, ignoreCase: true), ("levels", "5"), ("size", "200"), (key, value));

        Assert.True(result.Blocked.Count == 0, string.Join("\n", result.Blocked.Take(3)));
        Assert.True(result.Trades.Count >= 20, $"{result.Trades.Count} trades");
        Assert.Equal(result.InitialEquity + result.RealizedPnl - result.Fees + result.Funding + result.UnrealizedPnl, result.FinalEquity);
    }
}
