using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Strategies;

/// <summary>
/// Everything a strategy may know and do for one pair. The pair's engine keeps the state current (fills, position,
/// account, open orders) before each callback and executes the recorded <see cref="Actions"/> after it.
/// </summary>
public sealed class StrategyContext
{
    private readonly List<StrategyAction> _actions = [];
    private readonly Dictionary<string, OrderState> _openOrders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tagsByClientId = new(StringComparer.Ordinal);

    public StrategyContext(string symbol, Market market, SymbolFilters filters, KlineInterval interval, StrategyParameters parameters)
    {
        Symbol = symbol;
        Market = market;
        Filters = filters;
        Interval = interval;
        Parameters = parameters;
        Position = new PositionSnapshot(symbol, 0, 0, 0, 1);
    }

    public string Symbol { get; }
    public Market Market { get; }
    public SymbolFilters Filters { get; }
    public KlineInterval Interval { get; }
    public StrategyParameters Parameters { get; }

    /// <summary>Exchange time of the current callback (Unix ms; the simulated clock in backtests).</summary>
    public long Now { get; internal set; }

    /// <summary>Close of the latest candle (or the latest trade price when known).</summary>
    public decimal LastPrice { get; internal set; }

    /// <summary>True while history is replayed to warm indicators up: actions recorded then are discarded.</summary>
    public bool IsWarmUp { get; internal set; }

    /// <summary>This pair's position as last reconciled and updated by fills.</summary>
    public PositionSnapshot Position { get; internal set; }

    /// <summary>The account (equity, available) as last read; sizing re-reads it before opening.</summary>
    public AccountSnapshot? Account { get; internal set; }

    /// <summary>This pair's open orders placed through <see cref="Place"/>, by tag.</summary>
    public IReadOnlyDictionary<string, OrderState> OpenOrders => _openOrders;

    /// <summary>What the strategy asked for during the current callback, in order.</summary>
    public IReadOnlyList<StrategyAction> Actions => _actions;

    /// <summary>
    /// The tag a strategy gave the order with this client id (fills and updates name client ids), or null for an
    /// order this pair never reported through <see cref="SetOpenOrder"/> (external orders, liquidations).
    /// </summary>
    public string? TagOf(string clientOrderId) => _tagsByClientId.GetValueOrDefault(clientOrderId);

    public void SetTarget(PositionTarget target, decimal risk, int leverage, string key, string reason) =>
        _actions.Add(new SetTarget(target, risk, leverage, key, reason));

    public void Place(PlaceOrder order) => _actions.Add(order);

    public void Cancel(string tag, string reason) => _actions.Add(new CancelOrder(tag, reason));

    internal void ClearActions() => _actions.Clear();

    /// <summary>
    /// The engine reports every placement answer and order update here, open or final (before the fill callback),
    /// so <see cref="TagOf"/> can route fills back to the strategy's tag.
    /// </summary>
    internal void SetOpenOrder(string tag, OrderState order)
    {
        _tagsByClientId[order.ClientOrderId] = tag;
        if (order.IsOpen) _openOrders[tag] = order;
        else _openOrders.Remove(tag);
    }
}
