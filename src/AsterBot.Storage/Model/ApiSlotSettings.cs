namespace AsterBot.Storage.Model;

/// <summary>
/// A slot's trading settings, one typed column each (schema v2). The store keeps them as given; what is allowed
/// (fee ranges, known exchanges and networks) is checked by the slot service before saving. Money and fees are
/// exact decimals; a null fee means "not chosen" (the slot service reads the account's commission rate instead).
/// </summary>
public sealed record ApiSlotSettings
{
    /// <summary>The venue by enum member name: "AsterFutures" (perpetuals) or "Aster" (spot).</summary>
    public string Exchange { get; init; } = "AsterFutures";

    /// <summary>"mainnet", "testnet" or a custom base URL.</summary>
    public string Network { get; init; } = "mainnet";

    public decimal? MakerFee { get; init; }
    public decimal? TakerFee { get; init; }
    public decimal ProcessingDelaySeconds { get; init; }
    public int RateLimitMs { get; init; }
    public bool Archived { get; init; }
    public bool AllowWithdrawals { get; init; }
}
