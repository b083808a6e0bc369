using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Backtest;

/// <summary>One backtest's simulator: an engine on a simulated clock with one account, and the exchange over it.</summary>
internal sealed class BacktestSession : IDisposable
{
    private readonly Market _market;
    private readonly string _symbol;

    private BacktestSession(SimulatedClock clock, SimulatorEngine engine, SimulatedExchange exchange, SymbolFilters filters, string baseAsset, Market market, string symbol)
    {
        Clock = clock;
        Engine = engine;
        Exchange = exchange;
        Filters = filters;
        BaseAsset = baseAsset;
        _market = market;
        _symbol = symbol;
    }

    public SimulatedClock Clock { get; }
    public SimulatorEngine Engine { get; }
    public SimulatedExchange Exchange { get; }
    public SymbolFilters Filters { get; }
    public string BaseAsset { get; }

    public static BacktestSession Create(BacktestOptions options, Candle first)
    {
        var clock = new SimulatedClock(first.OpenTime);
        var engine = new SimulatorEngine(new EngineOptions
        {
            Symbols = [options.Symbol],
            InitialPrices = new Dictionary<string, decimal> { [options.Symbol] = first.Open },
            FuturesTakerRate = options.TakerFee, FuturesMakerRate = options.MakerFee,
            SpotTakerRate = options.TakerFee, SpotMakerRate = options.MakerFee,
            Liquidity = LiquidityOptions.Backtest(options.Slippage),
            // Results come from the pair's own fills and the funding/insurance income rows, which are kept anyway.
            KeepHistory = false,
            KlineHistoryMinutes = 60, // the strategy reads the data's candles; the engine's own klines go unread
        }, clock);
        var spec = engine.Catalog.Find(options.Market, options.Symbol);
        if (spec is null || !engine.EnabledSymbols(options.Market).Contains(spec))
            throw new BacktestException($"'{options.Symbol}' is not a trading {options.Market.ToString().ToLowerInvariant()} symbol of Aster's exchange info; check the name (e.g. BTCUSDT) and --market.");
        var balances = new Dictionary<string, decimal> { ["USDT"] = options.InitialBalance };
        var account = engine.CreateAccount(new AccountSpec
        {
            WalletAddress = "backtest",
            FuturesBalances = options.Market == Market.Futures ? balances : new Dictionary<string, decimal>(),
            SpotBalances = options.Market == Market.Spot ? balances : new Dictionary<string, decimal>(),
        });
        if (!account.IsSuccess) throw new BacktestException($"The simulator refused the starting balance: {account.Error!.Value.Message}");
        var exchange = new SimulatedExchange(engine, account.Value.Id, options.Market);
        var filters = exchange.GetSymbolAsync(options.Symbol).Result;
        return new BacktestSession(clock, engine, exchange, filters.Data!, spec.BaseAsset, options.Market, options.Symbol);
    }

    /// <summary>
    /// Refuses a balance that cannot buy even the minimum order at the first price with the strategy's risk and
    /// leverage: every order would be refused and the report would show nothing.
    /// </summary>
    public static void CheckBalance(BacktestOptions options, StrategyParameters parameters, SymbolFilters filters, decimal price)
    {
        var risk = parameters.Numbers.GetValueOrDefault("risk", 1m);
        var leverage = options.Market == Market.Futures ? (int)parameters.Numbers.GetValueOrDefault("leverage", 1m) : 1;
        // The same sizing the pair's executor applies to its first order.
        var (_, problem) = Execution.PositionSizer.Size(filters, OrderSide.Buy, options.InitialBalance, risk, leverage, price);
        if (problem is null) return;
        var minQty = filters.MarketLot?.MinQty ?? filters.Lot?.MinQty ?? 0;
        var needed = Math.Max(filters.Notional?.MinNotional ?? 0, minQty * price);
        var minimumBalance = Math.Ceiling(needed / (risk * leverage) * 1.01m * 100) / 100;
        throw new BacktestException(
            $"A balance of {options.InitialBalance} is too small for {options.Symbol} at the first price {price}: {problem}. " +
            $"Use --balance {minimumBalance} or more, or raise risk/leverage.");
    }

    public void MoveTo(decimal price) => Check(Engine.SetPrice(_market, _symbol, price));

    public void Replay(in Candle candle) => Check(Engine.ApplyCandle(_market, _symbol, candle.Open, candle.High, candle.Low, candle.Close));

    private void Check(EngineResult<decimal> result)
    {
        if (!result.IsSuccess)
            throw new BacktestException($"The simulator refused a candle price of {_symbol} at {Clock.GetUtcNow():u}: {result.Error!.Value.Message}");
    }

    public BacktestResult Result(BacktestOptions options, Candle first, Candle last, int count, TradeRecorder recorder, EquityTracker tracker)
    {
        var account = Exchange.GetAccountAsync().Result;
        if (!account.IsSuccess) throw new BacktestException($"The final account could not be read: {account.Error}");
        var snapshot = account.Data;
        decimal funding = 0, liquidationFees = 0, unrealized;
        if (_market == Market.Futures)
        {
            foreach (var row in Engine.GetIncome(Exchange.AccountId, limit: 0).Value)
            {
                if (row.IncomeType == "FUNDING_FEE") funding += row.Income;
                else if (row.IncomeType == "INSURANCE_CLEAR") liquidationFees -= row.Income;
            }
            unrealized = snapshot.Equity - snapshot.WalletBalance;
        }
        else unrealized = snapshot.Equity - snapshot.WalletBalance - recorder.CostBasis;
        return new BacktestResult
        {
            Options = options, FirstCandleTime = first.OpenTime, LastCandleTime = last.OpenTime, Candles = count,
            InitialEquity = options.InitialBalance, FinalEquity = snapshot.Equity, RealizedPnl = recorder.RealizedPnl,
            Fees = recorder.Fees + liquidationFees, Funding = funding, UnrealizedPnl = unrealized, MaxDrawdown = tracker.MaxDrawdown,
            Trades = recorder.Trades, DailyEquity = tracker.DailyEquity, EquityCurve = tracker.Curve, Blocked = recorder.Blocked,
        };
    }

    public void Dispose() => Exchange.Dispose();
}
