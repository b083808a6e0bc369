namespace AsterBot.Trading.Domain;

/// <summary>What an external signal asks for: hold a long, hold a short, or hold nothing.</summary>
public enum SignalAction { Long, Short, Close }

/// <summary>
/// An external signal (webhook, preset, CLI). <see cref="Id"/> is unique per source and feeds the deterministic
/// client order ids, so a signal delivered twice never places its orders twice.
/// </summary>
public sealed record TradeSignal(string Id, SignalAction Action, long Time)
{
    /// <summary>Optional override of the strategy's risk fraction for this signal (0 &lt; risk ≤ 1).</summary>
    public decimal? Risk { get; init; }
}
