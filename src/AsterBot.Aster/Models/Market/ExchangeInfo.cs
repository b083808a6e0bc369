using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsterBot.Aster.Models;

/// <summary>GET /fapi/v1|v3/exchangeInfo.</summary>
public sealed class FuturesExchangeInfo
{
    public string Timezone { get; init; } = "";
    public long ServerTime { get; init; }
    public string? FuturesType { get; init; }
    public IReadOnlyList<RateLimitRule> RateLimits { get; init; } = [];
    public IReadOnlyList<JsonElement> ExchangeFilters { get; init; } = [];
    public IReadOnlyList<FuturesAssetInfo> Assets { get; init; } = [];
    public IReadOnlyList<FuturesSymbol> Symbols { get; init; } = [];
}

/// <summary>GET /api/v1|v3/exchangeInfo.</summary>
public sealed class SpotExchangeInfo
{
    public string Timezone { get; init; } = "";
    public long ServerTime { get; init; }
    public IReadOnlyList<RateLimitRule> RateLimits { get; init; } = [];
    public IReadOnlyList<JsonElement> ExchangeFilters { get; init; } = [];
    public IReadOnlyList<SpotAssetInfo> Assets { get; init; } = [];
    public IReadOnlyList<SpotSymbol> Symbols { get; init; } = [];
}

/// <summary>One of exchangeInfo's <c>rateLimits</c>: e.g. REQUEST_WEIGHT 2400 per 1 MINUTE.</summary>
public sealed class RateLimitRule
{
    public RateLimitType RateLimitType { get; init; }
    public RateLimitInterval Interval { get; init; }
    public int IntervalNum { get; init; }
    public int Limit { get; init; }

    public TimeSpan Window => Interval switch
    {
        RateLimitInterval.Second => TimeSpan.FromSeconds(IntervalNum),
        RateLimitInterval.Minute => TimeSpan.FromMinutes(IntervalNum),
        RateLimitInterval.Hour => TimeSpan.FromHours(IntervalNum),
        _ => TimeSpan.FromDays(IntervalNum),
    };
}

public sealed class FuturesAssetInfo
{
    public string Asset { get; init; } = "";
    public bool MarginAvailable { get; init; }
    public decimal? AutoAssetExchange { get; init; }
}

public sealed class SpotAssetInfo
{
    public string Asset { get; init; } = "";
}

public sealed class FuturesSymbol
{
    public string Symbol { get; init; } = "";
    public string Pair { get; init; } = "";
    /// <summary>Null for symbols not yet trading (Aster sends "").</summary>
    [JsonConverter(typeof(Json.EmptyAsNullEnumConverter<ContractType>))] public ContractType? ContractType { get; init; }
    public long DeliveryDate { get; init; }
    public long OnboardDate { get; init; }
    public SymbolStatus Status { get; init; }
    public decimal MaintMarginPercent { get; init; }
    public decimal RequiredMarginPercent { get; init; }
    public string BaseAsset { get; init; } = "";
    public string QuoteAsset { get; init; } = "";
    public string MarginAsset { get; init; } = "";
    /// <summary>Display precision only: use the PRICE_FILTER tick size for rounding.</summary>
    public int PricePrecision { get; init; }
    /// <summary>Display precision only: use the LOT_SIZE step size for rounding.</summary>
    public int QuantityPrecision { get; init; }
    public int BaseAssetPrecision { get; init; }
    public int QuotePrecision { get; init; }
    public string? UnderlyingType { get; init; }
    public IReadOnlyList<string> UnderlyingSubType { get; init; } = [];
    public int? SymbolType { get; init; }
    public int? TradingMode { get; init; }
    public string? Name { get; init; }
    public string? Channel { get; init; }
    public long? SequenceNo { get; init; }
    public decimal? TwapMinNotional { get; init; }
    public int SettlePlan { get; init; }
    /// <summary>Max mark/contract price deviation tolerated by priceProtect orders.</summary>
    public decimal TriggerProtect { get; init; }
    public decimal LiquidationFee { get; init; }
    /// <summary>Max deviation of a MARKET fill from the mark price.</summary>
    public decimal MarketTakeBound { get; init; }
    public long? CreateTime { get; init; }
    public IReadOnlyList<SymbolFilter> Filters { get; init; } = [];
    public IReadOnlyList<OrderType> OrderTypes { get; init; } = [];
    public IReadOnlyList<TimeInForce> TimeInForce { get; init; } = [];
}

public sealed class SpotSymbol
{
    public string Symbol { get; init; } = "";
    public SymbolStatus Status { get; init; }
    public string BaseAsset { get; init; } = "";
    public string QuoteAsset { get; init; } = "";
    public int PricePrecision { get; init; }
    public int QuantityPrecision { get; init; }
    public int BaseAssetPrecision { get; init; }
    public int QuotePrecision { get; init; }
    public long ListingTime { get; init; }
    public string? BaseAssetAddress { get; init; }
    public bool OcoAllowed { get; init; }
    public IReadOnlyList<SymbolFilter> Filters { get; init; } = [];
    public IReadOnlyList<OrderType> OrderTypes { get; init; } = [];
    public IReadOnlyList<TimeInForce> TimeInForce { get; init; } = [];
}

/// <summary>
/// One entry of a symbol's <c>filters</c>, as sent: <see cref="FilterType"/> says which fields are meaningful.
/// Values are decimals parsed from the exchange's text, so they keep its scale ("0.00010" stays 0.00010).
/// The typed rules built from these are in <see cref="Filters.SymbolFilters"/>.
/// </summary>
public sealed class SymbolFilter
{
    public FilterType FilterType { get; init; }
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public decimal? TickSize { get; init; }
    public decimal? MinQty { get; init; }
    public decimal? MaxQty { get; init; }
    public decimal? StepSize { get; init; }
    public int? Limit { get; init; }
    /// <summary>Futures MIN_NOTIONAL.</summary>
    public decimal? Notional { get; init; }
    /// <summary>Spot MIN_NOTIONAL / NOTIONAL.</summary>
    public decimal? MinNotional { get; init; }
    public decimal? MaxNotional { get; init; }
    public int? AvgPriceMins { get; init; }
    public bool? ApplyMinToMarket { get; init; }
    public bool? ApplyMaxToMarket { get; init; }
    public decimal? MultiplierUp { get; init; }
    public decimal? MultiplierDown { get; init; }
    public int? MultiplierDecimal { get; init; }
    public decimal? LtMultiplierUp { get; init; }
    public decimal? LtMultiplierDown { get; init; }
    public decimal? BidMultiplierUp { get; init; }
    public decimal? BidMultiplierDown { get; init; }
    public decimal? AskMultiplierUp { get; init; }
    public decimal? AskMultiplierDown { get; init; }
}
