using AsterBot.Aster.Models;

namespace AsterBot.Trading.Backtest;

/// <summary>One fill of a backtest, as the JSON report lists it (time in Unix ms; pnl = realized PnL it booked).</summary>
public sealed record BacktestTrade(long Time, OrderSide Side, decimal Price, decimal Quantity, decimal Fee, decimal Pnl, string Reason);

/// <summary>Equity at a time (the close of a candle), in the quote asset.</summary>
public readonly record struct EquityPoint(long Time, decimal Equity);

/// <summary>
/// What a finished backtest measured. Accounting identity (checked by tests):
/// FinalEquity = InitialEquity + RealizedPnl − Fees + Funding + UnrealizedPnl.
/// Curves are bounded (downsampled for charts); drawdown and daily equity are computed over every candle.
/// </summary>
public sealed record BacktestResult
{
    public required BacktestOptions Options { get; init; }
    public required long FirstCandleTime { get; init; }
    public required long LastCandleTime { get; init; }
    public required int Candles { get; init; }
    public required decimal InitialEquity { get; init; }
    public required decimal FinalEquity { get; init; }
    public required decimal RealizedPnl { get; init; }
    public required decimal Fees { get; init; }
    /// <summary>Funding received (positive) or paid (negative).</summary>
    public required decimal Funding { get; init; }
    public required decimal UnrealizedPnl { get; init; }
    /// <summary>Largest fall from a running equity peak, as a fraction of that peak (0.25 = 25%), over every candle close.</summary>
    public required decimal MaxDrawdown { get; init; }
    public required IReadOnlyList<BacktestTrade> Trades { get; init; }
    /// <summary>Equity at the last candle of each UTC day (for Sharpe and annualized return).</summary>
    public required IReadOnlyList<EquityPoint> DailyEquity { get; init; }
    /// <summary>At most a few thousand points for the equity chart (every trade's candle kept).</summary>
    public required IReadOnlyList<EquityPoint> EquityCurve { get; init; }
    /// <summary>Holes in the data the run crossed (only with <see cref="BacktestOptions.AllowGaps"/>; otherwise a gap refuses the run).</summary>
    public IReadOnlyList<MarketData.KlineGap> Gaps { get; init; } = [];
    public long MissingCandles => Gaps.Sum(g => g.Missing);
    /// <summary>Orders the risk guards or sizing refused, with their reasons (the report shows them).</summary>
    public required IReadOnlyList<string> Blocked { get; init; }
}
