namespace AsterBot.Aster.Models;

/// <summary>POST /fapi/v1/leverage.</summary>
public sealed class LeverageChange
{
    public string Symbol { get; init; } = "";
    public int Leverage { get; init; }
    /// <summary>Largest position notional allowed at this leverage.</summary>
    public decimal MaxNotionalValue { get; init; }
}

/// <summary>POST /fapi/v1/positionMargin.</summary>
public sealed class PositionMarginResult
{
    public decimal Amount { get; init; }
    public int Code { get; init; }
    public string Msg { get; init; } = "";
    public PositionMarginChange Type { get; init; }
}

/// <summary>GET /fapi/v1/positionMargin/history.</summary>
public sealed class PositionMarginHistoryEntry
{
    public string Symbol { get; init; } = "";
    public decimal Amount { get; init; }
    public string Asset { get; init; } = "";
    public long Time { get; init; }
    public PositionMarginChange Type { get; init; }
    public PositionSide PositionSide { get; init; }
}

/// <summary>GET /fapi/v1/positionSide/dual.</summary>
public sealed class PositionModeSetting
{
    /// <summary>True = hedge mode (LONG and SHORT positions), false = one-way (BOTH).</summary>
    public bool DualSidePosition { get; init; }
}

/// <summary>GET /fapi/v1/multiAssetsMargin.</summary>
public sealed class MultiAssetsModeSetting
{
    public bool MultiAssetsMargin { get; init; }
}

/// <summary>GET /fapi/v1/leverageBracket.</summary>
public sealed class SymbolLeverageBrackets
{
    public string Symbol { get; init; } = "";
    public decimal? NotionalCoef { get; init; }
    public IReadOnlyList<LeverageBracket> Brackets { get; init; } = [];

    /// <summary>
    /// The highest leverage allowed for a position of <paramref name="notional"/> (the bracket whose
    /// [floor, cap) holds it), or null when the notional exceeds every bracket: such a position cannot be opened.
    /// </summary>
    public int? MaxLeverageFor(decimal notional) =>
        Brackets.FirstOrDefault(b => notional >= b.NotionalFloor && notional < b.NotionalCap)?.InitialLeverage;
}

public sealed class LeverageBracket
{
    public int Bracket { get; init; }
    public int InitialLeverage { get; init; }
    public decimal NotionalCap { get; init; }
    public decimal NotionalFloor { get; init; }
    public decimal MaintMarginRatio { get; init; }
    public decimal Cum { get; init; }
}

/// <summary>GET /fapi/v1/commissionRate, /api/v1/commissionRate.</summary>
public sealed class CommissionRate
{
    public string Symbol { get; init; } = "";
    public decimal MakerCommissionRate { get; init; }
    public decimal TakerCommissionRate { get; init; }
}

/// <summary>GET /fapi/v1/income: one ledger line.</summary>
public sealed class IncomeEntry
{
    public string Symbol { get; init; } = "";
    public IncomeType IncomeType { get; init; }
    public decimal Income { get; init; }
    public string Asset { get; init; } = "";
    public string Info { get; init; } = "";
    public long Time { get; init; }
    public string TranId { get; init; } = "";
    public string TradeId { get; init; } = "";
}

/// <summary>GET /fapi/v3/stpMode: the account's default self-trade prevention.</summary>
public sealed class StpModeSetting
{
    public SelfTradePreventionMode StpMode { get; init; }
}

/// <summary>GET /fapi/v1/adlQuantile: auto-deleverage queue position per side, 0 (last) … 4 (first); updated every 30 s.</summary>
public sealed class AdlQuantile
{
    public string Symbol { get; init; } = "";
    [System.Text.Json.Serialization.JsonPropertyName("adlQuantile")] public AdlQuantileValues Values { get; init; } = new();
}

/// <summary>Hedge mode fills LONG/SHORT (and HEDGE); one-way mode fills BOTH.</summary>
public sealed class AdlQuantileValues
{
    [System.Text.Json.Serialization.JsonPropertyName("LONG")] public int? Long { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("SHORT")] public int? Short { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("HEDGE")] public int? Hedge { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("BOTH")] public int? Both { get; init; }
}
