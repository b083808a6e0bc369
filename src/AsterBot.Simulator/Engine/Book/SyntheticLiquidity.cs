using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Symbols;

namespace AsterBot.Simulator.Engine.Book;

/// <summary>
/// The rest of the market as a ladder of levels around the market price: the best bid/ask a half-spread away,
/// further levels every <see cref="LiquidityOptions.LevelSpacing"/> with sizes growing away from the middle.
/// Takers consume it level by level (so market orders slip); it refills when the market price moves.
/// With <see cref="LiquidityOptions.Slippage"/> set (backtests) it is one bottomless level a side instead.
/// State is the centre price plus, once built, a level index and the remainder of that level per side: no
/// allocation, O(1) per fill. Building costs several decimal divisions, and most moves (every candle of a
/// backtest) are never looked at, so the ladder is built lazily, on the first question after a move.
/// </summary>
internal sealed class SyntheticLiquidity(SymbolSpec spec, LiquidityOptions options)
{
    /// <summary>Quote value of a bottomless level: the engine's largest balance, so no order can exhaust it.</summary>
    private const decimal BottomlessNotional = 1_000_000_000_000_000m;

    private decimal _centre;
    private bool _built;
    private decimal _bestBid, _bestAsk, _step, _baseSize;
    private int _askLevel, _bidLevel;
    private decimal _askLeft, _bidLeft;

    private bool Bottomless => options.Slippage is not null;

    public int Levels => Bottomless ? 1 : options.Levels;

    /// <summary>True when a taker consumed some of it since the last move (a move refills it).</summary>
    public bool Consumed { get; private set; }

    public void Recenter(decimal price)
    {
        _centre = price;
        _built = false;
        Consumed = false;
    }

    private void EnsureBuilt()
    {
        if (_built) return;
        _built = true;
        _askLevel = _bidLevel = 0;
        if (options.Slippage is { } slippage)
        {
            // Backtest fills: BUY at price × (1 + slippage) rounded up to the tick, SELL at price × (1 − slippage)
            // rounded down: never better than asked for.
            _bestAsk = spec.RoundPriceUp(_centre * (1 + slippage));
            _bestBid = Math.Max(spec.RoundPriceDown(_centre * (1 - slippage)), spec.TickSize);
            _step = 0;
            _askLeft = _bidLeft = _baseSize = spec.RoundQtyDown(BottomlessNotional / _centre);
            return;
        }
        var half = Math.Max(_centre * options.HalfSpread, spec.TickSize);
        _bestBid = Math.Max(spec.RoundPriceDown(_centre - half), spec.TickSize);
        _bestAsk = spec.RoundPriceUp(_centre + half);
        if (_bestAsk <= _bestBid) _bestAsk = _bestBid + spec.TickSize;
        _step = Math.Max(spec.RoundPriceUp(_centre * options.LevelSpacing), spec.TickSize);
        _baseSize = Math.Max(spec.RoundQtyDown(options.LevelNotional / _centre), spec.StepSize);
        _askLeft = _bidLeft = SizeOf(0);
    }

    /// <summary>
    /// The k-th level still available to a taker of <paramref name="takerSide"/> (k = 0: the current one, with
    /// only its unconsumed remainder). False when the ladder is exhausted or the price would not be positive.
    /// </summary>
    public bool TryLevel(OrderSide takerSide, int k, out decimal price, out decimal quantity)
    {
        EnsureBuilt();
        var buying = takerSide == OrderSide.Buy;
        var level = (buying ? _askLevel : _bidLevel) + k;
        if (level >= Levels) { price = quantity = 0; return false; }
        price = buying ? _bestAsk + level * _step : _bestBid - level * _step;
        quantity = k == 0 ? (buying ? _askLeft : _bidLeft) : SizeOf(level);
        return price > 0;
    }

    public void Consume(OrderSide takerSide, decimal quantity)
    {
        Consumed = true;
        if (Bottomless) return;
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

    /// <summary>The best price still offered to a maker-side check (post-only): bid side if isBid.</summary>
    public bool TryBest(bool isBid, out decimal price) =>
        TryLevel(isBid ? OrderSide.Sell : OrderSide.Buy, 0, out price, out _);

    /// <summary>
    /// Whether a user's resting order at <paramref name="price"/> is reached by the market, so it fills as maker:
    /// a bid at or above the synthetic best ask (an ask at or below the best bid). Bottomless (backtest) liquidity
    /// compares with the market price itself: a resting order fills when the price path touches it.
    /// </summary>
    public bool Reaches(bool userIsBid, decimal price)
    {
        if (Bottomless) return userIsBid ? price >= _centre : price <= _centre;
        // The best ask is never below the centre, nor the best bid above it (or above one tick): most resting
        // orders are away from the price, and this answers for them without building the ladder.
        if (userIsBid ? price < _centre : price > Math.Max(_centre, spec.TickSize)) return false;
        return TryBest(!userIsBid, out var market) && (userIsBid ? price >= market : price <= market);
    }

    /// <summary>Quantity offered at an exact price on one side (for depth).</summary>
    public decimal QuantityAt(bool isBid, decimal price)
    {
        EnsureBuilt();
        var distance = isBid ? _bestBid - price : price - _bestAsk;
        if (distance < 0 || (_step == 0 ? distance != 0 : distance % _step != 0)) return 0;
        var level = _step == 0 ? 0 : (int)(distance / _step);
        var current = isBid ? _bidLevel : _askLevel;
        if (level < current || level >= Levels) return 0;
        return level == current ? (isBid ? _bidLeft : _askLeft) : SizeOf(level);
    }

    private decimal SizeOf(int level) =>
        Math.Max(spec.RoundQtyDown(_baseSize * (1 + level * options.SizeGrowth)), spec.StepSize);
}
