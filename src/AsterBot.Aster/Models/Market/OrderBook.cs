using System.Text.Json.Serialization;

namespace AsterBot.Aster.Models;

/// <summary>GET depth: a snapshot of the book, best levels first.</summary>
public sealed class OrderBook
{
    public long LastUpdateId { get; init; }

    /// <summary>Message time (futures only).</summary>
    [JsonPropertyName("E")] public long? EventTime { get; init; }

    /// <summary>Matching-engine time (futures only).</summary>
    [JsonPropertyName("T")] public long? TransactionTime { get; init; }

    public IReadOnlyList<OrderBookLevel> Bids { get; init; } = [];
    public IReadOnlyList<OrderBookLevel> Asks { get; init; } = [];
}

/// <summary>A price level, sent as the array <c>["price","quantity"]</c>.</summary>
[JsonConverter(typeof(Json.OrderBookLevelConverter))]
public readonly record struct OrderBookLevel(decimal Price, decimal Quantity);
