namespace AsterBot.Aster.Streams.Events;

// The high-rate market events are value types handed to the handler by reference, so parsing them allocates
// nothing. Times are Unix milliseconds as sent by the exchange.

/// <summary><c>aggTrade</c> (futures and spot). <see cref="IsBestMatch"/> is the spot-only <c>M</c> flag.</summary>
public readonly record struct AggTradeEvent(
    string Symbol, long EventTime, long AggregateTradeId, decimal Price, decimal Quantity,
    long FirstTradeId, long LastTradeId, long TradeTime, bool BuyerIsMaker, bool? IsBestMatch);

/// <summary>Spot <c>trade</c>.</summary>
public readonly record struct TradeEvent(
    string Symbol, long EventTime, long TradeId, decimal Price, decimal Quantity, long TradeTime, bool BuyerIsMaker);

/// <summary>
/// <c>bookTicker</c>: best bid and ask. Spot payloads carry no event or transaction time (both 0 then).
/// </summary>
public readonly record struct BookTickerEvent(
    string Symbol, long UpdateId, long EventTime, long TransactionTime,
    decimal BidPrice, decimal BidQuantity, decimal AskPrice, decimal AskQuantity);

/// <summary>
/// <c>depthUpdate</c> diff: absolute quantities per level, 0 removes the level. The level spans point into the
/// parser's reusable buffers and are valid only during the handler call: copy what you keep.
/// <see cref="PreviousFinalUpdateId"/> (<c>pu</c>) is -1 when the payload has none.
/// </summary>
public readonly ref struct DepthUpdate(
    string symbol, long eventTime, long transactionTime, long firstUpdateId, long finalUpdateId,
    long previousFinalUpdateId, ReadOnlySpan<PriceLevel> bids, ReadOnlySpan<PriceLevel> asks)
{
    public string Symbol { get; } = symbol;
    public long EventTime { get; } = eventTime;
    public long TransactionTime { get; } = transactionTime;
    public long FirstUpdateId { get; } = firstUpdateId;
    public long FinalUpdateId { get; } = finalUpdateId;
    public long PreviousFinalUpdateId { get; } = previousFinalUpdateId;
    public ReadOnlySpan<PriceLevel> Bids { get; } = bids;
    public ReadOnlySpan<PriceLevel> Asks { get; } = asks;
}

/// <summary>
/// Partial book (<c>@depth5|10|20</c>): the top levels as a whole. Spot payloads have no symbol, so
/// <see cref="Symbol"/> comes from the stream name and is null when the frame does not say which stream it is.
/// Spans are valid only during the handler call.
/// </summary>
public readonly ref struct PartialDepth(
    string? symbol, string? stream, long lastUpdateId, long eventTime, ReadOnlySpan<PriceLevel> bids, ReadOnlySpan<PriceLevel> asks)
{
    public string? Symbol { get; } = symbol;
    public string? Stream { get; } = stream;
    public long LastUpdateId { get; } = lastUpdateId;
    public long EventTime { get; } = eventTime;
    public ReadOnlySpan<PriceLevel> Bids { get; } = bids;
    public ReadOnlySpan<PriceLevel> Asks { get; } = asks;
}
