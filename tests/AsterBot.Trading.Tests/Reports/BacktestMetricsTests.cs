using AsterBot.Trading.Backtest;
using AsterBot.Trading.Backtest.Reports;

namespace AsterBot.Trading.Tests.Reports;

public class BacktestMetricsTests
{
    [Fact]
    public void Figures_of_a_hand_made_result()
    {
        var metrics = BacktestMetrics.From(SampleResults.TwoRoundTrips());

        Assert.Equal(0.004m, metrics.TotalReturn);
        Assert.Equal(3m, metrics.ElapsedDays);
        Assert.Equal(0.5m, metrics.WinRate);                 // one win, one loss; opening fills (pnl 0) do not count
        Assert.Equal(2m, metrics.ProfitFactor);              // 100 ÷ 50
        Assert.Equal(2, metrics.ClosingTrades);
        Assert.Equal(4, metrics.TradeCount);
        Assert.Equal(10.00m, metrics.TotalFees);
        Assert.Equal(0.00496032m, metrics.MaxDrawdown);
        // (1.004)^(365/3) − 1
        Assert.Equal(Math.Pow(1.004, 365.0 / 3) - 1, (double)metrics.AnnualizedReturn!.Value, 6);
        // daily returns 0.008, −0.00496032, 0.00099701: mean / sample sd × √365
        double[] r = [10_080.0 / 10_000 - 1, 10_030.0 / 10_080 - 1, 10_040.0 / 10_030 - 1];
        var mean = r.Average();
        var sd = Math.Sqrt(r.Sum(x => (x - mean) * (x - mean)) / 2);
        Assert.Equal(mean / sd * Math.Sqrt(365), (double)metrics.Sharpe, 3);
    }

    [Fact]
    public void Sharpe_is_zero_below_two_days_and_profit_factor_is_null_without_losses()
    {
        var sample = SampleResults.TwoRoundTrips();
        var result = sample with
        {
            DailyEquity = [sample.DailyEquity[0]],
            Trades = sample.Trades.Where(t => t.Pnl >= 0).ToList(),
        };

        var metrics = BacktestMetrics.From(result);

        Assert.Equal(0m, metrics.Sharpe);
        Assert.Null(metrics.ProfitFactor);
        Assert.Equal(1m, metrics.WinRate);
    }

    [Fact]
    public void A_wiped_out_account_annualizes_to_minus_one_and_no_trades_means_zero_win_rate()
    {
        var result = SampleResults.TwoRoundTrips() with { FinalEquity = 0m, Trades = new List<BacktestTrade>() };

        var metrics = BacktestMetrics.From(result);

        Assert.Equal(-1m, metrics.AnnualizedReturn);
        Assert.Equal(-1m, metrics.TotalReturn);
        Assert.Equal(0m, metrics.WinRate);
    }
}
