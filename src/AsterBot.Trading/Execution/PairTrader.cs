using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Execution;

/// <summary>
/// One pair: a strategy, its context and the executor that turns its actions into orders on an <see cref="IExchange"/>.
/// The same object runs backtests, paper and live. Callers drive it: <see cref="OnCandleClosed"/> at each candle
/// close (the strategy decides), then <see cref="ExecutePendingAsync"/> (orders go out — in backtests at the next
/// candle's open). Not thread-safe: one caller at a time (the runtime processes a slot's pairs one by one).
/// </summary>
public sealed partial class PairTrader
{
    private readonly PairSetup _setup;
    private readonly StrategyDefinition _definition;
    private readonly StrategyParameters _parameters;
    private readonly IExchange _exchange;
    private readonly IOrderJournal _journal;
    private readonly RiskGuards _guards;
    private readonly ITradingEventSink _events;
    private readonly OrderSender _sender;
    private readonly PositionBook _position;
    private readonly FillsInFlight _inFlight = new(overdueMs: 300_000);
    private readonly long _intervalMs;
    private readonly List<StrategyAction> _pending = [];
    /// <summary>Managed orders that ended (filled, cancelled): their journal entries are settled before the next sends.</summary>
    private readonly List<OrderState> _toSettle = [];
    /// <summary>Client id → strategy tag of the pair's managed (resting) orders.</summary>
    private readonly Dictionary<string, string> _tags = new(StringComparer.Ordinal);
    /// <summary>Client id → why the order was sent (for fills in reports), until the order is final.</summary>
    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);
    /// <summary>Client id → net result (realized − fees) of a closing order so far, for the consecutive-loss guard.</summary>
    private readonly Dictionary<string, decimal> _closing = new(StringComparer.Ordinal);
    private IStrategy? _strategy;
    private StrategyContext? _context;
    private SymbolFilters? _filters;
    private string _baseAsset = "";
    private int _configuredLeverage;
    private long _lastCandleClose = long.MinValue;
    private long _now;
    private decimal _realizedPnl, _fees;

    public PairTrader(PairSetup setup, StrategyDefinition definition, StrategyParameters parameters, IExchange exchange,
                      IOrderJournal journal, RiskGuards guards, ITradingEventSink events)
    {
        if (ClientOrderIds.CheckPairKey(setup.PairKey) is { } problem) throw new ArgumentException(problem, nameof(setup));
        if (setup.Market != exchange.Market)
            throw new ArgumentException($"Pair {setup.Label} trades {setup.Market} but the exchange serves {exchange.Market}.", nameof(exchange));
        _setup = setup;
        _definition = definition;
        _parameters = parameters;
        _exchange = exchange;
        _journal = journal;
        _guards = guards;
        _events = events;
        _sender = new OrderSender(exchange, journal);
        _position = new PositionBook(setup.Market);
        _intervalMs = setup.Interval.Milliseconds;
    }

    public PairSetup Setup => _setup;

    /// <summary>Each fill of this pair's orders (and of orders that changed its position from outside), with the reason it was sent.</summary>
    public event Action<Fill, string>? FillApplied;

    public bool HasPendingActions => _pending.Count > 0 || _toSettle.Count > 0;

    public PairStatus Status
    {
        get
        {
            var open = _context is null ? [] : _context.OpenOrders.Values.ToList();
            return new PairStatus(_setup.Label, CurrentPosition(), open, _realizedPnl, _fees, _context?.LastPrice ?? 0,
                _lastCandleClose == long.MinValue ? 0 : _lastCandleClose, _context is not null);
        }
    }

    /// <summary>
    /// Reads the symbol's filters, reconciles with the exchange (journal, open orders, position) and replays
    /// <paramref name="warmUp"/> through the strategy with its actions discarded. A failure is returned, not thrown.
    /// </summary>
    public async ValueTask<AsterResult<bool>> StartAsync(IReadOnlyList<Candle> warmUp, CancellationToken ct)
    {
        var filters = await _exchange.GetSymbolAsync(_setup.Symbol, ct);
        if (!filters.IsSuccess) return filters.Error;
        _filters = filters.Data;
        _baseAsset = _setup.Symbol.EndsWith("USDT", StringComparison.Ordinal) ? _setup.Symbol[..^4] : _setup.Symbol;
        _context = new StrategyContext(_setup.Symbol, _setup.Market, _filters, _setup.Interval, _parameters);
        _strategy = _definition.Create(_parameters);
        _now = _exchange.Now;
        var reconciled = await ReconcileCoreAsync(ct, starting: true);
        if (!reconciled.IsSuccess) return reconciled;
        _context.IsWarmUp = true;
        foreach (var candle in warmUp)
        {
            Observe(candle);
            _strategy.OnCandle(candle, _context);
            _context.ClearActions();
        }
        _context.IsWarmUp = false;
        Publish(TradingEventKind.Info, $"started {_definition.Name} on {_setup.Symbol} {_setup.Interval} ({warmUp.Count} warm-up candles)");
        return AsterResult<bool>.Success(true);
    }

    /// <summary>At a candle's close: takes the exchange's updates, runs the strategy and queues what it asked for.</summary>
    public void OnCandleClosed(in Candle candle)
    {
        var context = Started();
        DrainUpdates();
        Observe(candle);
        _strategy!.OnCandle(candle, context);
        CollectActions(context);
    }

    public void OnSignal(TradeSignal signal)
    {
        var context = Started();
        DrainUpdates();
        context.Now = Math.Max(context.Now, signal.Time);
        _strategy!.OnSignal(signal, context);
        CollectActions(context);
    }

    private void Observe(in Candle candle)
    {
        _context!.Now = _now = candle.CloseTime;
        _context.LastPrice = candle.Close;
        _lastCandleClose = candle.CloseTime;
    }

    private StrategyContext Started() =>
        _context ?? throw new InvalidOperationException($"Pair {_setup.Label} is not started; call StartAsync first.");

    private void CollectActions(StrategyContext context)
    {
        if (context.Actions.Count == 0) return;
        _pending.AddRange(context.Actions); // copies the list: no boxed enumerator per decision
        context.ClearActions();
    }

    private PositionSnapshot CurrentPosition()
    {
        var q = _position.Quantity;
        var unrealized = _setup.Market == Market.Futures && q != 0 && _context is { LastPrice: > 0 } c ? (c.LastPrice - _position.EntryPrice) * q : 0;
        return new PositionSnapshot(_setup.Symbol, q, _position.EntryPrice, unrealized, Math.Max(_configuredLeverage, 1));
    }

    private void Publish(TradingEventKind kind, string message) => _events.Publish(new TradingEvent(_now, _setup.Label, kind, message));

    /// <summary>For messages that cost something to format: built only when the sink wants the kind.</summary>
    private bool Wants(TradingEventKind kind) => _events.Wants(kind);
}
