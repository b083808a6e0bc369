using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Rest;

/// <summary>The market-data endpoints futures and spot share (same parameters, different paths and shapes noted on each model).</summary>
public abstract class MarketDataApi
{
    private readonly Endpoint _ping, _time, _depth, _trades, _historicalTrades, _aggTrades, _klines, _ticker24h, _price, _bookTicker;

    private protected MarketDataApi(AsterRestChannel channel, Endpoint ping, Endpoint time, Endpoint depth, Endpoint trades,
        Endpoint historicalTrades, Endpoint aggTrades, Endpoint klines, Endpoint ticker24h, Endpoint price, Endpoint bookTicker)
    {
        Channel = channel;
        (_ping, _time, _depth, _trades, _historicalTrades, _aggTrades, _klines, _ticker24h, _price, _bookTicker) =
            (ping, time, depth, trades, historicalTrades, aggTrades, klines, ticker24h, price, bookTicker);
    }

    private protected AsterRestChannel Channel { get; }

    public async Task<AsterResult<bool>> PingAsync(CancellationToken ct = default) =>
        (await Channel.SendAsync(_ping, null, Channel.Json.EmptyResponse, ct)).Map(_ => true);

    public Task<AsterResult<ServerTime>> GetServerTimeAsync(CancellationToken ct = default) =>
        Channel.SendAsync(_time, null, Channel.Json.ServerTime, ct);

    /// <param name="limit">5, 10, 20, 50, 100, 500 or 1000 levels; the weight grows with it.</param>
    public Task<AsterResult<OrderBook>> GetOrderBookAsync(string symbol, int? limit = null, CancellationToken ct = default) =>
        Channel.SendAsync(_depth, new RequestParameters().Add("symbol", symbol).Add("limit", limit), Channel.Json.OrderBook, ct,
            weight: limit is { } l ? Weights.Depth(l) : null);

    public Task<AsterResult<IReadOnlyList<RecentTrade>>> GetRecentTradesAsync(string symbol, int? limit = null, CancellationToken ct = default) =>
        Channel.SendAsync(_trades, new RequestParameters().Add("symbol", symbol).Add("limit", limit), Channel.Json.IReadOnlyListRecentTrade, ct);

    /// <summary>Older trades from <paramref name="fromId"/> (V1 needs an API key for this one).</summary>
    public Task<AsterResult<IReadOnlyList<RecentTrade>>> GetHistoricalTradesAsync(string symbol, int? limit = null, long? fromId = null, CancellationToken ct = default) =>
        Channel.SendAsync(_historicalTrades, new RequestParameters().Add("symbol", symbol).Add("limit", limit).Add("fromId", fromId),
            Channel.Json.IReadOnlyListRecentTrade, ct);

    /// <param name="startTime">With <paramref name="endTime"/>: a window shorter than one hour.</param>
    public Task<AsterResult<IReadOnlyList<AggregateTrade>>> GetAggregateTradesAsync(string symbol, long? fromId = null, long? startTime = null,
        long? endTime = null, int? limit = null, CancellationToken ct = default) =>
        Channel.SendAsync(_aggTrades, new RequestParameters().Add("symbol", symbol).Add("fromId", fromId).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", limit), Channel.Json.IReadOnlyListAggregateTrade, ct);

    /// <param name="limit">Up to 1500 candles (default 500); the weight grows with it.</param>
    public Task<AsterResult<IReadOnlyList<Kline>>> GetKlinesAsync(string symbol, KlineInterval interval, long? startTime = null, long? endTime = null,
        int? limit = null, CancellationToken ct = default) =>
        SendKlinesAsync(_klines, "symbol", symbol, interval, startTime, endTime, limit, ct);

    /// <summary>24 h statistics for one symbol.</summary>
    public Task<AsterResult<Ticker24h>> GetTicker24hAsync(string symbol, CancellationToken ct = default) =>
        Channel.SendAsync(_ticker24h, new RequestParameters().Add("symbol", symbol), Channel.Json.Ticker24h, ct);

    /// <summary>24 h statistics for every symbol (weight 40).</summary>
    public Task<AsterResult<IReadOnlyList<Ticker24h>>> GetTickers24hAsync(CancellationToken ct = default) =>
        Channel.SendAsync(_ticker24h, null, Channel.Json.IReadOnlyListTicker24h, ct, weight: 40);

    public Task<AsterResult<PriceTicker>> GetPriceAsync(string symbol, CancellationToken ct = default) =>
        Channel.SendAsync(_price, new RequestParameters().Add("symbol", symbol), Channel.Json.PriceTicker, ct);

    public Task<AsterResult<IReadOnlyList<PriceTicker>>> GetPricesAsync(CancellationToken ct = default) =>
        Channel.SendAsync(_price, null, Channel.Json.IReadOnlyListPriceTicker, ct, weight: 2);

    public Task<AsterResult<BookTicker>> GetBookTickerAsync(string symbol, CancellationToken ct = default) =>
        Channel.SendAsync(_bookTicker, new RequestParameters().Add("symbol", symbol), Channel.Json.BookTicker, ct);

    public Task<AsterResult<IReadOnlyList<BookTicker>>> GetBookTickersAsync(CancellationToken ct = default) =>
        Channel.SendAsync(_bookTicker, null, Channel.Json.IReadOnlyListBookTicker, ct, weight: 2);

    private protected Task<AsterResult<IReadOnlyList<Kline>>> SendKlinesAsync(Endpoint endpoint, string keyName, string key, KlineInterval interval,
        long? startTime, long? endTime, int? limit, CancellationToken ct) =>
        Channel.SendAsync(endpoint, new RequestParameters().Add(keyName, key).Add("interval", interval.Text).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", limit), Channel.Json.IReadOnlyListKline, ct, weight: Weights.Klines(limit ?? 500));
}
