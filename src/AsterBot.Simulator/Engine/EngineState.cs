using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Accounts;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Futures;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Spot;
using AsterBot.Simulator.Engine.Symbols;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Engine;

/// <summary>All mutable state of one engine. Only touched while the engine lock is held.</summary>
internal sealed class EngineState
{
    public EngineState(EngineOptions options, SymbolCatalog catalog, EventHub events)
    {
        Options = options;
        Catalog = catalog;
        Events = events;
        FuturesMarkets = CreateMarkets(catalog.Futures);
        SpotMarkets = CreateMarkets(catalog.Spot);
        foreach (var m in FuturesMarkets) FuturesBySymbol[m.Symbol] = m;
        foreach (var m in SpotMarkets) SpotBySymbol[m.Symbol] = m;
    }

    public EngineOptions Options { get; }
    public SymbolCatalog Catalog { get; }
    public EventHub Events { get; }
    public List<MarketState> FuturesMarkets { get; }
    public List<MarketState> SpotMarkets { get; }
    public Dictionary<string, MarketState> FuturesBySymbol { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MarketState> SpotBySymbol { get; } = new(StringComparer.Ordinal);
    public Dictionary<long, Account> Accounts { get; } = [];
    /// <summary>Accounts in creation order: every sweep over accounts runs in this order (determinism).</summary>
    public List<Account> AccountList { get; } = [];
    public OrderIndex Orders { get; } = new();

    /// <summary>Engine clock (Unix ms) of the operation in progress.</summary>
    public long Now;
    public long NextFundingTime;
    public long LastWalkTime;
    public long NextTranId = 1;
    public long NextAccountId = 1;
    /// <summary>Collects liquidation fees and pays for bankrupt accounts' deficits.</summary>
    public decimal InsuranceFund;

    public bool Publishing => Events.HasSubscribers;

    /// <summary>Public market data (trades, depth, klines, mark prices) is built only when someone reads it.</summary>
    public bool PublishingMarketData => Events.HasMarketSubscribers;

    /// <summary>Per-fill balance and position updates are built only when someone reads them (not order-only readers).</summary>
    public bool PublishingBalances => Events.HasBalanceSubscribers;

    /// <summary>
    /// An order's NEW update is built only when someone reads it (not readers of later changes only).
    /// </summary>
    public bool PublishingOrder(ExecutionType type) => type == ExecutionType.New ? Events.HasAcknowledgementSubscribers : Events.HasSubscribers;

    private MarketState? _lastFound;

    /// <summary>A market by kind and symbol. A backtest asks for the same one twice per candle: the last answer is kept.</summary>
    public MarketState? Market(AsterMarket market, string symbol)
    {
        if (_lastFound is { } last && last.Spec.Market == market && string.Equals(last.Symbol, symbol, StringComparison.Ordinal))
            return last;
        var found = (market == AsterMarket.Futures ? FuturesBySymbol : SpotBySymbol).GetValueOrDefault(symbol);
        if (found is not null) _lastFound = found;
        return found;
    }

    private List<MarketState> CreateMarkets(IReadOnlyCollection<SymbolSpec> specs)
    {
        var enabled = Options.Symbols is null ? null : new HashSet<string>(Options.Symbols, StringComparer.Ordinal);
        var markets = new List<MarketState>();
        // Sorted by name: the index (and so every iteration order) must not depend on the capture's order.
        foreach (var spec in specs.OrderBy(s => s.Symbol, StringComparer.Ordinal))
        {
            if (spec.Status != "TRADING" || (enabled is not null && !enabled.Contains(spec.Symbol))) continue;
            var price = Options.InitialPrices.TryGetValue(spec.Symbol, out var p) ? spec.RoundPriceDown(p) : Catalog.InitialPrice(spec);
            markets.Add(new MarketState(markets.Count, spec, price, Options, Events));
        }
        return markets;
    }
}
