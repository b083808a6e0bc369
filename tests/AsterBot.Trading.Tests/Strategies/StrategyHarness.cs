using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Strategies;

/// <summary>
/// Drives one strategy through a <see cref="StrategyContext"/> the way the pair's engine does: candles and fills in,
/// recorded actions out. Placed orders are acknowledged as resting (the test decides when they fill), cancels close
/// them, and fills move the position (futures: signed quantity and average entry; spot: base balance, no entry price).
/// Filters: tick 0.01, step 0.001, min notional 5.
/// </summary>
internal sealed class StrategyHarness
{
    private const long Minute = 60_000;
    private readonly Dictionary<string, OrderState> _orders = new(StringComparer.Ordinal);
    private long _nextOrderId = 1;
    private long _time = 1_700_000_000_000;

    public StrategyHarness(string strategy, Market market, params (string Key, string Value)[] parameters)
    {
        var overrides = new Dictionary<string, string>();
        foreach (var (key, value) in parameters) overrides[key] = value; // later values override earlier ones
        var (definition, values) = StrategyCatalog.Resolve(strategy, market, null, overrides);
        Strategy = definition.Create(values);
        Context = NewContext(market, values);
    }

    public StrategyHarness(IStrategy strategy, Market market, StrategyParameters parameters)
    {
        Strategy = strategy;
        Context = NewContext(market, parameters);
    }

    public IStrategy Strategy { get; }
    public StrategyContext Context { get; }
    public decimal Balance { get; set; } = 10_000m;
    public int Leverage { get; set; } = 10;

    /// <summary>Every action ever recorded, in order.</summary>
    public List<StrategyAction> History { get; } = [];

    public static SymbolFilters Filters(Market market) => new()
    {
        Symbol = "BTCUSDT",
        Market = market,
        Price = new PriceRule(0.01m, 1_000_000m, 0.01m),
        Lot = new LotRule(0.001m, 1_000m, 0.001m),
        Notional = new NotionalRule(5m, null, true, true),
    };

    /// <summary>Closes a candle (warm-up ones are discarded like the engine does) and returns what the strategy asked for.</summary>
    public IReadOnlyList<StrategyAction> Candle(decimal open, decimal high, decimal low, decimal close, bool warmUp = false)
    {
        _time += Minute;
        Context.Now = _time - 1;
        Context.LastPrice = close;
        Context.IsWarmUp = warmUp;
        RefreshAccount(close);
        Strategy.OnCandle(new Candle(_time - Minute, open, high, low, close, 1, _time - 1), Context);
        Context.IsWarmUp = false;
        return Collect(execute: !warmUp);
    }

    public IReadOnlyList<StrategyAction> Candle(decimal close) => Candle(close, close, close, close);

    public IReadOnlyList<StrategyAction> Signal(SignalAction action, string id)
    {
        Strategy.OnSignal(new TradeSignal(id, action, _time), Context);
        return Collect(execute: true);
    }

    /// <summary>Fills (part of) the resting order with this tag at its price (market orders: at <paramref name="price"/>).</summary>
    public IReadOnlyList<StrategyAction> Fill(string tag, decimal? price = null, decimal? quantity = null, decimal fee = 0, string feeAsset = "USDT")
    {
        var order = _orders[tag];
        var qty = quantity ?? order.Quantity - order.ExecutedQuantity;
        var at = price ?? (order.Type == OrderType.Limit ? order.Price : order.StopPrice);
        Assert.True(at > 0, $"say at what price {tag} fills");
        var executed = order.ExecutedQuantity + qty;
        var state = order with
        {
            ExecutedQuantity = executed, AveragePrice = at,
            Status = executed >= order.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
        };
        _orders[tag] = state;
        MovePosition(order.Side, at, qty - (feeAsset == "BTC" ? fee : 0));
        Context.SetOpenOrder(tag, state);
        Strategy.OnFill(new Fill(_time, "BTCUSDT", state.ClientOrderId, order.Side, at, qty, fee, feeAsset, 0, false), Context);
        return Collect(execute: true);
    }

    /// <summary>The exchange drops an order without a fill (a refusal after acknowledging, an outside cancel).</summary>
    public void Drop(string tag) => Context.SetOpenOrder(tag, _orders[tag] with { Status = OrderStatus.Canceled });

    /// <summary>An order an earlier run left open, adopted into the context under its tag (as after a restart).</summary>
    public void Leftover(string tag, OrderSide side, OrderType type, decimal quantity, decimal price, bool reduceOnly = false)
    {
        var state = new OrderState("BTCUSDT", "old" + _nextOrderId, _nextOrderId++, side, type, OrderStatus.New,
            type == OrderType.Limit ? price : 0, type == OrderType.Limit ? 0 : price, quantity, 0, 0, reduceOnly, _time);
        _orders[tag] = state;
        Context.SetOpenOrder(tag, state);
    }

    /// <summary>Moves the position as an order outside the strategy would (e.g. a transfer or a manual trade).</summary>
    public void SetPosition(decimal quantity, decimal entry) =>
        Context.Position = new PositionSnapshot("BTCUSDT", quantity, Context.Market == Market.Spot ? 0 : entry, 0, Leverage);

    public OrderState Order(string tag) => _orders[tag];

    private StrategyContext NewContext(Market market, StrategyParameters parameters)
    {
        var context = new StrategyContext("BTCUSDT", market, Filters(market), KlineInterval.OneMinute, parameters);
        context.Position = new PositionSnapshot("BTCUSDT", 0, 0, 0, Leverage);
        context.Account = new AccountSnapshot(Balance, Balance, Balance, []);
        return context;
    }

    private List<StrategyAction> Collect(bool execute)
    {
        var actions = Context.Actions.ToList();
        Context.ClearActions();
        if (!execute) return actions;
        History.AddRange(actions);
        foreach (var action in actions)
        {
            switch (action)
            {
                case PlaceOrder place:
                    Assert.False(_orders.ContainsKey(place.Tag), $"tag {place.Tag} was used twice");
                    var state = new OrderState("BTCUSDT", "c" + _nextOrderId, _nextOrderId++, place.Side, place.Type, OrderStatus.New,
                        place.Price ?? 0, place.StopPrice ?? 0, place.Quantity, 0, 0, place.ReduceOnly, _time);
                    _orders[place.Tag] = state;
                    Context.SetOpenOrder(place.Tag, state);
                    break;
                case CancelOrder cancel:
                    Assert.True(_orders.ContainsKey(cancel.Tag), $"cancel of unknown tag {cancel.Tag}");
                    Drop(cancel.Tag);
                    break;
            }
        }
        return actions;
    }

    private void MovePosition(OrderSide side, decimal price, decimal quantity)
    {
        var p = Context.Position;
        var signed = side == OrderSide.Buy ? quantity : -quantity;
        var next = p.Quantity + signed;
        decimal entry;
        if (Context.Market == Market.Spot) entry = 0;
        else if (next == 0) entry = 0;
        else if (p.Quantity == 0 || Math.Sign(next) != Math.Sign(p.Quantity)) entry = price;
        else if (Math.Sign(signed) == Math.Sign(p.Quantity)) entry = (p.EntryPrice * Math.Abs(p.Quantity) + price * quantity) / Math.Abs(next);
        else entry = p.EntryPrice;
        Context.Position = new PositionSnapshot("BTCUSDT", next, entry, 0, Leverage);
    }

    private void RefreshAccount(decimal price)
    {
        var equity = Balance + (Context.Market == Market.Spot ? Context.Position.Quantity * price : 0);
        Context.Account = new AccountSnapshot(Balance, equity, Balance, [Context.Position]);
    }
}

internal static class ActionListExtensions
{
    public static List<PlaceOrder> Placed(this IEnumerable<StrategyAction> actions) => actions.OfType<PlaceOrder>().ToList();
    public static List<CancelOrder> Cancelled(this IEnumerable<StrategyAction> actions) => actions.OfType<CancelOrder>().ToList();
}
