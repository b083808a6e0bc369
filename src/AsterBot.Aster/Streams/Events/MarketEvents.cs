using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Streams.Events;

// Lower-rate market events, bound by System.Text.Json to the exchange's one-letter keys (case matters: "p" and
// "P" are different fields). Decimals are read from their JSON strings; ids and times accept numbers or strings.

/// <summary><c>markPriceUpdate</c> (single stream and each element of <c>!markPrice@arr</c>).</summary>
public sealed record MarkPriceUpdate
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("p")] public decimal MarkPrice { get; init; }
    [JsonPropertyName("i")] public decimal IndexPrice { get; init; }
    /// <summary>Estimated settle price, only useful in the last hour before funding.</summary>
    [JsonPropertyName("P")] public decimal EstimatedSettlePrice { get; init; }
    [JsonPropertyName("r")] public decimal FundingRate { get; init; }
    [JsonPropertyName("T")] public long NextFundingTime { get; init; }
}

/// <summary><c>kline</c> event wrapping one candle.</summary>
public sealed record KlineEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("k")] public Kline Kline { get; init; } = new();
}

public sealed record Kline
{
    [JsonPropertyName("t")] public long OpenTime { get; init; }
    [JsonPropertyName("T")] public long CloseTime { get; init; }
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    /// <summary>Interval as on the wire: 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M.</summary>
    [JsonPropertyName("i")] public string Interval { get; init; } = "";
    [JsonPropertyName("f")] public long FirstTradeId { get; init; }
    [JsonPropertyName("L")] public long LastTradeId { get; init; }
    [JsonPropertyName("o")] public decimal Open { get; init; }
    [JsonPropertyName("c")] public decimal Close { get; init; }
    [JsonPropertyName("h")] public decimal High { get; init; }
    [JsonPropertyName("l")] public decimal Low { get; init; }
    [JsonPropertyName("v")] public decimal BaseVolume { get; init; }
    [JsonPropertyName("n")] public long TradeCount { get; init; }
    /// <summary>True once the candle is closed; earlier events are running updates of the same candle.</summary>
    [JsonPropertyName("x")] public bool IsClosed { get; init; }
    [JsonPropertyName("q")] public decimal QuoteVolume { get; init; }
    [JsonPropertyName("V")] public decimal TakerBuyBaseVolume { get; init; }
    [JsonPropertyName("Q")] public decimal TakerBuyQuoteVolume { get; init; }
}

/// <summary><c>24hrMiniTicker</c>.</summary>
public sealed record MiniTickerEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("c")] public decimal Close { get; init; }
    [JsonPropertyName("o")] public decimal Open { get; init; }
    [JsonPropertyName("h")] public decimal High { get; init; }
    [JsonPropertyName("l")] public decimal Low { get; init; }
    [JsonPropertyName("v")] public decimal BaseVolume { get; init; }
    [JsonPropertyName("q")] public decimal QuoteVolume { get; init; }
}

/// <summary><c>24hrTicker</c>.</summary>
public sealed record TickerEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("p")] public decimal PriceChange { get; init; }
    [JsonPropertyName("P")] public decimal PriceChangePercent { get; init; }
    [JsonPropertyName("w")] public decimal WeightedAveragePrice { get; init; }
    [JsonPropertyName("c")] public decimal LastPrice { get; init; }
    [JsonPropertyName("Q")] public decimal LastQuantity { get; init; }
    [JsonPropertyName("o")] public decimal Open { get; init; }
    [JsonPropertyName("h")] public decimal High { get; init; }
    [JsonPropertyName("l")] public decimal Low { get; init; }
    [JsonPropertyName("v")] public decimal BaseVolume { get; init; }
    [JsonPropertyName("q")] public decimal QuoteVolume { get; init; }
    [JsonPropertyName("O")] public long OpenTime { get; init; }
    [JsonPropertyName("C")] public long CloseTime { get; init; }
    [JsonPropertyName("F")] public long FirstTradeId { get; init; }
    [JsonPropertyName("L")] public long LastTradeId { get; init; }
    [JsonPropertyName("n")] public long TradeCount { get; init; }
}

/// <summary><c>forceOrder</c>: a liquidation order.</summary>
public sealed record ForceOrderEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("o")] public LiquidationOrder Order { get; init; } = new();
}

public sealed record LiquidationOrder
{
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("S")] public OrderSide Side { get; init; }
    [JsonPropertyName("o")] public OrderType Type { get; init; }
    [JsonPropertyName("f")] public TimeInForce TimeInForce { get; init; }
    [JsonPropertyName("q")] public decimal OriginalQuantity { get; init; }
    [JsonPropertyName("p")] public decimal Price { get; init; }
    [JsonPropertyName("ap")] public decimal AveragePrice { get; init; }
    [JsonPropertyName("X")] public OrderStatus Status { get; init; }
    [JsonPropertyName("l")] public decimal LastFilledQuantity { get; init; }
    [JsonPropertyName("z")] public decimal FilledAccumulatedQuantity { get; init; }
    [JsonPropertyName("T")] public long TradeTime { get; init; }
}

/// <summary><c>tradepro</c>: a trade with its chain hash and the [taker, maker] addresses (often "hidden").</summary>
public sealed record TradeProEvent
{
    [JsonPropertyName("E")] public long EventTime { get; init; }
    [JsonPropertyName("T")] public long TradeTime { get; init; }
    [JsonPropertyName("s")] public string Symbol { get; init; } = "";
    [JsonPropertyName("t")] public long TradeId { get; init; }
    [JsonPropertyName("p")] public decimal Price { get; init; }
    [JsonPropertyName("q")] public decimal Quantity { get; init; }
    [JsonPropertyName("h")] public string Hash { get; init; } = "";
    [JsonPropertyName("m")] public IReadOnlyList<string> Parties { get; init; } = [];
}
