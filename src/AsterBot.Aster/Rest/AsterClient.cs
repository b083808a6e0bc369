using AsterBot.Aster.Json;
using AsterBot.Aster.Models;
using AsterBot.Aster.RateLimits;
using AsterBot.Aster.Rest.Futures;
using AsterBot.Aster.Rest.Spot;

namespace AsterBot.Aster.Rest;

/// <summary>
/// Aster REST client for one account (or none, for public data): <c>client.Futures.Trading.PlaceOrderAsync(…)</c>,
/// <c>client.Spot.Market.GetOrderBookAsync(…)</c>. Every call returns an <see cref="Errors.AsterResult{T}"/>.
/// The same typed methods serve V1 and V3 credentials: the signer's generation picks the paths.
/// </summary>
public sealed class AsterClient : IDisposable
{
    private readonly HttpClient? _ownedHttp;

    public AsterClient(AsterClientOptions? options = null)
    {
        Options = options ?? new AsterClientOptions();
        var http = Options.HttpClient ?? (_ownedHttp = CreateHttpClient());
        var json = Options.StrictJson ? AsterJson.Strict : AsterJson.Lenient;
        AsterRestChannel Channel(Market market, AsterRateLimits? limits) => new(http, Options.Environment.RestUri(market), market, Options.PublicGeneration,
            Options.Signer, Options.ServerClock, limits ?? AsterRateLimits.For(market, Options.Time), Options.Time, json, Options.RequestTimeout);
        Futures = new FuturesApi(Channel(Market.Futures, Options.FuturesLimits));
        Spot = new SpotApi(Channel(Market.Spot, Options.SpotLimits));
    }

    public AsterClientOptions Options { get; }

    public FuturesApi Futures { get; }

    public SpotApi Spot { get; }

    public void Dispose() => _ownedHttp?.Dispose();

    // The channel enforces its own timeout with the injected clock, so HttpClient's must not fire first.
    private static HttpClient CreateHttpClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
