namespace AsterBot.Trading.Execution;

/// <summary>
/// Limits on opening exposure (null = no limit). Closing orders are never blocked: a guard must not trap a position.
/// </summary>
public sealed record RiskLimits
{
    /// <summary>Largest position notional (quote asset, at the order's reference price) an opening order may reach.</summary>
    public decimal? MaxPositionNotional { get; init; }

    /// <summary>No new exposure once the UTC day's realized PnL minus fees is this far below zero.</summary>
    public decimal? MaxDailyLoss { get; init; }

    /// <summary>After this many losing closes in a row, no new exposure for <see cref="Cooldown"/>.</summary>
    public int? MaxConsecutiveLosses { get; init; }

    public TimeSpan Cooldown { get; init; } = TimeSpan.FromHours(1);

    public static RiskLimits None { get; } = new();

    /// <summary>Null when the limits make sense; otherwise what to fix.</summary>
    public string? Problem() =>
        MaxPositionNotional <= 0 ? $"MaxPositionNotional must be above 0; got {MaxPositionNotional}."
        : MaxDailyLoss <= 0 ? $"MaxDailyLoss must be above 0 (a loss amount); got {MaxDailyLoss}."
        : MaxConsecutiveLosses < 1 ? $"MaxConsecutiveLosses must be at least 1; got {MaxConsecutiveLosses}."
        : Cooldown < TimeSpan.Zero ? $"Cooldown cannot be negative; got {Cooldown}."
        : null;
}
