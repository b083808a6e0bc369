using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using E = AsterBot.Aster.Rest.SpotEndpoints;

namespace AsterBot.Aster.Rest.Spot;

/// <summary>Spot market data (public).</summary>
public sealed class SpotMarketApi : MarketDataApi
{
    internal SpotMarketApi(AsterRestChannel channel)
        : base(channel, E.Ping, E.Time, E.Depth, E.Trades, E.HistoricalTrades, E.AggTrades, E.Klines, E.Ticker24h, E.TickerPrice, E.BookTicker) { }

    public Task<AsterResult<SpotExchangeInfo>> GetExchangeInfoAsync(CancellationToken ct = default) =>
        Channel.SendAsync(E.ExchangeInfo, null, Channel.Json.SpotExchangeInfo, ct);
}
