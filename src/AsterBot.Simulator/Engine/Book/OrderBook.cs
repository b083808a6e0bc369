using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Symbols;

namespace AsterBot.Simulator.Engine.Book;

/// <summary>
/// A symbol's book: users' resting orders with price-time priority merged with the synthetic market. At equal
/// prices users' orders trade first. Tracks a depth update id and, when asked to, the prices whose quantity
/// changed since the last diff (for depth streams).
/// </summary>
internal sealed class OrderBook
{
    private readonly HashSet<decimal> _dirtyBids = [];
    private readonly HashSet<decimal> _dirtyAsks = [];

    private readonly EventHub _events;

    public OrderBook(SymbolSpec spec, LiquidityOptions liquidity, EventHub events)
    {
        Spec = spec;
        _events = events;
        Synthetic = new SyntheticLiquidity(spec, liquidity);
    }

    public SymbolSpec Spec { get; }
    public BookSide Bids { get; } = new(isBid: true);
    public BookSide Asks { get; } = new(isBid: false);
    public SyntheticLiquidity Synthetic { get; }

    /// <summary>Increments on every change of visible quantity (depth lastUpdateId / u).</summary>
    public long UpdateId { get; private set; } = 1;
    /// <summary>The last update id already published in a diff.</summary>
    public long PublishedUpdateId { get; set; } = 1;
    /// <summary>Collect changed prices for depth diffs only while someone listens: it costs a hash insert.</summary>
    private bool TrackChanges => _events.HasMarketSubscribers;

    public BookSide SideOf(OrderSide side) => side == OrderSide.Buy ? Bids : Asks;

    public void Rest(BookOrder order)
    {
        SideOf(order.Side).Add(order);
        Touch(order.Side == OrderSide.Buy, order.Price);
    }

    public void Remove(BookOrder order)
    {
        SideOf(order.Side).Remove(order);
        Touch(order.Side == OrderSide.Buy, order.Price);
    }

    public void Recenter(decimal price)
    {
        if (TrackChanges) TouchSynthetic();
        Synthetic.Recenter(price);
        if (TrackChanges) TouchSynthetic();
        UpdateId++;
    }

    /// <summary>Accounts for re-centrings that were skipped because they could change nothing but this id.</summary>
    public void CountSkippedUpdates(int count) => UpdateId += count;

    /// <summary>
    /// Fills <paramref name="taker"/> for up to <paramref name="quantity"/> at prices no worse than
    /// <paramref name="worstPrice"/>; returns the quantity filled. Both sides' Remaining are reduced before the
    /// handler hears of a fill.
    /// </summary>
    public decimal Match(BookOrder taker, decimal quantity, decimal worstPrice, ITradeHandler handler)
    {
        var buying = taker.Side == OrderSide.Buy;
        var opposite = buying ? Asks : Bids;
        var filled = 0m;
        while (filled < quantity)
        {
            var level = opposite.Best;
            var hasSynthetic = Synthetic.TryLevel(taker.Side, 0, out var syntheticPrice, out var syntheticQty);
            var useUser = level is not null && (!hasSynthetic || !opposite.IsBetter(syntheticPrice, level.Price));
            if (!useUser && !hasSynthetic) break;
            var price = useUser ? level!.Price : syntheticPrice;
            if (buying ? price > worstPrice : price < worstPrice) break;
            if (useUser) filled += TakeFromLevel(taker, level!, opposite, quantity - filled, handler);
            else
            {
                var q = Math.Min(quantity - filled, syntheticQty);
                Synthetic.Consume(taker.Side, q);
                Touch(!buying, price);
                taker.Remaining -= q;
                filled += q;
                handler.OnTrade(taker, null, price, q);
            }
        }
        return filled;
    }

    private decimal TakeFromLevel(BookOrder taker, PriceLevel level, BookSide side, decimal wanted, ITradeHandler handler)
    {
        var price = level.Price;
        var filled = 0m;
        while (filled < wanted && level.Head is { } maker)
        {
            var capacity = Math.Min(maker.Remaining, handler.MakerCapacity(maker));
            if (capacity <= 0)
            {
                RemoveFromLevel(maker, level, side);
                Touch(side.IsBid, price);
                handler.OnMakerExpired(maker);
                continue;
            }
            var q = Math.Min(wanted - filled, capacity);
            level.Reduce(maker, q);
            var capped = q == capacity && maker.Remaining > 0;
            var emptied = maker.Remaining == 0 || capped;
            if (emptied) RemoveFromLevel(maker, level, side);
            Touch(side.IsBid, price);
            taker.Remaining -= q;
            filled += q;
            handler.OnTrade(taker, maker, price, q);
            if (capped) handler.OnMakerExpired(maker);
            if (emptied && level.IsEmpty) break;
        }
        return filled;
    }

    private static void RemoveFromLevel(BookOrder maker, PriceLevel level, BookSide side)
    {
        level.Unlink(maker);
        if (level.IsEmpty) side.RemoveLevel(level);
    }

    /// <summary>Quantity a taker could fill within <paramref name="worstPrice"/> (FOK check), without trading.</summary>
    public decimal Available(BookOrder taker, decimal worstPrice, decimal wanted, ITradeHandler handler)
    {
        var buying = taker.Side == OrderSide.Buy;
        var opposite = buying ? Asks : Bids;
        var total = 0m;
        for (var i = 0; i < opposite.LevelCount && total < wanted; i++)
        {
            var level = opposite.LevelFromBest(i);
            if (buying ? level.Price > worstPrice : level.Price < worstPrice) break;
            for (var o = level.Head; o is not null; o = o.Next)
                total += Math.Max(0, Math.Min(o.Remaining, handler.MakerCapacity(o)));
        }
        for (var k = 0; total < wanted && Synthetic.TryLevel(taker.Side, k, out var price, out var q); k++)
        {
            if (buying ? price > worstPrice : price < worstPrice) break;
            total += q;
        }
        return total;
    }

    /// <summary>
    /// Walks the opposite side in price order without trading: how much a taker of <paramref name="side"/> gets
    /// for at most <paramref name="maxQuantity"/> and <paramref name="maxCost"/> (quote), and what it costs.
    /// </summary>
    public (decimal Quantity, decimal Cost) Estimate(OrderSide side, decimal maxQuantity, decimal maxCost, ITradeHandler handler)
    {
        var buying = side == OrderSide.Buy;
        var opposite = buying ? Asks : Bids;
        decimal quantity = 0, cost = 0;
        int i = 0, k = 0;
        while (quantity < maxQuantity && cost < maxCost)
        {
            var level = i < opposite.LevelCount ? opposite.LevelFromBest(i) : null;
            var hasSynthetic = Synthetic.TryLevel(side, k, out var syntheticPrice, out var syntheticQty);
            var useUser = level is not null && (!hasSynthetic || !opposite.IsBetter(syntheticPrice, level.Price));
            if (!useUser && !hasSynthetic) break;
            decimal price, available = 0;
            if (useUser)
            {
                price = level!.Price;
                for (var o = level.Head; o is not null; o = o.Next) available += Math.Max(0, Math.Min(o.Remaining, handler.MakerCapacity(o)));
                i++;
            }
            else
            {
                price = syntheticPrice;
                available = syntheticQty;
                k++;
            }
            var take = Math.Min(available, maxQuantity - quantity);
            // Compared by multiplying: dividing a huge budget by a tiny price could overflow.
            if (take * price > maxCost - cost) take = (maxCost - cost) / price;
            quantity += take;
            cost += take * price;
        }
        return (quantity, cost);
    }

    /// <summary>True when an order at this price would trade immediately (post-only check).</summary>
    public bool WouldTake(OrderSide side, decimal price)
    {
        var buying = side == OrderSide.Buy;
        var best = (buying ? Asks : Bids).Best;
        if (best is not null && (buying ? best.Price <= price : best.Price >= price)) return true;
        return Synthetic.TryBest(isBid: !buying, out var synthetic) && (buying ? synthetic <= price : synthetic >= price);
    }

    /// <summary>
    /// After the market moved: users' resting orders now through the synthetic price trade with the market at
    /// their own price (they are the makers).
    /// </summary>
    public void SweepCrossed(ITradeHandler handler)
    {
        SweepSide(Bids, handler);
        SweepSide(Asks, handler);
    }

    private void SweepSide(BookSide side, ITradeHandler handler)
    {
        while (side.Best is { } level && Synthetic.Reaches(side.IsBid, level.Price))
        {
            var maker = level.Head!;
            var q = Math.Min(maker.Remaining, handler.MakerCapacity(maker));
            if (q <= 0)
            {
                RemoveFromLevel(maker, level, side);
                Touch(side.IsBid, level.Price);
                handler.OnMakerExpired(maker);
                continue;
            }
            var price = level.Price;
            level.Reduce(maker, q);
            var capped = maker.Remaining > 0;
            RemoveFromLevel(maker, level, side);
            Touch(side.IsBid, price);
            handler.OnTrade(null, maker, price, q);
            if (capped) handler.OnMakerExpired(maker);
        }
    }

    /// <summary>Visible quantity at a price (users + synthetic).</summary>
    public decimal QuantityAt(bool isBid, decimal price) =>
        ((isBid ? Bids : Asks).Find(price)?.VisibleQuantity ?? 0) + Synthetic.QuantityAt(isBid, price);

    /// <summary>Changed prices since the last call, with their current quantities (0 = level gone).</summary>
    public (List<(decimal Price, decimal Quantity)> Bids, List<(decimal Price, decimal Quantity)> Asks) TakeChanges()
    {
        var bids = new List<(decimal, decimal)>(_dirtyBids.Count);
        foreach (var p in _dirtyBids) bids.Add((p, QuantityAt(true, p)));
        var asks = new List<(decimal, decimal)>(_dirtyAsks.Count);
        foreach (var p in _dirtyAsks) asks.Add((p, QuantityAt(false, p)));
        _dirtyBids.Clear();
        _dirtyAsks.Clear();
        bids.Sort((a, b) => b.Item1.CompareTo(a.Item1));
        asks.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return (bids, asks);
    }

    public bool HasChanges => UpdateId != PublishedUpdateId;

    private void Touch(bool isBid, decimal price)
    {
        UpdateId++;
        if (TrackChanges) (isBid ? _dirtyBids : _dirtyAsks).Add(price);
    }

    private void TouchSynthetic()
    {
        for (var k = 0; k < Synthetic.Levels; k++)
        {
            if (Synthetic.TryLevel(OrderSide.Buy, k, out var ask, out _)) _dirtyAsks.Add(ask);
            if (Synthetic.TryLevel(OrderSide.Sell, k, out var bid, out _)) _dirtyBids.Add(bid);
        }
    }
}
