using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Symbols;

namespace AsterBot.Simulator.Engine.Book;

/// <summary>
/// The rest of the market as a ladder of levels around the market price: the best bid/ask a half-spread away,
/// further levels every <see cref="LiquidityOptions.LevelSpacing"/> with sizes growing away from the middle.
/// Takers consume it level by level (so market orders slip); it refills when the market price moves.
/// State is a level index and the remainder of that level per side: no allocation, O(1) per fill.
/// </summary>
internal sealed class SyntheticLiquidity(SymbolSpec spec, LiquidityOptions options)
{
    private decimal _bestBid, _bestAsk, _step, _baseSize;
    private int _askLevel, _bidLevel;
    private decimal _askLeft, _bidLeft;

    public int Levels => options.Levels;

    public void Recenter(decimal price)
    {
        var half = Math.Max(price * options.HalfSpread, spec.TickSize);
        _bestBid = Math.Max(spec.RoundPriceDown(price - half), spec.TickSize);
        _bestAsk = spec.RoundPriceUp(price + half);
        if (_bestAsk <= _bestBid) _bestAsk = _bestBid + spec.TickSize;
        _step = Math.Max(spec.RoundPriceUp(price * options.LevelSpacing), spec.TickSize);
        _baseSize = Math.Max(spec.RoundQtyDown(options.LevelNotional / price), spec.StepSize);
        _askLevel = _bidLevel = 0;
        _askLeft = _bidLeft = SizeOf(0);
    }

    /// <summary>
    /// The k-th level still available to a taker of <paramref name="takerSide"/> (k = 0: the current one, with
    /// only its unconsumed remainder). False when the ladder is exhausted or the price would not be positive.
    /// </summary>
    public bool TryLevel(OrderSide takerSide, int k, out decimal price, out decimal quantity)
    {
        var buying = takerSide == OrderSide.Buy;
        var level = (buying ? _askLevel : _bidLevel) + k;
        if (level >= options.Levels) { price = quantity = 0; return false; }
        price = buying ? _bestAsk + level * _step : _bestBid - level * _step;
        quantity = k == 0 ? (buying ? _askLeft : _bidLeft) : SizeOf(level);
        return price > 0;
    }

    public void Consume(OrderSide takerSide, decimal quantity)
    {
        if (takerSide == OrderSide.Buy)
        {
            _askLeft -= quantity;
            if (_askLeft <= 0 && ++_askLevel < options.Levels) _askLeft = SizeOf(_askLevel);
        }
        else
        {
            _bidLeft -= quantity;
            if (_bidLeft <= 0 && ++_bidLevel < options.Levels) _bidLeft = SizeOf(_bidLevel);
        }
    }

    /// <summary>The best price still offered to a maker-side check (crossing, post-only): bid side if isBid.</summary>
    public bool TryBest(bool isBid, out decimal price) =>
        TryLevel(isBid ? OrderSide.Sell : OrderSide.Buy, 0, out price, out _);

    /// <summary>Quantity offered at an exact price on one side (for depth).</summary>
    public decimal QuantityAt(bool isBid, decimal price)
    {
        var distance = isBid ? _bestBid - price : price - _bestAsk;
        if (distance < 0 || distance % _step != 0) return 0;
        var level = (int)(distance / _step);
        var current = isBid ? _bidLevel : _askLevel;
        if (level < current || level >= options.Levels) return 0;
        return level == current ? (isBid ? _bidLeft : _askLeft) : SizeOf(level);
    }

    private decimal SizeOf(int level) =>
        Math.Max(spec.RoundQtyDown(_baseSize * (1 + level * options.SizeGrowth)), spec.StepSize);
}
