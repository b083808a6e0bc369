using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// The live exchange: one market (futures or spot) of one Aster account, over the REST client (V1 or V3
/// credentials, whichever the client holds) and the account's user-data stream, whose order updates become
/// <see cref="ExchangeUpdate"/>s for <see cref="TryTakeUpdate"/>. The stream is its own, or an
/// <see cref="AccountUpdateStream"/> shared with the other pairs on the account. Call <see cref="StartAsync"/> before
/// trading so fills are not missed; <see cref="EventsMayHaveBeenMissed"/> fires after a stream renewal or
/// reconnect, when the owner must reconcile.
/// </summary>
public sealed partial class AsterExchange : IExchange, IAsyncDisposable
{
    /// <summary>Aster's "Order does not exist." answer to an order query: the only answer that means "never seen".</summary>
    public const int OrderDoesNotExistCode = -2013;

    /// <summary>Aster's "No need to change margin type.": the symbol already has the margin type asked for.</summary>
    public const int NoNeedToChangeMarginTypeCode = -4046;

    private readonly AsterClient _client;
    private readonly TimeProvider _time;
    private readonly AsterExchangeUpdates _updates = new();
    private readonly AsterExchangeSymbols _symbols;
    private readonly AccountUpdateStream _stream;
    private readonly bool _ownsStream;

    /// <summary>An exchange with a user-data stream of its own (started by <see cref="StartAsync"/>).</summary>
    /// <param name="client">A client holding the account's credentials; not disposed here (the caller owns it).</param>
    public AsterExchange(AsterClient client, Market market, TimeProvider? time = null)
        : this(new AccountUpdateStream(client, market, time), ownsStream: true)
    {
    }

    /// <summary>An exchange on a stream shared with other pairs of the account; the caller starts and disposes the stream.</summary>
    public AsterExchange(AccountUpdateStream stream) : this(stream, ownsStream: false)
    {
    }

    private AsterExchange(AccountUpdateStream stream, bool ownsStream)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _ownsStream = ownsStream;
        _client = stream.Client;
        _time = stream.Time;
        Market = stream.Market;
        _symbols = new AsterExchangeSymbols(_client, Market);
        stream.Attach(_updates);
    }

    public Market Market { get; }

    public long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>The user-data stream reconnected or took a new listen key: updates may be lost, reconcile now.</summary>
    public event Action? EventsMayHaveBeenMissed
    {
        add => _stream.EventsMayHaveBeenMissed += value;
        remove => _stream.EventsMayHaveBeenMissed -= value;
    }

    /// <summary>Starts the exchange's own user-data stream (the socket connects in the background); a shared one is the caller's to start.</summary>
    public Task StartAsync(CancellationToken ct = default) => _ownsStream ? _stream.StartAsync(ct) : Task.CompletedTask;

    /// <summary>True once the user-data stream's socket is connected (fills arrive as updates from then on).</summary>
    public bool IsStreamConnected => _stream.IsConnected;

    public ValueTask<AsterResult<SymbolFilters>> GetSymbolAsync(string symbol, CancellationToken ct = default) => _symbols.GetAsync(symbol, ct);

    public async ValueTask<AsterResult<IReadOnlyList<OrderState>>> GetOpenOrdersAsync(string symbol, CancellationToken ct = default) =>
        Market == Market.Futures
            ? (await _client.Futures.Trading.GetOpenOrdersAsync(symbol, ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToStates)
            : (await _client.Spot.Trading.GetOpenOrdersAsync(symbol, ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToStates);

    public async ValueTask<AsterResult<OrderState?>> FindOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default)
    {
        var reference = OrderReference.ByClientId(clientOrderId);
        var found = Market == Market.Futures
            ? (await _client.Futures.Trading.GetOrderAsync(symbol, reference, ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToState)
            : (await _client.Spot.Trading.GetOrderAsync(symbol, reference, ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToState);
        // Only "does not exist" proves the order was never placed; any other failure leaves the question open.
        if (found.Error is { Code: OrderDoesNotExistCode }) return AsterResult<OrderState?>.Success(null);
        return found.Map<OrderState?>(state => state);
    }

    public async ValueTask<AsterResult<OrderState>> PlaceOrderAsync(OrderRequest order, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Market == Market.Futures
            ? (await _client.Futures.Trading.PlaceOrderAsync(AsterExchangeMapping.ToFutures(order), ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToState)
            : (await _client.Spot.Trading.PlaceOrderAsync(AsterExchangeMapping.ToSpot(order), ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToState);
    }

    public async ValueTask<AsterResult<OrderState>> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken ct = default)
    {
        var reference = OrderReference.ByClientId(clientOrderId);
        return Market == Market.Futures
            ? (await _client.Futures.Trading.CancelOrderAsync(symbol, reference, ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToState)
            : (await _client.Spot.Trading.CancelOrderAsync(symbol, reference, ct).ConfigureAwait(false)).Map(AsterExchangeMapping.ToState);
    }

    public async ValueTask<AsterResult<bool>> ConfigureSymbolAsync(string symbol, int leverage, MarginType marginType, CancellationToken ct = default)
    {
        if (Market == Market.Spot) return AsterResult<bool>.Success(true);
        var margin = await _client.Futures.Account.SetMarginTypeAsync(symbol, marginType, ct).ConfigureAwait(false);
        if (!margin.IsSuccess && margin.Error.Code != NoNeedToChangeMarginTypeCode) return margin.Error;
        var changed = await _client.Futures.Account.SetLeverageAsync(symbol, leverage, ct).ConfigureAwait(false);
        return changed.Map(_ => true);
    }

    public ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default) =>
        MarketCandles.GetClosedAsync(_client, Market, symbol, interval, limit, () => Now, ct);

    public bool TryTakeUpdate(out ExchangeUpdate update) => _updates.TryTake(out update);

    public ValueTask<bool> WaitForUpdateAsync(TimeSpan timeout, CancellationToken ct = default) => _updates.WaitAsync(timeout, _time, ct);

    public async ValueTask DisposeAsync()
    {
        _stream.Detach(_updates);
        if (_ownsStream) await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
