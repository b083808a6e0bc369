using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Strategies.Dca;

/// <summary>
/// Dollar-cost averaging in cycles. A cycle opens with a market order of <see cref="DcaSettings.OrderQuote"/>; while
/// the position is open one safety limit order rests at average entry × (1 − step) (long; short mirrors), sized
/// OrderQuote × multiplier^k for the k-th safety order, until <see cref="DcaSettings.MaxSafetyOrders"/> have filled.
/// The exit rules (take profit on the average entry, stop...) close the position on the exchange; at the next close
/// the flat position ends the cycle (its resting safety order is cancelled) and, in auto mode, the next one opens.
/// A <c>close</c> signal ends the cycle at market and pauses until a long/short signal.
/// </summary>
public sealed class DcaStrategy(DcaSettings settings) : IStrategy
{
    private readonly OrderTags _tags = new();
    private readonly CostBasis _basis = new();
    private int _direction = settings.Direction;
    private bool _inCycle;
    private bool _paused = settings.StartOnSignal;
    private int _safetyFilled;
    private bool _safetyRefused;
    private WorkingOrder? _opening;
    private WorkingOrder? _safety;
    private long _candleIndex;

    /// <summary>Safety orders filled in the current cycle.</summary>
    public int SafetyOrdersFilled => _safetyFilled;

    /// <summary>The cycle's average entry: the exchange's entry price when it reports one, else the cycle's own fills.</summary>
    private decimal AverageEntry(StrategyContext context) =>
        context.Position.EntryPrice > 0 ? context.Position.EntryPrice : _basis.AveragePrice;

    public void OnCandle(in Candle candle, StrategyContext context)
    {
        if (context.IsWarmUp) return;
        if (_candleIndex++ == 0) AdoptEarlierRun(context);
        if (_inCycle && _opening is { } opening && Holdings.IsFlat(context) && opening.PlacedAt < _candleIndex - 1)
        {
            // The opening market order never filled: it was refused (balance, filters, guards). Retrying each candle
            // would only repeat the refusal; wait for a signal instead.
            _inCycle = false;
            _opening = null;
            _paused = true;
            return;
        }
        if (_inCycle && _opening is { } unrouted && !Holdings.IsFlat(context) && unrouted.PlacedAt < _candleIndex - 1)
            _opening = null; // the position opened though its fill never reached us: go on from the position
        if (_inCycle && _opening is null && Holdings.IsFlat(context)) EndCycle(context, "the position was closed (take profit or stop)");
        if (!_inCycle)
        {
            if (!_paused) Open(context, "auto start");
            return;
        }
        if (_safety is { } safety && safety.PlacedAt < _candleIndex - 1 && !context.OpenOrders.ContainsKey(safety.Tag))
        {
            _safety = null;
            _safetyRefused = true; // refused or cancelled elsewhere: no more averaging this cycle
        }
        if (_opening is null && _safety is null) PlaceSafety(context);
    }

    public void OnFill(Fill fill, StrategyContext context)
    {
        var tag = context.TagOf(fill.ClientOrderId);
        _basis.Apply(fill.Side, fill.Price, SpotFills.Received(fill, context), _direction > 0 ? OrderSide.Buy : OrderSide.Sell);
        if (tag is null) return;
        if (_opening is { } opening && tag == opening.Tag && Complete(ref _opening, fill))
        {
            PlaceSafety(context);
            return;
        }
        if (_safety is { } safety && tag == safety.Tag && Complete(ref _safety, fill))
        {
            _safetyFilled++;
            PlaceSafety(context);
        }
    }

    public void OnSignal(TradeSignal signal, StrategyContext context)
    {
        if (signal.Action == SignalAction.Close)
        {
            _paused = true;
            if (!_inCycle) return;
            var quantity = context.Filters.RoundQuantity(Math.Abs(context.Position.Quantity), market: true);
            if (quantity > 0)
                context.Place(new PlaceOrder(_tags.Next("dx", context), _direction > 0 ? OrderSide.Sell : OrderSide.Buy, OrderType.Market,
                    quantity, $"close signal {signal.Id}") { ReduceOnly = context.Market == Market.Futures });
            EndCycle(context, $"close signal {signal.Id}");
            return;
        }
        _paused = false;
        if (_inCycle) return; // a running cycle finishes first; the signal only un-pauses
        var direction = signal.Action == SignalAction.Long ? 1 : -1;
        if (direction < 0 && context.Market == Market.Spot) return; // spot cannot open a short
        _direction = direction;
        Open(context, $"{signal.Action.ToString().ToLowerInvariant()} signal {signal.Id}");
    }

    /// <summary>
    /// After a restart: the earlier run's safety order goes (a new one follows from the current average) and a
    /// position on this DCA's side becomes the running cycle instead of being bought again. Its safety count restarts at 0.
    /// </summary>
    private void AdoptEarlierRun(StrategyContext context)
    {
        LeftoverOrders.Cancel(context, OrderType.Limit, _direction > 0 ? OrderSide.Buy : OrderSide.Sell, reduceOnly: false,
            "safety order left by an earlier run");
        if (Holdings.Direction(context) == _direction) _inCycle = true;
    }

    private void Open(StrategyContext context, string why)
    {
        if (context.LastPrice <= 0) return;
        var quantity = context.Filters.RoundQuantity(settings.OrderQuote / context.LastPrice, market: true);
        if (quantity <= 0) { _paused = true; return; }
        var tag = _tags.Next("d0", context);
        context.Place(new PlaceOrder(tag, _direction > 0 ? OrderSide.Buy : OrderSide.Sell, OrderType.Market, quantity,
            $"DCA cycle opens ({why}): {settings.OrderQuote} quote"));
        _basis.Reset();
        _inCycle = true;
        _safetyFilled = 0;
        _safetyRefused = false;
        _opening = new WorkingOrder(tag, quantity, 0, _candleIndex);
    }

    private void PlaceSafety(StrategyContext context)
    {
        if (_safetyRefused || _safetyFilled >= settings.MaxSafetyOrders || _safety is not null) return;
        var average = AverageEntry(context);
        if (average <= 0) return;
        var side = _direction > 0 ? OrderSide.Buy : OrderSide.Sell;
        var price = context.Filters.RoundPrice(average * (1 - _direction * settings.Step), side);
        var number = _safetyFilled + 1;
        var quote = settings.OrderQuote * Power(settings.Multiplier, number);
        var quantity = context.Filters.RoundQuantity(quote / price);
        if (price <= 0 || quantity <= 0) { _safetyRefused = true; return; }
        var tag = _tags.Next("d" + number, context);
        context.Place(new PlaceOrder(tag, side, OrderType.Limit, quantity,
            $"DCA safety order {number} at {price} ({settings.Step:P2} beyond the average {average:0.########})") { Price = price });
        _safety = new WorkingOrder(tag, quantity, 0, _candleIndex);
    }

    private void EndCycle(StrategyContext context, string why)
    {
        if (_safety is { } safety && context.OpenOrders.ContainsKey(safety.Tag)) context.Cancel(safety.Tag, $"DCA cycle ends: {why}");
        _safety = null;
        _opening = null;
        _inCycle = false;
        _basis.Reset();
    }

    /// <summary>Adds the fill to the working order; true (and the order forgotten) once it has filled completely.</summary>
    private static bool Complete(ref WorkingOrder? order, Fill fill)
    {
        var o = order!.Value with { Filled = order.Value.Filled + fill.Quantity };
        order = o.Filled >= o.Quantity ? null : o;
        return order is null;
    }

    private static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= value;
        return result;
    }

    private readonly record struct WorkingOrder(string Tag, decimal Quantity, decimal Filled, long PlacedAt);
}
