using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Streams.Events;

// Futures user-data events. Events may arrive out of order: every one exposes its event time E so a consumer
// can order them; order updates also pass through OrderUpdateSequencer (see UserData/).

/// <summary>The listen key expired: the stream stops; a new key and connection are needed.</summary>
public sealed record ListenKeyExpiredEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
}

/// <summary><c>MARGIN_CALL</c>.</summary>
public sealed record MarginCallEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    /// <summary>Cross wallet balance (only for crossed positions).</summary>
    [JsonPropertyName("cw")] public decimal? CrossWalletBalance { get; init; }
    [JsonPropertyName("p")] public IReadOnlyList<MarginCallPosition> Positions { get; init; } = [];
}

public sealed record MarginCallPosition
{
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("ps")] public PositionSide PositionSide { get; init; }
    [JsonPropertyName("pa")] public decimal PositionAmount { get; init; }
    [JsonPropertyName("mt")] public MarginType MarginType { get; init; }
    [JsonPropertyName("iw")] public decimal IsolatedWallet { get; init; }
    [JsonPropertyName("mp")] public decimal MarkPrice { get; init; }
    [JsonPropertyName("up")] public decimal UnrealizedPnl { get; init; }
    [JsonPropertyName("mm")] public decimal MaintenanceMarginRequired { get; init; }
}

/// <summary><c>ACCOUNT_UPDATE</c>: balances and positions that changed.</summary>
public sealed record AccountUpdateEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("T")] public long TransactionTime { get; init; }
    [JsonPropertyName("a")] public AccountUpdate Update { get; init; } = new();
}

public sealed record AccountUpdate
{
    /// <summary>Reason as on the wire: DEPOSIT, WITHDRAW, ORDER, FUNDING_FEE, MARGIN_TRANSFER, ... (open-ended).</summary>
    [JsonPropertyName("m")] public string Reason { get; init; } = "";
    [JsonPropertyName("B")] public IReadOnlyList<BalanceUpdate> Balances { get; init; } = [];
    [JsonPropertyName("P")] public IReadOnlyList<PositionUpdate> Positions { get; init; } = [];
}

public sealed record BalanceUpdate
{
    [JsonPropertyName("a")] public string Asset { get; init; } = "";
    [JsonPropertyName("wb")] public decimal WalletBalance { get; init; }
    [JsonPropertyName("cw")] public decimal CrossWalletBalance { get; init; }
    /// <summary>Balance change except PnL and commission.</summary>
    [JsonPropertyName("bc")] public decimal? BalanceChange { get; init; }
}

public sealed record PositionUpdate
{
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("pa")] public decimal PositionAmount { get; init; }
    [JsonPropertyName("ep")] public decimal EntryPrice { get; init; }
    [JsonPropertyName("cr")] public decimal AccumulatedRealized { get; init; }
    [JsonPropertyName("up")] public decimal UnrealizedPnl { get; init; }
    [JsonPropertyName("mt")] public MarginType MarginType { get; init; }
    [JsonPropertyName("iw")] public decimal IsolatedWallet { get; init; }
    [JsonPropertyName("ps")] public PositionSide PositionSide { get; init; }
}

/// <summary><c>ORDER_TRADE_UPDATE</c>.</summary>
public sealed record OrderTradeUpdateEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("T")] public long TransactionTime { get; init; }
    [JsonPropertyName("o")] public FuturesOrderUpdate Order { get; init; } = new();

    /// <summary>
    /// Set by the user-data stream when a newer update of the same order was already delivered (events can arrive
    /// out of order): do not roll the order's state back with it, but do record its fill if it is a TRADE.
    /// </summary>
    [JsonIgnore] public bool IsSuperseded { get; init; }
}

public sealed record FuturesOrderUpdate : OrderUpdateFields
{
    [JsonPropertyName("ap")] public decimal AveragePrice { get; init; }
    [JsonPropertyName("sp")] public decimal StopPrice { get; init; }
    [JsonPropertyName("T")] public long TradeTime { get; init; }
    [JsonPropertyName("b")] public decimal BidsNotional { get; init; }
    [JsonPropertyName("a")] public decimal AsksNotional { get; init; }
    [JsonPropertyName("R")] public bool IsReduceOnly { get; init; }
    [JsonPropertyName("wt")] public WorkingType WorkingType { get; init; }
    [JsonPropertyName("ot")] public OrderType OriginalType { get; init; }
    [JsonPropertyName("ps")] public PositionSide PositionSide { get; init; }
    /// <summary>Close-all order (conditional, closes the whole position).</summary>
    [JsonPropertyName("cp")] public bool ClosePosition { get; init; }
    /// <summary>Activation price (trailing stops only).</summary>
    [JsonPropertyName("AP")] public decimal? ActivationPrice { get; init; }
    /// <summary>Callback rate in percent (trailing stops only).</summary>
    [JsonPropertyName("cr")] public decimal? CallbackRate { get; init; }
    [JsonPropertyName("rp")] public decimal RealizedProfit { get; init; }
}

/// <summary>
/// <c>ACCOUNT_CONFIG_UPDATE</c>: a symbol's leverage (<see cref="Leverage"/>) or account flags (<see cref="Info"/>).
/// The flag "f" in "ai" is undocumented and not mapped.
/// </summary>
public sealed record AccountConfigUpdateEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("T")] public long TransactionTime { get; init; }
    [JsonPropertyName("ac")] public LeverageConfig? Leverage { get; init; }
    [JsonPropertyName("ai")] public AccountConfig? Info { get; init; }
}

public sealed record LeverageConfig
{
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("l")] public int Leverage { get; init; }
}

public sealed record AccountConfig
{
    [JsonPropertyName("j")] public bool? MultiAssetsMode { get; init; }
    [JsonPropertyName("d")] public bool? HedgeMode { get; init; }
}
