using AsterBot.Simulator.Engine.Accounts;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Futures;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Spot;
using AsterBot.Simulator.Engine.Symbols;

namespace AsterBot.Simulator.Engine;

/// <summary>
/// The simulated Aster exchange, in-process: futures and spot matching, accounting, funding, liquidation and
/// market data. Thread-safe: every call runs under one lock, so the server may call it from many requests.
/// Deterministic: the same options (seed), clock readings and calls give the same results and events.
/// Before each call the engine replays what the clock says has happened (funding times, random-walk steps).
/// Exchange rejections come back as <see cref="EngineResult{T}"/> errors with Aster's code and message.
/// </summary>
public sealed partial class SimulatorEngine
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly EngineState _state;
    private readonly FuturesLedger _ledger;
    private readonly FuturesTrading _futures;
    private readonly SpotTrading _spot;
    private readonly FuturesRisk _risk;
    private readonly MarketMover _mover;

    public SimulatorEngine(EngineOptions options, TimeProvider time) : this(options, time, SymbolCatalog.LoadEmbedded()) { }

    public SimulatorEngine(EngineOptions options, TimeProvider time, SymbolCatalog catalog)
    {
        _time = time;
        Events = new EventHub();
        _state = new EngineState(options, catalog, Events);
        _ledger = new FuturesLedger(_state);
        _futures = new FuturesTrading(_state, _ledger);
        _spot = new SpotTrading(_state);
        _risk = new FuturesRisk(_state, _ledger, _futures);
        _mover = new MarketMover(_state, _futures, _spot, _risk);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var interval = (long)options.FundingInterval.TotalMilliseconds;
        _state.Now = _state.LastWalkTime = now;
        // Funding times are multiples of the interval since the epoch: 00:00, 08:00 and 16:00 UTC for 8 h.
        _state.NextFundingTime = (now / interval + 1) * interval;
    }

    public EngineOptions Options => _state.Options;

    /// <summary>All symbols of the captures (including ones not enabled in this engine).</summary>
    public SymbolCatalog Catalog => _state.Catalog;

    /// <summary>Subscribe here for order, account, trade, depth, mark-price and kline events.</summary>
    public EventHub Events { get; }

    /// <summary>The symbols this engine trades in a market (sorted by name).</summary>
    public IReadOnlyList<SymbolSpec> EnabledSymbols(Aster.Models.Market market)
    {
        lock (_gate)
            return (market == Aster.Models.Market.Futures ? _state.FuturesMarkets : _state.SpotMarkets).ConvertAll(m => m.Spec);
    }

    /// <summary>Engine time in Unix ms, after replaying the clock.</summary>
    public long Now
    {
        get
        {
            lock (_gate)
            {
                Begin();
                return _state.Now;
            }
        }
    }

    /// <summary>Brings the engine up to the clock (funding, random walk) and publishes what that changed.</summary>
    public void Tick()
    {
        lock (_gate) Begin();
    }

    /// <summary>Start of every call: the clock never runs backwards, and missed time is replayed first.</summary>
    private void Begin()
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        _mover.CatchUp(Math.Max(now, _state.Now));
    }

    /// <summary>End of a call that touched a market: fills may have moved its price.</summary>
    private void After(MarketState? market)
    {
        if (market is null) return;
        if (market.Spec.Market == Aster.Models.Market.Futures) _futures.CheckTriggers(market);
        else _spot.CheckTriggers(market);
        MarketTape.PublishDepth(_state, market);
    }

    private bool TryAccount(long accountId, out Account account) => _state.Accounts.TryGetValue(accountId, out account!);
}
