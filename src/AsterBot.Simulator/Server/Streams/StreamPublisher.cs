using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Server.Http;
using Microsoft.Extensions.Logging;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>
/// Turns engine events into stream messages: user-data events to the account's listen-key connections, market
/// events to the streams someone watches. Update speeds (@100ms, @500ms, @1s) are accepted as names and served as
/// the changes happen — a client cannot rely on the cadence anyway — except mark prices, which are also pushed
/// every second as Aster does. One reader keeps Aster's per-account order.
/// </summary>
public sealed class StreamPublisher : IAsyncDisposable
{
    private static readonly string[] DepthSpeeds = ["", "@100ms", "@250ms", "@500ms"];
    private static readonly int[] PartialLevels = [5, 10, 20];

    private readonly SimulatorState _state;
    private readonly StreamHub _hub;
    private readonly EventSubscription _subscription;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public StreamPublisher(SimulatorState state)
    {
        _state = state;
        _hub = state.Hub;
        _subscription = state.Engine.Events.Subscribe();
        _loop = Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var e in _subscription.Reader.ReadAllAsync(_stop.Token))
            {
                try
                {
                    Dispatch(e);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _state.Logger.LogError(ex, "Could not publish {Event}", e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private SymbolSpec? Spec(Market market, string symbol) => _state.Symbols.Find(market, symbol);

    private void Dispatch(EngineEvent e)
    {
        switch (e)
        {
            case FuturesOrderUpdate u when Spec(Market.Futures, u.Order.Symbol) is { } spec:
                _hub.PublishUser(u.AccountId, Market.Futures, UserPayloads.OrderTradeUpdate(u, spec));
                break;
            case FuturesAccountUpdate u:
                _hub.PublishUser(u.AccountId, Market.Futures, UserPayloads.AccountUpdate(u, s => Spec(Market.Futures, s)));
                break;
            case FuturesConfigUpdate u:
                _hub.PublishUser(u.AccountId, Market.Futures, UserPayloads.ConfigUpdate(u));
                break;
            case MarginCallEvent u:
                _hub.PublishUser(u.AccountId, Market.Futures, UserPayloads.MarginCall(u, s => Spec(Market.Futures, s)));
                break;
            case SpotOrderUpdate u when Spec(Market.Spot, u.Order.Symbol) is { } spec:
                _hub.PublishUser(u.AccountId, Market.Spot, UserPayloads.ExecutionReport(u, spec));
                break;
            case SpotAccountUpdate u:
                _hub.PublishUser(u.AccountId, Market.Spot, UserPayloads.OutboundAccountPosition(u));
                break;
            case TradeEvent t when Spec(t.Market, t.Symbol) is { } spec:
                OnTrade(t, spec);
                break;
            case DepthUpdate d when Spec(d.Market, d.Symbol) is { } spec:
                OnDepth(d, spec);
                break;
            case MarkPriceUpdate m:
                OnMarkPrice(m);
                break;
            case KlineUpdate k when Spec(k.Market, k.Symbol) is { } spec:
                OnKline(k, spec);
                break;
            case LiquidationEvent l when Spec(Market.Futures, l.Symbol) is { } spec:
                var payload = MarketPayloads.ForceOrder(l, spec);
                Publish(Market.Futures, Lower(l.Symbol) + "@forceOrder", payload);
                Publish(Market.Futures, "!forceOrder@arr", payload);
                break;
        }
    }

    private void OnTrade(TradeEvent t, SymbolSpec spec)
    {
        var name = Lower(t.Symbol);
        if (_hub.IsWatched(t.Market, name + "@aggTrade")) _hub.Publish(t.Market, name + "@aggTrade", MarketPayloads.AggTrade(t, spec));
        if (t.Market == Market.Spot && _hub.IsWatched(t.Market, name + "@trade")) _hub.Publish(t.Market, name + "@trade", MarketPayloads.Trade(t, spec));

        foreach (var mini in new[] { true, false })
        {
            var single = name + (mini ? "@miniTicker" : "@ticker");
            var all = mini ? "!miniTicker@arr" : "!ticker@arr";
            if (!_hub.IsWatched(t.Market, single) && !_hub.IsWatched(t.Market, all)) continue;
            var ticker = _state.Engine.GetTicker24h(t.Market, t.Symbol).Unwrap();
            var payload = MarketPayloads.Ticker(ticker, spec, t.EventTime, mini);
            Publish(t.Market, single, payload);
            if (_hub.IsWatched(t.Market, all)) _hub.Publish(t.Market, all, [(byte)'[', .. payload, (byte)']']);
        }
    }

    private void OnDepth(DepthUpdate d, SymbolSpec spec)
    {
        var name = Lower(d.Symbol);
        byte[]? diff = null;
        foreach (var speed in DepthSpeeds)
            if (_hub.IsWatched(d.Market, name + "@depth" + speed)) _hub.Publish(d.Market, name + "@depth" + speed, diff ??= MarketPayloads.DepthDiff(d, spec));

        foreach (var levels in PartialLevels)
            foreach (var speed in DepthSpeeds)
            {
                var stream = name + "@depth" + levels + speed;
                if (!_hub.IsWatched(d.Market, stream)) continue;
                var book = _state.Engine.GetDepth(d.Market, d.Symbol, levels).Unwrap();
                _hub.Publish(d.Market, stream, MarketPayloads.PartialDepth(d.Market, d.Symbol, book, d.PreviousFinalUpdateId, spec));
            }

        if (_hub.IsWatched(d.Market, name + "@bookTicker") || _hub.IsWatched(d.Market, "!bookTicker"))
        {
            var payload = MarketPayloads.BookTicker(d.Market, _state.Engine.GetBookTicker(d.Market, d.Symbol).Unwrap(), spec);
            Publish(d.Market, name + "@bookTicker", payload);
            Publish(d.Market, "!bookTicker", payload);
        }
    }

    /// <summary>
    /// The periodic mark-price push: Aster sends markPrice every 3 s (or 1 s) whether or not it moved, so a client
    /// may wait for the first one. Called by the server's once-a-second sweep; both speeds get it every second.
    /// </summary>
    public void PublishMarkPrices()
    {
        foreach (var m in _state.Engine.GetMarkPrices())
            OnMarkPrice(new MarkPriceUpdate(m.Time, m.Symbol, m.MarkPrice, m.IndexPrice, m.EstimatedSettlePrice, m.LastFundingRate, m.NextFundingTime));
    }

    private void OnMarkPrice(MarkPriceUpdate m)
    {
        var name = Lower(m.Symbol);
        byte[]? single = null;
        foreach (var stream in new[] { name + "@markPrice", name + "@markPrice@1s" })
            if (_hub.IsWatched(Market.Futures, stream)) _hub.Publish(Market.Futures, stream, single ??= MarketPayloads.MarkPrice(m));
        byte[]? array = null;
        foreach (var stream in new[] { "!markPrice@arr", "!markPrice@arr@1s" })
            if (_hub.IsWatched(Market.Futures, stream)) _hub.Publish(Market.Futures, stream, array ??= MarketPayloads.MarkPriceArray(m));
    }

    private void OnKline(KlineUpdate k, SymbolSpec spec)
    {
        var name = Lower(k.Symbol);
        foreach (var interval in StreamNames.KlineIntervals)
        {
            var stream = name + "@kline_" + interval;
            if (!_hub.IsWatched(k.Market, stream)) continue;
            if (interval == "1m")
            {
                _hub.Publish(k.Market, stream, MarketPayloads.Kline(k.EventTime, k.Symbol, interval, k.Kline, k.IsClosed, spec));
                continue;
            }
            // Longer intervals: the engine aggregates its 1m candles on request.
            var latest = _state.Engine.GetKlines(k.Market, k.Symbol, IntervalOf(interval), limit: 1).Unwrap();
            if (latest.Count == 1)
                _hub.Publish(k.Market, stream, MarketPayloads.Kline(k.EventTime, k.Symbol, interval, latest[0], closed: false, spec));
        }
    }

    private void Publish(Market market, string stream, byte[] payload)
    {
        if (_hub.IsWatched(market, stream)) _hub.Publish(market, stream, payload);
    }

    private static TimeSpan IntervalOf(string interval) => MarketParameters.ParseInterval(interval)!.Value;

    private static string Lower(string symbol) => symbol.ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _subscription.Dispose();
        await _loop;
        _stop.Dispose();
    }
}
