namespace AsterBot.Aster.Models;

/// <summary>GET /fapi/v1/premiumIndex: mark and index price with the current funding.</summary>
public sealed class PremiumIndex
{
    public string Symbol { get; init; } = "";
    public decimal MarkPrice { get; init; }
    public decimal IndexPrice { get; init; }
    public decimal EstimatedSettlePrice { get; init; }
    public decimal LastFundingRate { get; init; }
    public long NextFundingTime { get; init; }
    public decimal InterestRate { get; init; }
    public long Time { get; init; }
}

/// <summary>GET /fapi/v1/fundingRate: one settled funding.</summary>
public sealed class FundingRate
{
    public string Symbol { get; init; } = "";
    [System.Text.Json.Serialization.JsonPropertyName("fundingRate")] public decimal Rate { get; init; }
    public long FundingTime { get; init; }
    public decimal? MarkPrice { get; init; }
}

/// <summary>GET /fapi/v1/fundingInfo: interval and caps of a symbol's funding.</summary>
public sealed class FundingInfo
{
    public string Symbol { get; init; } = "";
    public decimal InterestRate { get; init; }
    public long Time { get; init; }
    public int FundingIntervalHours { get; init; }
    public decimal? FundingFeeCap { get; init; }
    public decimal? FundingFeeFloor { get; init; }
}
