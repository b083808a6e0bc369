using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Strategies.Exits;

/// <summary>
/// Keeps a position's exits on the exchange: a STOP_MARKET for the tightest stop rule and a TAKE_PROFIT_MARKET for
/// the nearest profit rule, both reduce-only for the whole position, so the exchange (or the simulator inside a
/// candle) fires them at their price in backtest, paper and live alike. They are placed with the fill that opens the
/// position and cancelled with the one that closes it; at every candle close they move (trailing, break-even, a new
/// average entry or size: cancel, then place under a new tag). A level the price has already crossed (e.g. a gap
/// through the stop) closes at market, since the exchange refuses a trigger that would fire at once.
/// Spot has no OCO and locks the base for each sell: one conditional order only (the stop when a stop rule is set,
/// else the take profit); the other level is checked at each close. Spot exits cover the base not already
/// committed to the strategy's own resting sells.
/// </summary>
internal sealed class ExitManager(ExitRules rules)
{
    private readonly OrderTags _tags = new();
    private readonly CostBasis _spotBasis = new();
    private ExitOrder? _stop;
    private ExitOrder? _takeProfit;
    private int _direction;
    private decimal _best;
    private bool _breakEvenArmed;
    private long _candleIndex;

    private const string MarketLabel = "xm";

    private bool IsRestingExit(string tag) => tag == _stop?.Tag || tag == _takeProfit?.Tag;

    /// <summary>
    /// Spot positions carry no entry price: follow it from every fill of the pair. A position that opens, turns or
    /// closes gets its exits placed or cancelled at once, measured from the fill's price, instead of at the next close,
    /// so no candle passes without protection. A held position's size changes wait for the close (a grid's many fills
    /// would otherwise cancel and re-place the exits at every fill).
    /// </summary>
    public void OnFill(Fill fill, StrategyContext context)
    {
        if (context.Market == Market.Spot) _spotBasis.Apply(fill.Side, fill.Price, SpotFills.Received(fill, context));
        if (_candleIndex > 0 && Holdings.Direction(context) != _direction) Reconcile(fill.Price, fill.Price, fill.Price, context);
    }

    public void OnCandle(in Candle candle, StrategyContext context)
    {
        if (_candleIndex++ == 0)
        {
            // Exits an earlier run left (adopted after a restart) would double this run's: they go, new ones follow.
            LeftoverOrders.Cancel(context, OrderType.StopMarket, null, null, "exit left by an earlier run");
            LeftoverOrders.Cancel(context, OrderType.TakeProfitMarket, null, null, "exit left by an earlier run");
        }
        ForgetVanished(context);
        Reconcile(candle.High, candle.Low, candle.Close, context);
    }

    /// <summary>Brings the exits in line with the position, given the prices seen since the last look.</summary>
    private void Reconcile(decimal high, decimal low, decimal close, StrategyContext context)
    {
        var position = context.Position;
        var direction = Holdings.Direction(context);
        if (direction != _direction)
        {
            CancelAll(context, "position changed side or closed");
            _direction = direction;
            _breakEvenArmed = false;
            _best = 0;
        }
        if (direction == 0) { _spotBasis.Reset(); return; }

        var entry = position.EntryPrice > 0 ? position.EntryPrice : _spotBasis.AveragePrice;
        if (entry <= 0) return; // inventory of unknown cost (held before this pair traded): nothing to measure from
        if (_best == 0) _best = entry; // the best price counts from the opening; an averaged entry keeps it
        _best = direction > 0 ? Math.Max(_best, high) : Math.Min(_best, low);
        _breakEvenArmed |= ExitLevels.BreakEvenReached(rules, direction, entry, _best);

        var leverage = context.Market == Market.Futures ? position.Leverage : 1;
        var (stop, takeProfit) = ExitLevels.Compute(rules, direction, entry, _best, _breakEvenArmed, leverage);
        var quantity = ExitQuantity(context);
        if (quantity <= 0) return;

        var exitSide = direction > 0 ? OrderSide.Sell : OrderSide.Buy;
        var stopPrice = stop is { } s ? context.Filters.RoundPrice(s, exitSide) : (decimal?)null;
        var profitPrice = takeProfit is { } t ? context.Filters.RoundPrice(t, exitSide) : (decimal?)null;
        if (stopPrice is { } sp && (direction > 0 ? close <= sp : close >= sp)
            || profitPrice is { } tp && (direction > 0 ? close >= tp : close <= tp))
        {
            CancelAll(context, "exit level crossed");
            context.Place(new PlaceOrder(_tags.Next(MarketLabel, context), exitSide, OrderType.Market, quantity,
                $"exit at market: the price {close} is past the exit level") { ReduceOnly = IsFutures(context) });
            return;
        }

        // Spot: a single conditional order (see the class comment); the stop protects, so it wins.
        if (context.Market == Market.Spot && stopPrice is not null) profitPrice = null;
        Keep(ref _stop, stopPrice, quantity, OrderType.StopMarket, exitSide, "xs", "stop", context);
        Keep(ref _takeProfit, profitPrice, quantity, OrderType.TakeProfitMarket, exitSide, "xt", "take profit", context);
    }

    private void Keep(ref ExitOrder? current, decimal? price, decimal quantity, OrderType type, OrderSide side,
        string label, string what, StrategyContext context)
    {
        if (current is { } c && price == c.Price && quantity == c.Quantity) return;
        if (current is { } old)
        {
            Cancel(old, context, $"{what} moves to {price?.ToString() ?? "off"}");
            current = null;
        }
        if (price is not { } p) return;
        var tag = _tags.Next(label, context);
        context.Place(new PlaceOrder(tag, side, type, quantity, $"{what} at {p} for {quantity}")
            { StopPrice = p, ReduceOnly = IsFutures(context) });
        current = new ExitOrder(tag, p, quantity, _candleIndex);
    }

    /// <summary>
    /// An exit that is no longer open a full candle after it was placed has fired, been refused or cancelled
    /// elsewhere: forget it so the next close re-evaluates (re-place, or close at market if crossed).
    /// </summary>
    private void ForgetVanished(StrategyContext context)
    {
        if (_stop is { } s && Vanished(s, context)) _stop = null;
        if (_takeProfit is { } t && Vanished(t, context)) _takeProfit = null;
    }

    private bool Vanished(ExitOrder order, StrategyContext context) =>
        order.PlacedAt < _candleIndex - 1 && !context.OpenOrders.ContainsKey(order.Tag);

    private void CancelAll(StrategyContext context, string why)
    {
        if (_stop is { } s) Cancel(s, context, why);
        if (_takeProfit is { } t) Cancel(t, context, why);
        _stop = _takeProfit = null;
    }

    private static void Cancel(ExitOrder order, StrategyContext context, string why)
    {
        // An exit that is no longer open has fired or been refused: nothing to cancel.
        if (context.OpenOrders.ContainsKey(order.Tag)) context.Cancel(order.Tag, why);
    }

    private decimal ExitQuantity(StrategyContext context)
    {
        var quantity = Math.Abs(context.Position.Quantity);
        if (context.Market == Market.Spot)
        {
            foreach (var (tag, order) in context.OpenOrders)
                if (order.Side == OrderSide.Sell && !IsRestingExit(tag)) quantity -= order.Quantity - order.ExecutedQuantity;
        }
        return quantity <= 0 ? 0 : context.Filters.RoundQuantity(quantity, market: true);
    }

    private static bool IsFutures(StrategyContext context) => context.Market == Market.Futures;

    private readonly record struct ExitOrder(string Tag, decimal Price, decimal Quantity, long PlacedAt);
}
