using AsterBot.Aster.Models;

namespace AsterBot.Trading.Execution;

/// <summary>
/// One traded pair of an account: <see cref="PairKey"/> is a short id (letters and digits, unique per account) that
/// prefixes every client order id of the pair, so its orders can be recognised after a restart.
/// </summary>
public sealed record PairSetup(string PairKey, string Symbol, Market Market, KlineInterval Interval)
{
    public MarginType MarginType { get; init; } = MarginType.Crossed;

    /// <summary>No order is sent when the candle due after the last closed one is later than this on the exchange's clock.</summary>
    public TimeSpan StalenessLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a step waits for fills an order's answer reported but the stream has not delivered yet, so that what
    /// they decide (a new position's stop and take profit) goes out in the same step. Fills usually follow within
    /// milliseconds; past this the step ends and the late fills are handled at the next one.
    /// </summary>
    public TimeSpan FillWait { get; init; } = TimeSpan.FromSeconds(3);

    public string Label => $"{Symbol}@{PairKey}";
}
