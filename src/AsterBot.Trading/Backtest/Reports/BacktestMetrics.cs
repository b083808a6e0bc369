using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Backtest.Reports;

/// <summary>
/// The figures a backtest is judged by, derived from a <see cref="BacktestResult"/> (formulas in docs/BACKTESTING.md).
/// Ratios are fractions (0.12 = 12%), rounded to 8 decimals; Sharpe to 4.
/// </summary>
public sealed record BacktestMetrics
{
    private const decimal DaysPerYear = 365m;

    /// <summary>(final − initial) ÷ initial.</summary>
    public required decimal TotalReturn { get; init; }
    /// <summary>(final ÷ initial)^(365 ÷ elapsed days) − 1; null when it is not a finite number (a tiny window compounds past any bound).</summary>
    public required decimal? AnnualizedReturn { get; init; }
    public required decimal MaxDrawdown { get; init; }
    /// <summary>Winning closing trades ÷ closing trades (trades that booked a PnL ≠ 0); 0 without closing trades.</summary>
    public required decimal WinRate { get; init; }
    /// <summary>Gross profit ÷ gross loss over closing trades; null when nothing lost (infinite or undefined).</summary>
    public required decimal? ProfitFactor { get; init; }
    /// <summary>Mean ÷ sample standard deviation of daily equity returns × √365; 0 with fewer than 2 daily returns or no variation.</summary>
    public required decimal Sharpe { get; init; }
    public required decimal TotalFees { get; init; }
    public required decimal Funding { get; init; }
    public required int TradeCount { get; init; }
    public required int ClosingTrades { get; init; }
    public required int Wins { get; init; }
    /// <summary>Time the candles cover, first open to last close, in days.</summary>
    public required decimal ElapsedDays { get; init; }

    public static BacktestMetrics From(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var intervalMs = result.Options.Interval.Milliseconds;
        var elapsedDays = (result.LastCandleTime - result.FirstCandleTime + intervalMs) / 86_400_000m;
        decimal grossProfit = 0, grossLoss = 0;
        int closing = 0, wins = 0;
        foreach (var trade in result.Trades)
        {
            if (trade.Pnl == 0) continue;
            closing++;
            if (trade.Pnl > 0)
            {
                wins++;
                grossProfit += trade.Pnl;
            }
            else grossLoss -= trade.Pnl;
        }
        return new BacktestMetrics
        {
            TotalReturn = Ratio((result.FinalEquity - result.InitialEquity) / result.InitialEquity),
            AnnualizedReturn = Annualized(result.InitialEquity, result.FinalEquity, elapsedDays),
            MaxDrawdown = Ratio(result.MaxDrawdown),
            WinRate = closing == 0 ? 0 : Ratio((decimal)wins / closing),
            ProfitFactor = grossLoss == 0 ? null : Ratio(grossProfit / grossLoss),
            Sharpe = DailySharpe(result.InitialEquity, result.DailyEquity),
            TotalFees = result.Fees,
            Funding = result.Funding,
            TradeCount = result.Trades.Count,
            ClosingTrades = closing,
            Wins = wins,
            ElapsedDays = Math.Round(elapsedDays, 4),
        };
    }

    private static decimal Ratio(decimal value) => Math.Round(value, 8);

    // A fractional power has no decimal implementation; the inputs are ratios, not money, so double is exact enough.
    private static decimal? Annualized(decimal initial, decimal final, decimal elapsedDays)
    {
        if (final <= 0) return -1m;
        var growth = Math.Pow((double)(final / initial), (double)(DaysPerYear / elapsedDays)) - 1;
        return double.IsFinite(growth) && Math.Abs(growth) < 1e12 ? Ratio((decimal)growth) : null;
    }

    private static decimal DailySharpe(decimal initial, IReadOnlyList<EquityPoint> daily)
    {
        if (daily.Count < 2) return 0;
        var returns = new decimal[daily.Count];
        var previous = initial;
        for (var i = 0; i < daily.Count; i++)
        {
            returns[i] = previous == 0 ? 0 : daily[i].Equity / previous - 1;
            previous = daily[i].Equity;
        }
        var mean = returns.Average();
        var variance = returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1);
        if (variance == 0) return 0;
        var deviation = (decimal)Math.Sqrt((double)variance);
        return Math.Round(mean / deviation * (decimal)Math.Sqrt((double)DaysPerYear), 4);
    }
}
