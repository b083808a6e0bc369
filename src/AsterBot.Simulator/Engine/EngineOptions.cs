using AsterBot.Simulator.Engine.Book;

namespace AsterBot.Simulator.Engine;

/// <summary>How the simulated exchange behaves. Defaults follow Aster's documented values.</summary>
public sealed record EngineOptions
{
    /// <summary>Seeds the price process: the same seed, clock and inputs give the same fills.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Symbols to trade (both markets); null = every TRADING symbol of the captures.</summary>
    public IReadOnlyCollection<string>? Symbols { get; init; }

    /// <summary>Starting prices by symbol; others come from the built-in table.</summary>
    public IReadOnlyDictionary<string, decimal> InitialPrices { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Move prices by a seeded random walk as the clock advances; false = only when told (tests, replay).</summary>
    public bool RandomWalk { get; init; }
    /// <summary>Random-walk volatility: standard deviation of log price per √hour.</summary>
    public decimal VolatilityPerSqrtHour { get; init; } = 0.005m;
    public TimeSpan RandomWalkStep { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Catching up a long clock jump simulates at most this many steps per symbol (the rest are skipped).</summary>
    public int MaxCatchUpSteps { get; init; } = 3_600;

    /// <summary>mark += smoothing × (last − mark) on each move; 1 = mark equals the contract price.</summary>
    public decimal MarkPriceSmoothing { get; init; } = 1m;

    public decimal FuturesMakerRate { get; init; } = 0.0002m;
    public decimal FuturesTakerRate { get; init; } = 0.0004m;
    public decimal SpotMakerRate { get; init; } = 0.0002m;
    public decimal SpotTakerRate { get; init; } = 0.0007m;

    /// <summary>Interest component of funding per 8 h (Aster/Binance: 0.01%).</summary>
    public decimal InterestRate { get; init; } = 0.0001m;
    /// <summary>Funding rate cap and floor (±).</summary>
    public decimal FundingRateCap { get; init; } = 0.03m;
    public TimeSpan FundingInterval { get; init; } = TimeSpan.FromHours(8);

    /// <summary>Default leverage of a symbol an account has not configured (Aster: 20).</summary>
    public int DefaultLeverage { get; init; } = 20;

    public LiquidityOptions Liquidity { get; init; } = new();

    /// <summary>
    /// Keep closed orders, user trades and the per-fill rows (futures REALIZED_PNL and COMMISSION income, spot
    /// TRADE_SOURCE/TRADE_TARGET transactions) for history queries. False is for backtests, which read results from
    /// their own fills: memory then stays flat however many orders fill. Open orders, positions, balances and the
    /// other income rows (funding, transfers, liquidation clearance) are kept either way; a closed order then answers
    /// "order does not exist" and the trade lists come back empty.
    /// </summary>
    public bool KeepHistory { get; init; } = true;

    /// <summary>
    /// Minutes of 1m candles each symbol keeps for kline queries (two weeks). A backtest reads its candles from its
    /// data, not from the engine: a short history spares it growing two weeks of candles it never reads.
    /// </summary>
    public int KlineHistoryMinutes { get; init; } = 20_160;
}
