using System.Collections.Concurrent;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Simulator.Engine;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// Keeps an in-process simulator engine's symbols at a real market's last prices, so paper orders get real prices
/// with the engine's fills, fees and margin, and hands out that market's own candles (<see cref="GetCandlesAsync"/>).
/// It polls GET ticker/price (all symbols of a market in one request of weight 2) rather than holding a WebSocket:
/// every poll is a fresh request, so a dropped connection or an outage needs no reconnect logic — the next poll after
/// the source is back simply succeeds. The time of each symbol's
/// last applied price is kept for <see cref="FollowedPriceExchange"/>, which turns silence into staleness.
/// When <paramref name="events"/> is given, the start and the end of a failure are reported there once each (pair
/// "prices"), not at every failed poll.
/// </summary>
public sealed class LivePriceFollower(SimulatorEngine engine, AsterClient source, IReadOnlyCollection<(Market Market, string Symbol)> symbols,
    TimeProvider time, TimeSpan pollInterval, ITradingEventSink? events = null)
{
    /// <summary>The "pair" named in the events this follower publishes.</summary>
    public const string EventSource = "prices";

    private readonly ConcurrentDictionary<(Market, string), (long First, long Last)> _updates = new();

    /// <summary>
    /// When (Unix ms) this follower was made: candles that closed before it are history (warm-up), which no decision
    /// acts on, so they need no followed price.
    /// </summary>
    public long CreatedAt { get; } = time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>The last poll's failure; null once a poll succeeds again. Never holds a secret (public data only, no keys).</summary>
    public string? LastError { get; private set; }

    /// <summary>
    /// When (Unix ms) the symbol first and last took a followed price; null before the first one. Prices before
    /// First are the engine's placeholders, after Last nobody knows.
    /// </summary>
    public (long First, long Last)? Updates(Market market, string symbol) =>
        _updates.TryGetValue((market, symbol), out var span) ? span : null;

    /// <summary>The followed market's closed candles, from its klines: the candles a live pair on that market decides on.</summary>
    public ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(Market market, string symbol, KlineInterval interval, int limit, CancellationToken ct) =>
        MarketCandles.GetClosedAsync(source, market, symbol, interval, limit, () => Now, ct);

    /// <summary>Polls until <paramref name="stop"/>; failures are remembered and retried at the next poll.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await PollOnceAsync(stop);
            try
            {
                await Task.Delay(pollInterval, time, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One poll per market with followed symbols; true when every market answered.</summary>
    public async Task<bool> PollOnceAsync(CancellationToken ct)
    {
        var ok = true;
        foreach (var market in symbols.Select(s => s.Market).Distinct())
        {
            var api = market == Market.Futures ? source.Futures.Market : (MarketDataApi)source.Spot.Market;
            AsterResult<IReadOnlyList<PriceTicker>> prices;
            try
            {
                prices = await api.GetPricesAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            if (!prices.IsSuccess)
            {
                Fail($"{market} prices from {source.Options.Environment.Name} failed: {prices.Error}");
                ok = false;
                continue;
            }
            ok &= Apply(market, prices.Data);
        }
        if (ok && LastError is not null)
        {
            LastError = null;
            events?.Publish(new TradingEvent(Now, EventSource, TradingEventKind.Info, $"prices from {source.Options.Environment.Name} are flowing again"));
        }
        return ok;
    }

    private bool Apply(Market market, IReadOnlyList<PriceTicker> prices)
    {
        // TryAdd, not ToDictionary: a source listing a symbol twice must not crash the follower (the first row wins).
        var bySymbol = new Dictionary<string, decimal>(prices.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var row in prices) bySymbol.TryAdd(row.Symbol, row.Price);
        var now = Now;
        var ok = true;
        foreach (var (_, symbol) in symbols.Where(s => s.Market == market))
        {
            // A symbol the source does not list, or a price the engine refuses, stays unfollowed: it goes stale.
            if (!bySymbol.TryGetValue(symbol, out var price))
            {
                Fail($"{market} {symbol} is not listed by {source.Options.Environment.Name}");
                ok = false;
                continue;
            }
            var moved = engine.SetPrice(market, symbol, price);
            if (!moved.IsSuccess)
            {
                Fail($"{market} {symbol}: the paper engine refused the followed price {price}: {moved.Error!.Value.Message}");
                ok = false;
                continue;
            }
            _updates.AddOrUpdate((market, symbol), (now, now), (_, span) => (span.First, now));
        }
        return ok;
    }

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    private void Fail(string problem)
    {
        if (LastError is null)
            events?.Publish(new TradingEvent(Now, EventSource, TradingEventKind.Error, $"{problem}; paper orders are refused once prices are older than the staleness limit"));
        LastError = problem;
    }
}
