using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Streams.Events;

/// <summary>
/// The order fields a futures <c>ORDER_TRADE_UPDATE</c> ("o") and a spot <c>executionReport</c> carry under the same
/// keys with the same meaning; each event adds its own (stop price, average price and trade time differ by market).
/// </summary>
public abstract record OrderUpdateFields
{
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("c")] public string ClientOrderId { get; init; } = "";
    [JsonPropertyName("S")] public OrderSide Side { get; init; }
    [JsonPropertyName("o")] public OrderType Type { get; init; }
    [JsonPropertyName("f")] public TimeInForce TimeInForce { get; init; }
    [JsonPropertyName("q")] public decimal OriginalQuantity { get; init; }
    [JsonPropertyName("p")] public decimal Price { get; init; }
    [JsonPropertyName("x")] public ExecutionType ExecutionType { get; init; }
    [JsonPropertyName("X")] public OrderStatus Status { get; init; }
    [JsonPropertyName("i")] public long OrderId { get; init; }
    [JsonPropertyName("l")] public decimal LastFilledQuantity { get; init; }
    [JsonPropertyName("z")] public decimal FilledAccumulatedQuantity { get; init; }
    [JsonPropertyName("L")] public decimal LastFilledPrice { get; init; }
    /// <summary>Commission asset; absent when there is no commission.</summary>
    [JsonPropertyName("N")] public string? CommissionAsset { get; init; }
    [JsonPropertyName("n")] public decimal? Commission { get; init; }
    [JsonPropertyName("t")] public long TradeId { get; init; }
    [JsonPropertyName("m")] public bool IsMaker { get; init; }
}
