using System.Text.Json.Serialization;

namespace AsterBot.Aster.Models;

/// <summary>
/// One candle, sent as an array: <c>[openTime,"o","h","l","c","volume",closeTime,"quoteVolume",trades,"takerBuyBase","takerBuyQuote"(,"0")]</c>
/// (futures adds a 12th ignored column; index klines put the data-point count in the trades column).
/// </summary>
[JsonConverter(typeof(Json.KlineConverter))]
public sealed record Kline(
    long OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, long CloseTime,
    decimal QuoteVolume, long TradeCount, decimal TakerBuyBaseVolume, decimal TakerBuyQuoteVolume);
