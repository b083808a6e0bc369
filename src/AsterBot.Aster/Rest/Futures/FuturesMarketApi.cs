using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using E = AsterBot.Aster.Rest.FuturesEndpoints;

namespace AsterBot.Aster.Rest.Futures;

/// <summary>Futures market data (public).</summary>
public sealed class FuturesMarketApi : MarketDataApi
{
    internal FuturesMarketApi(AsterRestChannel channel)
        : base(channel, E.Ping, E.Time, E.Depth, E.Trades, E.HistoricalTrades, E.AggTrades, E.Klines, E.Ticker24h, E.TickerPrice, E.BookTicker) { }

    public Task<AsterResult<FuturesExchangeInfo>> GetExchangeInfoAsync(CancellationToken ct = default) =>
        Channel.SendAsync(E.ExchangeInfo, null, Channel.Json.FuturesExchangeInfo, ct);

    public Task<AsterResult<IReadOnlyList<Kline>>> GetMarkPriceKlinesAsync(string symbol, KlineInterval interval, long? startTime = null,
        long? endTime = null, int? limit = null, CancellationToken ct = default) =>
        SendKlinesAsync(E.MarkPriceKlines, "symbol", symbol, interval, startTime, endTime, limit, ct);

    /// <summary>Index price candles of a <paramref name="pair"/> (volumes are "0"; the trade column counts data points).</summary>
    public Task<AsterResult<IReadOnlyList<Kline>>> GetIndexPriceKlinesAsync(string pair, KlineInterval interval, long? startTime = null,
        long? endTime = null, int? limit = null, CancellationToken ct = default) =>
        SendKlinesAsync(E.IndexPriceKlines, "pair", pair, interval, startTime, endTime, limit, ct);

    /// <summary>Mark price, index price and current funding of one symbol.</summary>
    public Task<AsterResult<PremiumIndex>> GetMarkPriceAsync(string symbol, CancellationToken ct = default) =>
        Channel.SendAsync(E.PremiumIndex, new RequestParameters().Add("symbol", symbol), Channel.Json.PremiumIndex, ct);

    public Task<AsterResult<IReadOnlyList<PremiumIndex>>> GetMarkPricesAsync(CancellationToken ct = default) =>
        Channel.SendAsync(E.PremiumIndex, null, Channel.Json.IReadOnlyListPremiumIndex, ct);

    public Task<AsterResult<IReadOnlyList<FundingRate>>> GetFundingRatesAsync(string? symbol = null, long? startTime = null, long? endTime = null,
        int? limit = null, CancellationToken ct = default) =>
        Channel.SendAsync(E.FundingRate, new RequestParameters().Add("symbol", symbol).Add("startTime", startTime).Add("endTime", endTime).Add("limit", limit),
            Channel.Json.IReadOnlyListFundingRate, ct);

    public Task<AsterResult<IReadOnlyList<FundingInfo>>> GetFundingInfoAsync(string? symbol = null, CancellationToken ct = default) =>
        Channel.SendAsync(E.FundingInfo, new RequestParameters().Add("symbol", symbol), Channel.Json.IReadOnlyListFundingInfo, ct);
}
