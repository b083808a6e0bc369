using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Strategies.Indicators;

namespace AsterBot.Trading.Strategies.Grid;

/// <summary>
/// A ladder of resting limit orders around the price. LONG: buys at center − i × step (i = 1..levels); a filled buy
/// gets its sell at its price + step, a filled sell re-places its buy. SHORT mirrors (sells above, buys back below).
/// When the price leaves the ladder's range the unfilled opening orders are cancelled and a new ladder (a new
/// generation) is built around the close; closing orders of older generations keep working and retire when filled.
/// Spot never sells more base than the pair holds; futures closing orders are reduce-only, and with a cap no opening
/// order is placed that could take |position| + resting opening quantity beyond it.
/// A fill of an order the grid did not place that leaves the position flat (an exit rule fired) stops the grid.
/// After a restart the first ladder cancels the earlier run's opening orders and leaves its closing orders working.
/// </summary>
public sealed class GridStrategy(GridSettings settings) : IStrategy
{
    private readonly OrderTags _tags = new();
    private readonly Atr _atr = new(settings.AtrPeriod);
    private readonly Ema _trend = new(settings.TrendPeriod);
    private readonly List<GridLevel> _levels = [];
    private readonly Dictionary<string, GridLevel> _byTag = new(StringComparer.Ordinal);
    private int _generation;
    private decimal _center;
    private decimal _step;
    private int _direction = settings.Direction == GridDirection.Short ? -1 : 1;
    private long _candleIndex;

    /// <summary>True once an exit closed the position: the ladder is cancelled and nothing more is placed.</summary>
    public bool Stopped { get; private set; }

    public void OnCandle(in Candle candle, StrategyContext context)
    {
        _candleIndex++;
        _atr.Update(candle.High, candle.Low, candle.Close);
        _trend.Update(candle.Close);
        if (context.IsWarmUp || Stopped) return;
        DropVanished(context);
        if ((_generation == 0 || LeftRange(candle.Close)) && !TryBuild(candle.Close, context)) return;
        foreach (var level in _levels)
            if (level.Generation == _generation && level.Leg == GridLeg.Waiting) TryOpen(level, context);
    }

    public void OnFill(Fill fill, StrategyContext context)
    {
        var tag = context.TagOf(fill.ClientOrderId);
        if (tag is null || !_byTag.TryGetValue(tag, out var level))
        {
            if (!Stopped && Holdings.IsFlat(context) && _levels.Exists(l => l.Leg == GridLeg.Closing))
                Stop(context, "the position was closed by an order the grid did not place (an exit rule)");
            return;
        }
        level.Filled += fill.Quantity;
        if (level.Leg == GridLeg.Opening) level.Held += SpotFills.Received(fill, context);
        if (level.Filled < level.Quantity) return; // partly filled: the rest may still come
        _byTag.Remove(tag);
        if (level.Leg == GridLeg.Opening) { TryClose(level, context); return; }
        level.Held = 0;
        if (level.Generation == _generation && !Stopped)
        {
            level.Leg = GridLeg.Waiting;
            TryOpen(level, context);
        }
        else _levels.Remove(level);
    }

    private bool LeftRange(decimal close)
    {
        // Positive when the price moved away from the opening side (up for a long grid).
        var away = (close - _center) * _direction;
        return settings.Recenter switch
        {
            GridRecenter.Both => away > settings.Levels * _step || away < -(settings.Levels + 1) * _step,
            GridRecenter.Follow => away > settings.Levels * _step,
            _ => false,
        };
    }

    private bool TryBuild(decimal price, StrategyContext context)
    {
        // Indicators are trusted once they have seen a full period of candles (warm-up candles count).
        var step = settings.AtrStep > 0 ? (_candleIndex >= settings.AtrPeriod ? settings.AtrStep * _atr.Value : 0) : price * settings.Step;
        if (step <= 0) return false;
        if (settings.Direction == GridDirection.Auto && Holdings.IsFlat(context))
        {
            if (_candleIndex < settings.TrendPeriod) return false;
            _direction = price >= _trend.Value ? 1 : -1;
        }
        if (_generation == 0)
            LeftoverOrders.Cancel(context, OrderType.Limit, _direction > 0 ? OrderSide.Buy : OrderSide.Sell, reduceOnly: false,
                "opening order left by an earlier run: the new ladder replaces it (its closing orders keep working)");
        RetireOpeningOrders(context, $"re-centring the ladder at {price}");
        _generation++;
        _center = price;
        _step = step;
        var openSide = _direction > 0 ? OrderSide.Buy : OrderSide.Sell;
        var closeSide = _direction > 0 ? OrderSide.Sell : OrderSide.Buy;
        for (var i = 1; i <= settings.Levels; i++)
        {
            var open = context.Filters.RoundPrice(price - _direction * i * step, openSide);
            if (open <= 0) break;
            var close = context.Filters.RoundPrice(open + _direction * step, closeSide);
            _levels.Add(new GridLevel(_generation, i, open, close));
        }
        return true;
    }

    /// <summary>Cancels the current ladder's unfilled opening orders and forgets its idle levels; closing orders stay.</summary>
    private void RetireOpeningOrders(StrategyContext context, string why)
    {
        for (var i = _levels.Count - 1; i >= 0; i--)
        {
            var level = _levels[i];
            if (level.Leg != GridLeg.Opening) continue;
            context.Cancel(level.Tag!, why);
            ForgetTag(level);
            if (level.Filled > 0) TryClose(level, context); // what the level already bought is sold back as usual
            else level.Leg = GridLeg.Refused;
        }
        _levels.RemoveAll(l => l.Leg is GridLeg.Waiting or GridLeg.Refused);
    }

    private void TryOpen(GridLevel level, StrategyContext context)
    {
        var quantity = OrderQuantity(level.OpenPrice, context);
        if (quantity <= 0) { level.Leg = GridLeg.Refused; return; }
        if (!WithinCap(quantity, level.OpenPrice, context)) return; // stays Waiting: retried at the next close
        var side = _direction > 0 ? OrderSide.Buy : OrderSide.Sell;
        Work(level, GridLeg.Opening, _direction > 0 ? "gb" : "gs", side, level.OpenPrice, quantity, reduceOnly: false,
            $"grid {(_direction > 0 ? "buy" : "sell")} level {level.Index} at {level.OpenPrice}", context);
    }

    private void TryClose(GridLevel level, StrategyContext context)
    {
        var quantity = level.Held;
        if (context.Market == Market.Spot) quantity = Math.Min(quantity, context.Position.Quantity - RestingClosingQuantity());
        quantity = context.Filters.RoundQuantity(Math.Max(0, quantity));
        if (quantity <= 0) { _levels.Remove(level); return; } // nothing left to give back
        var side = _direction > 0 ? OrderSide.Sell : OrderSide.Buy;
        Work(level, GridLeg.Closing, _direction > 0 ? "gs" : "gb", side, level.ClosePrice, quantity, reduceOnly: context.Market == Market.Futures,
            $"grid {(_direction > 0 ? "sell" : "buy back")} level {level.Index} at {level.ClosePrice} (one step from {level.OpenPrice})", context);
    }

    private void Work(GridLevel level, GridLeg leg, string label, OrderSide side, decimal price, decimal quantity, bool reduceOnly,
        string reason, StrategyContext context)
    {
        var tag = _tags.Next(label, context);
        context.Place(new PlaceOrder(tag, side, OrderType.Limit, quantity, reason) { Price = price, ReduceOnly = reduceOnly });
        level.Leg = leg;
        level.Tag = tag;
        level.Quantity = quantity;
        level.Filled = 0;
        level.PlacedAt = _candleIndex;
        _byTag[tag] = level;
    }

    private decimal OrderQuantity(decimal price, StrategyContext context)
    {
        var quote = settings.OrderEquity > 0 ? (context.Account?.Equity ?? 0) * settings.OrderEquity : settings.OrderQuote;
        return context.Filters.RoundQuantity(quote / price);
    }

    /// <summary>Worst case if every resting opening order fills: |position| + their remaining + this order ≤ the cap.</summary>
    private bool WithinCap(decimal quantity, decimal price, StrategyContext context)
    {
        if (!settings.HasCap) return true;
        var cap = settings.CapBase > 0 ? settings.CapBase : decimal.MaxValue;
        if (settings.CapEquity > 0)
        {
            if (context.Account is not { } account) return false; // cannot measure: place nothing
            cap = Math.Min(cap, settings.CapEquity * account.Equity / price);
        }
        var exposure = Math.Abs(context.Position.Quantity) + quantity;
        foreach (var level in _levels)
            if (level.Leg == GridLeg.Opening) exposure += level.Remaining;
        return exposure <= cap;
    }

    private decimal RestingClosingQuantity()
    {
        var total = 0m;
        foreach (var level in _levels)
            if (level.Leg == GridLeg.Closing) total += level.Remaining;
        return total;
    }

    /// <summary>
    /// An order missing from the open orders a full candle after it was recorded was refused or cancelled outside
    /// the grid (fills arrive before the close that follows them): an opening level goes idle until the next
    /// ladder, keeping any part that filled; a closing level retires.
    /// </summary>
    private void DropVanished(StrategyContext context)
    {
        for (var i = _levels.Count - 1; i >= 0; i--)
        {
            var level = _levels[i];
            if (level.Leg is not (GridLeg.Opening or GridLeg.Closing) || level.PlacedAt >= _candleIndex - 1
                || context.OpenOrders.ContainsKey(level.Tag!)) continue;
            ForgetTag(level);
            if (level.Leg == GridLeg.Closing) _levels.RemoveAt(i);
            else if (level.Filled > 0) TryClose(level, context);
            else level.Leg = GridLeg.Refused;
        }
    }

    private void Stop(StrategyContext context, string why)
    {
        Stopped = true;
        foreach (var level in _levels)
            if (level.Tag is { } tag && _byTag.ContainsKey(tag) && context.OpenOrders.ContainsKey(tag)) context.Cancel(tag, why);
        _levels.Clear();
        _byTag.Clear();
    }

    private void ForgetTag(GridLevel level)
    {
        if (level.Tag is { } tag) _byTag.Remove(tag);
    }
}
