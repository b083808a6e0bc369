using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// One API slot as the runtime runs it: its pairs, processed one at a time with <see cref="ProcessingDelay"/> between
/// them (so one account never bursts requests), while different slots run in parallel. A slot with a
/// <see cref="Refusal"/> (its start-up connection test failed) does not trade; the runtime says why.
/// </summary>
public sealed record TradingSlot(string Name, TimeSpan ProcessingDelay, IReadOnlyList<RuntimePair> Pairs)
{
    public string? Refusal { get; init; }

    /// <summary>The guards the slot's pairs share (one account); the kill switch acts on them. Null: the slot has none to switch.</summary>
    public RiskGuards? Guards { get; init; }

    /// <summary>A slot that must not trade, with the reason shown to the user.</summary>
    public static TradingSlot Refused(string name, string reason) => new(name, TimeSpan.Zero, []) { Refusal = reason };
}
