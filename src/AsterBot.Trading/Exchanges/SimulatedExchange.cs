using System.Text.Json;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Trading.Domain;
using static AsterBot.Trading.Exchanges.EngineMapping;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// Paper and backtest exchange: one account of an in-process <see cref="SimulatorEngine"/> on one market.
/// Every call completes synchronously (the engine is in memory), so the trading core pays no async cost here.
/// It subscribes to the engine's order changes after placement only: market data, per-fill balance updates (the
/// trading core reads the account when it sizes) and NEW acknowledgements (the placing call answers the NEW state)
/// are never built for it. Live, the stream's NEW update repeats the answer too: the pair needs nothing from it.
/// Dispose it to stop receiving updates.
/// </summary>
public sealed class SimulatedExchange : IExchange, IDisposable
{
    private const string QuoteAsset = "USDT";
    private readonly SimulatorEngine _engine;
    private readonly long _accountId;
    private readonly EventSubscription _events;
    private readonly Dictionary<string, SymbolFilters> _filters = new(StringComparer.Ordinal);

    public SimulatedExchange(SimulatorEngine engine, long accountId, Market market)
    {
        _engine = engine;
        _accountId = accountId;
        Market = market;
        _events = engine.Events.Subscribe(EventScope.OrderChanges);
    }

    public Market Market { get; }

    public long Now => _engine.Now;

    public SimulatorEngine Engine => _engine;

    public long AccountId => _accountId;

    public ValueTask<AsterResult<SymbolFilters>> GetSymbolAsync(string symbol, CancellationToken ct = default)
    {
        if (_filters.TryGetValue(symbol, out var cached)) return Ok(cached);
        SymbolSpec? spec = null;
        foreach (var s in _engine.EnabledSymbols(Market)) if (s.Symbol == symbol) spec = s;
        if (spec is null) return Fail<SymbolFilters>(AsterErrors.InvalidSymbol, stateChanging: false);
        // The captured exchangeInfo entry parsed by the live client's own JSON types: filters identical to live.
        var filters = Market == Market.Futures
            ? SymbolFilters.From(JsonSerializer.Deserialize(spec.ExchangeInfoJson, AsterJson.Lenient.FuturesSymbol)!)
            : SymbolFilters.From(JsonSerializer.Deserialize(spec.ExchangeInfoJson, AsterJson.Lenient.SpotSymbol)!);
        _filters[symbol] = filters;
        return Ok(filters);
    }

    public ValueTask<AsterResult<AccountSnapshot>> GetAccountAsync(CancellationToken ct = default) =>
        Market == Market.Futures ? FuturesAccount() : SpotAccount();

    private ValueTask<AsterResult<AccountSnapshot>> FuturesAccount()
    {
        // The summary, not the full account view: this runs at every trade of a backtest.
        var result = _engine.GetFuturesAccountSummary(_accountId);
        if (!result.IsSuccess) return Fail<AccountSnapshot>(result.Error!.Value, stateChanging: false);
        var a = result.Value;
        var positions = new List<PositionSnapshot>(a.Positions.Count);
        foreach (var p in a.Positions) positions.Add(new PositionSnapshot(p.Symbol, p.PositionAmt, p.EntryPrice, p.UnrealizedProfit, p.Leverage));
        return Ok(new AccountSnapshot(a.TotalWalletBalance, a.TotalMarginBalance, a.AvailableBalance, positions));
    }

    /// <summary>Spot: cash is the free + locked quote balance; each other asset is a position valued at its last price.</summary>
    private ValueTask<AsterResult<AccountSnapshot>> SpotAccount()
    {
        var result = _engine.GetSpotAccount(_accountId);
        if (!result.IsSuccess) return Fail<AccountSnapshot>(result.Error!.Value, stateChanging: false);
        decimal cash = 0, available = 0, held = 0;
        var positions = new List<PositionSnapshot>();
        foreach (var b in result.Value.Balances)
        {
            var total = b.Free + b.Locked;
            if (b.Asset == QuoteAsset) { cash = total; available = b.Free; continue; }
            if (total == 0) continue;
            var symbol = b.Asset + QuoteAsset;
            var price = _engine.GetLastPrice(Market.Spot, symbol);
            var value = price.IsSuccess ? total * price.Value : 0;
            held += value;
            positions.Add(new PositionSnapshot(symbol, total, 0, 0, 1));
        }
        return Ok(new AccountSnapshot(cash, cash + held, available, positions));
    }

    public ValueTask<AsterResult<IReadOnlyList<OrderState>>> GetOpenOrdersAsync(string symbol, CancellationToken ct = default)
    {
        var orders = new List<OrderState>();
        if (Market == Market.Futures)
        {
            var result = _engine.GetOpenFuturesOrders(_accountId, symbol);
            if (!result.IsSuccess) return Fail<IReadOnlyList<OrderState>>(result.Error!.Value, stateChanging: false);
            foreach (var o in result.Value) orders.Add(Order(o));
        }
        else
        {
            var result = _engine.GetOpenSpotOrders(_accountId, symbol);
            if (!result.IsSuccess) return Fail<IReadOnlyList<OrderState>>(result.Error!.Value, stateChanging: false);
            foreach (var o in result.Value) orders.Add(Order(o));
        }
        return Ok<IReadOnlyList<OrderState>>(orders);
    }

    public ValueTask<AsterResult<OrderState?>> FindOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default)
    {
        var reference = OrderRef.ByClientId(clientOrderId);
        EngineError? error;
        OrderState? found = null;
        if (Market == Market.Futures)
        {
            var result = _engine.GetFuturesOrder(_accountId, symbol, reference);
            error = result.Error;
            if (result.IsSuccess) found = Order(result.Value);
        }
        else
        {
            var result = _engine.GetSpotOrder(_accountId, symbol, reference);
            error = result.Error;
            if (result.IsSuccess) found = Order(result.Value);
        }
        // "Order does not exist" is the answer that makes resending with the same id safe.
        if (error is { Code: -2013 }) return Ok<OrderState?>(null);
        return error is { } e ? Fail<OrderState?>(e, stateChanging: false) : Ok(found);
    }

    public ValueTask<AsterResult<OrderState>> PlaceOrderAsync(OrderRequest order, CancellationToken ct = default)
    {
        if (Market == Market.Futures)
        {
            var result = _engine.PlaceFuturesOrder(_accountId, new FuturesOrderRequest
            {
                Symbol = order.Symbol, Side = order.Side, Type = order.Type, Quantity = order.Quantity, Price = order.Price,
                StopPrice = order.StopPrice, ReduceOnly = order.ReduceOnly ? true : null, NewClientOrderId = order.ClientOrderId,
                TimeInForce = order.Type == OrderType.Limit ? order.TimeInForce ?? TimeInForce.Gtc : null,
            });
            return result.IsSuccess ? Ok(Order(result.Value)) : Fail<OrderState>(result.Error!.Value, stateChanging: true);
        }
        var spot = _engine.PlaceSpotOrder(_accountId, new SpotOrderRequest
        {
            Symbol = order.Symbol, Side = order.Side, Type = order.Type, Quantity = order.Quantity, Price = order.Price,
            StopPrice = order.StopPrice, NewClientOrderId = order.ClientOrderId,
            TimeInForce = order.Type == OrderType.Limit ? order.TimeInForce ?? TimeInForce.Gtc : null,
        });
        return spot.IsSuccess ? Ok(Order(spot.Value)) : Fail<OrderState>(spot.Error!.Value, stateChanging: true);
    }

    public ValueTask<AsterResult<OrderState>> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default)
    {
        var reference = OrderRef.ByClientId(clientOrderId);
        if (Market == Market.Futures)
        {
            var result = _engine.CancelFuturesOrder(_accountId, symbol, reference);
            return result.IsSuccess ? Ok(Order(result.Value)) : Fail<OrderState>(result.Error!.Value, stateChanging: true);
        }
        var spot = _engine.CancelSpotOrder(_accountId, symbol, reference);
        return spot.IsSuccess ? Ok(Order(spot.Value)) : Fail<OrderState>(spot.Error!.Value, stateChanging: true);
    }

    public ValueTask<AsterResult<bool>> ConfigureSymbolAsync(string symbol, int leverage, MarginType marginType, CancellationToken ct = default)
    {
        if (Market == Market.Spot) return Ok(true);
        var margin = _engine.SetMarginType(_accountId, symbol, marginType);
        // -4046 "No need to change margin type": already so, which is what was asked.
        if (!margin.IsSuccess && margin.Error!.Value.Code != -4046) return Fail<bool>(margin.Error.Value, stateChanging: true);
        var result = _engine.SetLeverage(_accountId, symbol, leverage);
        return result.IsSuccess ? Ok(true) : Fail<bool>(result.Error!.Value, stateChanging: true);
    }

    public ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default)
    {
        var ms = interval.Milliseconds;
        var now = _engine.Now;
        // One more than asked: the newest kline is usually the one still open, which is not a closed candle.
        var result = _engine.GetKlines(Market, symbol, TimeSpan.FromMilliseconds(ms), limit: limit + 1);
        if (!result.IsSuccess) return Fail<IReadOnlyList<Candle>>(result.Error!.Value, stateChanging: false);
        var candles = new List<Candle>(result.Value.Count);
        foreach (var k in result.Value)
            if (k.CloseTime < now) candles.Add(new Candle(k.OpenTime, k.Open, k.High, k.Low, k.Close, k.Volume, k.CloseTime));
        if (candles.Count > limit) candles.RemoveRange(0, candles.Count - limit);
        return Ok<IReadOnlyList<Candle>>(candles);
    }

    public bool TryTakeUpdate(out ExchangeUpdate update)
    {
        while (_events.Reader.TryRead(out var engineEvent))
        {
            if (Update(engineEvent, _accountId, Market) is { } mapped)
            {
                update = mapped;
                return true;
            }
        }
        update = null!;
        return false;
    }

    /// <summary>The engine publishes within the call that caused an update: nothing more can arrive by waiting.</summary>
    public ValueTask<bool> WaitForUpdateAsync(TimeSpan timeout, CancellationToken ct = default) => new(_events.Reader.TryPeek(out _));

    public void Dispose() => _events.Dispose();

    private static ValueTask<AsterResult<T>> Ok<T>(T value) => new(AsterResult<T>.Success(value));

    private static ValueTask<AsterResult<T>> Fail<T>(EngineError error, bool stateChanging) =>
        new(AsterResult<T>.Failure(Error(error, stateChanging)));
}
