using System.Text.Json.Serialization;

namespace AsterBot.Aster.Models;

/// <summary>GET trades / historicalTrades.</summary>
public sealed class RecentTrade
{
    public long Id { get; init; }
    public decimal Price { get; init; }
    /// <summary>Futures: base quantity. Spot: Aster sends the quote amount here (see <see cref="BaseQty"/>).</summary>
    public decimal Qty { get; init; }
    /// <summary>Futures only.</summary>
    public decimal? QuoteQty { get; init; }
    /// <summary>Spot only: the base quantity.</summary>
    public decimal? BaseQty { get; init; }
    public long Time { get; init; }
    public bool IsBuyerMaker { get; init; }
    public bool? IsBestMatch { get; init; }
}

/// <summary>GET aggTrades: trades at one price from one taker order, compressed.</summary>
public sealed class AggregateTrade
{
    [JsonPropertyName("a")] public long AggregateTradeId { get; init; }
    [JsonPropertyName("p")] public decimal Price { get; init; }
    [JsonPropertyName("q")] public decimal Quantity { get; init; }
    [JsonPropertyName("f")] public long FirstTradeId { get; init; }
    [JsonPropertyName("l")] public long LastTradeId { get; init; }
    [JsonPropertyName("T")] public long Time { get; init; }
    [JsonPropertyName("m")] public bool IsBuyerMaker { get; init; }
    /// <summary>Spot only: best price match.</summary>
    [JsonPropertyName("M")] public bool? IsBestMatch { get; init; }
}
