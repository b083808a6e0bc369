namespace AsterBot.Simulator.Engine.Book;

/// <summary>Shape of the synthetic market around the price (fractions of the price unless said otherwise).</summary>
public sealed record LiquidityOptions
{
    private readonly decimal? _slippage;

    /// <summary>Distance from the market price to the best bid and best ask (at least one tick).</summary>
    public decimal HalfSpread { get; init; } = 0.00005m;
    /// <summary>Distance between consecutive levels (at least one tick).</summary>
    public decimal LevelSpacing { get; init; } = 0.0001m;
    /// <summary>Quote-currency value of the best level; deeper levels grow by <see cref="SizeGrowth"/> each.</summary>
    public decimal LevelNotional { get; init; } = 50_000m;
    public decimal SizeGrowth { get; init; } = 0.5m;
    /// <summary>Levels per side; a taker that exhausts them gets the rest expired.</summary>
    public int Levels { get; init; } = 50;

    /// <summary>
    /// Set (see <see cref="Backtest"/>): instead of the ladder, one bottomless level a side — takers BUY at
    /// price × (1 + slippage) rounded UP to the tick and SELL at price × (1 − slippage) rounded DOWN, whatever the
    /// size; users' resting orders fill as makers at their own price as soon as the market price reaches them
    /// (a BUY when the price is at or below it, a SELL at or above). The ladder settings above are then unused.
    /// </summary>
    public decimal? Slippage
    {
        get => _slippage;
        init => _slippage = value is null or (>= 0 and < 1) ? value
            : throw new ArgumentOutOfRangeException(nameof(Slippage), value,
                "Slippage is a fraction of the price from 0 (fill at the price) to below 1, e.g. 0.0005 for 5 basis points.");
    }

    /// <summary>
    /// Liquidity for backtests: every MARKET order fills entirely at the market price moved against the taker by
    /// <paramref name="slippage"/> (0 = exactly the price), paying the taker fee; resting LIMIT orders fill as makers
    /// at their own price when the price path touches them. Futures MARKET orders still respect the symbol's
    /// marketTakeBound, so keep the slippage below it (it is a few percent on Aster).
    /// </summary>
    public static LiquidityOptions Backtest(decimal slippage = 0m) => new() { Slippage = slippage };
}
