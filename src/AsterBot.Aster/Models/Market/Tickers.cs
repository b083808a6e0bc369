namespace AsterBot.Aster.Models;

/// <summary>GET ticker/24hr (spot adds the best bid/ask and assets).</summary>
public sealed class Ticker24h
{
    public string Symbol { get; init; } = "";
    public decimal PriceChange { get; init; }
    public decimal PriceChangePercent { get; init; }
    public decimal WeightedAvgPrice { get; init; }
    public decimal? PrevClosePrice { get; init; }
    public decimal LastPrice { get; init; }
    public decimal LastQty { get; init; }
    public decimal OpenPrice { get; init; }
    public decimal HighPrice { get; init; }
    public decimal LowPrice { get; init; }
    public decimal Volume { get; init; }
    public decimal QuoteVolume { get; init; }
    public long OpenTime { get; init; }
    public long CloseTime { get; init; }
    public long FirstId { get; init; }
    public long LastId { get; init; }
    public long Count { get; init; }
    public decimal? BidPrice { get; init; }
    public decimal? BidQty { get; init; }
    public decimal? AskPrice { get; init; }
    public decimal? AskQty { get; init; }
    public string? BaseAsset { get; init; }
    public string? QuoteAsset { get; init; }
}

/// <summary>GET ticker/price.</summary>
public sealed class PriceTicker
{
    public string Symbol { get; init; } = "";
    public decimal Price { get; init; }
    public long? Time { get; init; }
}

/// <summary>GET ticker/bookTicker: best bid and ask.</summary>
public sealed class BookTicker
{
    public string Symbol { get; init; } = "";
    public decimal BidPrice { get; init; }
    public decimal BidQty { get; init; }
    public decimal AskPrice { get; init; }
    public decimal AskQty { get; init; }
    public long? Time { get; init; }
}
