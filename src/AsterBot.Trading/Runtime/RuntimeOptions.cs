namespace AsterBot.Trading.Runtime;

/// <summary>How the paper/live runtime times its work. Defaults suit Aster (klines are final within a second of the close).</summary>
public sealed record RuntimeOptions
{
    /// <summary>Closed candles fetched at a pair's start so the strategy's indicators are ready (at most 1499).</summary>
    public int WarmUpCandles { get; init; } = 300;

    /// <summary>Wait after a candle's close before fetching it: the exchange finishes the kline just after the boundary.</summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Between fetches while the closed candle has not appeared yet.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>After this long past the close without the candle, the data is late: no decision for this candle.</summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Null when usable; otherwise what to change.</summary>
    public string? Problem() =>
        WarmUpCandles is < 1 or > 1499 ? $"WarmUpCandles must be between 1 and 1499; got {WarmUpCandles}."
        : SettleDelay < TimeSpan.Zero || LateAfter < TimeSpan.Zero ? "SettleDelay and LateAfter cannot be negative."
        : RetryInterval <= TimeSpan.Zero ? "RetryInterval must be positive."
        : null;
}
