using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Streams.Events;

/// <summary>Spot <c>executionReport</c>: an order changed.</summary>
public sealed record ExecutionReportEvent : OrderUpdateFields
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("ap")] public decimal? AveragePrice { get; init; }
    [JsonPropertyName("P")] public decimal StopPrice { get; init; }
    [JsonPropertyName("T")] public long TransactionTime { get; init; }
    [JsonPropertyName("ot")] public OrderType? OriginalType { get; init; }
    [JsonPropertyName("O")] public long CreationTime { get; init; }
    [JsonPropertyName("Z")] public decimal CumulativeQuoteQuantity { get; init; }
    [JsonPropertyName("Y")] public decimal LastQuoteQuantity { get; init; }
    [JsonPropertyName("Q")] public decimal QuoteOrderQuantity { get; init; }

    /// <summary>See <see cref="OrderTradeUpdateEvent.IsSuperseded"/>.</summary>
    [JsonIgnore] public bool IsSuperseded { get; init; }
}

/// <summary>Spot <c>outboundAccountPosition</c>: balances that changed.</summary>
public sealed record OutboundAccountPositionEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("T")] public long LastUpdateTime { get; init; }
    /// <summary>Reason as on the wire (e.g. WITHDRAW); may be absent.</summary>
    [JsonPropertyName("m")] public string? Reason { get; init; }
    [JsonPropertyName("B")] public IReadOnlyList<SpotBalance> Balances { get; init; } = [];
}

public sealed record SpotBalance
{
    [JsonPropertyName("a")] public string Asset { get; init; } = "";
    [JsonPropertyName("f")] public decimal Free { get; init; }
    [JsonPropertyName("l")] public decimal Locked { get; init; }
}
