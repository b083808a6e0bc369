namespace AsterBot.Aster.Models;

/// <summary>POST listenKey (futures and spot).</summary>
public sealed class ListenKey
{
    [System.Text.Json.Serialization.JsonPropertyName("listenKey")] public string Value { get; init; } = "";
}

/// <summary>POST asset/wallet/transfer (spot ↔ futures).</summary>
public sealed class TransferResult
{
    public long TranId { get; init; }
    public string Status { get; init; } = "";
}

/// <summary>GET /api/v1/account.</summary>
public sealed class SpotAccount
{
    public int FeeTier { get; init; }
    public bool CanTrade { get; init; }
    public bool CanDeposit { get; init; }
    public bool CanWithdraw { get; init; }
    public bool CanBurnAsset { get; init; }
    /// <summary>Real V3 captures send nanoseconds here, V1 docs milliseconds: compare, don't convert blindly.</summary>
    public long UpdateTime { get; init; }
    public IReadOnlyList<SpotBalance> Balances { get; init; } = [];
}

public sealed class SpotBalance
{
    public string Asset { get; init; } = "";
    public decimal Free { get; init; }
    public decimal Locked { get; init; }
}

/// <summary>GET /api/v1/transactionHistory: one spot ledger line.</summary>
public sealed class SpotTransaction
{
    public long TranId { get; init; }
    public long? TradeId { get; init; }
    public string Asset { get; init; } = "";
    public string Symbol { get; init; } = "";
    public decimal BalanceDelta { get; init; }
    public string BalanceInfo { get; init; } = "";
    public long Time { get; init; }
    public SpotTransactionType Type { get; init; }
}

/// <summary>GET /fapi/v3/agent: an API wallet approved by the account, with its permissions.</summary>
public sealed class AgentInfo
{
    public string AgentAddress { get; init; } = "";
    public string AgentName { get; init; } = "";
    /// <summary>Allowed IPs as Aster stores them (empty = any IP); separators vary (space or comma).</summary>
    public string IpWhitelist { get; init; } = "";
    /// <summary>Expiry, ms since epoch.</summary>
    public long Expired { get; init; }
    public string Source { get; init; } = "";
    public bool CanRead { get; init; }
    public bool CanSpotTrade { get; init; }
    public bool CanPerpTrade { get; init; }
    public bool CanWithdraw { get; init; }

    /// <summary>The whitelist split on spaces and commas.</summary>
    public IReadOnlyList<string> IpAddresses => IpWhitelist.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>GET /fapi/v3/builder: a builder (broker fee recipient) the account approved.</summary>
public sealed class BuilderApproval
{
    public string UserAddress { get; init; } = "";
    public string BuilderAddress { get; init; } = "";
    public decimal MaxFeeRate { get; init; }
    public string BuilderName { get; init; } = "";
}
