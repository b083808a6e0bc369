using AsterBot.Aster.Models;

namespace AsterBot.Trading.Backtest;

/// <summary>One backtest's settings, as the CLI's flags give them (fees and slippage are fractions: 0.0004 = 0.04%).</summary>
public sealed record BacktestOptions
{
    public required string Strategy { get; init; }
    public required string Symbol { get; init; }
    public required KlineInterval Interval { get; init; }
    public Market Market { get; init; } = Market.Futures;
    public string? Tier { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    public decimal InitialBalance { get; init; } = 10_000m;
    /// <summary>Overrides the strategy's (or tier's) leverage; futures only.</summary>
    public int? Leverage { get; init; }
    public decimal TakerFee { get; init; } = 0.0004m;
    public decimal MakerFee { get; init; } = 0.0002m;
    public decimal Slippage { get; init; }
    /// <summary>
    /// Runs across missing candles (an exchange's maintenance windows) instead of refusing them; the result lists them.
    /// </summary>
    public bool AllowGaps { get; init; }
    /// <summary>Inclusive bounds on candle open times (Unix ms); null = the data's own bounds.</summary>
    public long? From { get; init; }
    public long? To { get; init; }
}
