using System.Buffers;
using System.Text;
using System.Text.Json;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest.Requests;
using E = AsterBot.Aster.Rest.FuturesEndpoints;

namespace AsterBot.Aster.Rest.Futures;

/// <summary>Futures orders: place, batch, modify, query, cancel, and the account's order and trade history.</summary>
public sealed class FuturesTradingApi
{
    /// <summary>Aster accepts at most this many orders per batchOrders call.</summary>
    public const int MaxBatchOrders = 5;

    /// <summary>Aster accepts at most this many ids per batch cancel.</summary>
    public const int MaxBatchCancel = 10;

    private readonly AsterRestChannel _channel;

    internal FuturesTradingApi(AsterRestChannel channel) => _channel = channel;

    /// <summary>Places an order after checking its shape locally (nothing is sent if it is invalid).</summary>
    public Task<AsterResult<FuturesOrder>> PlaceOrderAsync(FuturesOrderRequest order, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Validate() is { } invalid) return Task.FromResult<AsterResult<FuturesOrder>>(invalid);
        var parameters = new RequestParameters();
        order.WriteTo(parameters);
        return _channel.SendAsync(E.NewOrder, parameters, _channel.Json.FuturesOrder, ct);
    }

    /// <summary>Has the exchange validate an order (signature, parameters) without placing it.</summary>
    public async Task<AsterResult<bool>> TestOrderAsync(FuturesOrderRequest order, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Validate() is { } invalid) return invalid;
        var parameters = new RequestParameters();
        order.WriteTo(parameters);
        return (await _channel.SendAsync(E.TestOrder, parameters, _channel.Json.JsonElement, ct).ConfigureAwait(false)).Map(_ => true);
    }

    /// <summary>
    /// Places up to 5 orders in one call. The outer result fails only if the call as a whole failed; otherwise each
    /// order has its own result, in input order.
    /// </summary>
    public async Task<AsterResult<IReadOnlyList<AsterResult<FuturesOrder>>>> PlaceOrdersAsync(IReadOnlyList<FuturesOrderRequest> orders, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        if (orders.Count is 0 or > MaxBatchOrders)
            return new AsterError(AsterErrorKind.InvalidRequest, $"A batch holds 1 to {MaxBatchOrders} orders; got {orders.Count}. Split it into several calls.");
        for (var i = 0; i < orders.Count; i++)
            if (orders[i].Validate() is { } invalid) return invalid with { Message = $"Batch item {i}: {invalid.Message}" };
        var json = new ArrayBufferWriter<byte>(256 * orders.Count);
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartArray();
            foreach (var order in orders) order.WriteJson(writer);
            writer.WriteEndArray();
        }
        var parameters = new RequestParameters().Add("batchOrders", Encoding.UTF8.GetString(json.WrittenSpan));
        var raw = await _channel.SendAsync(E.BatchOrders, parameters, _channel.Json.JsonElement, ct, orders: orders.Count).ConfigureAwait(false);
        return PerItemResults.Split(raw, _channel.Json.FuturesOrder);
    }

    /// <summary>Changes price and quantity of an open LIMIT order (V3 only). On a filter failure the original stays.</summary>
    public Task<AsterResult<FuturesOrder>> ModifyOrderAsync(string symbol, OrderReference order, decimal quantity, decimal price, CancellationToken ct = default) =>
        _channel.SendAsync(E.ModifyOrder, order.WriteTo(new RequestParameters().Add("symbol", symbol)).Add("quantity", quantity).Add("price", price),
            _channel.Json.FuturesOrder, ct);

    public Task<AsterResult<FuturesOrder>> GetOrderAsync(string symbol, OrderReference order, CancellationToken ct = default) =>
        _channel.SendAsync(E.QueryOrder, order.WriteTo(new RequestParameters().Add("symbol", symbol)), _channel.Json.FuturesOrder, ct);

    public Task<AsterResult<FuturesOrder>> CancelOrderAsync(string symbol, OrderReference order, CancellationToken ct = default) =>
        _channel.SendAsync(E.CancelOrder, order.WriteTo(new RequestParameters().Add("symbol", symbol)), _channel.Json.FuturesOrder, ct);

    public Task<AsterResult<Acknowledgement>> CancelAllOrdersAsync(string symbol, CancellationToken ct = default) =>
        _channel.SendAsync(E.CancelAllOpenOrders, new RequestParameters().Add("symbol", symbol), _channel.Json.Acknowledgement, ct);

    /// <summary>Cancels up to 10 orders by exchange id; each has its own result.</summary>
    public Task<AsterResult<IReadOnlyList<AsterResult<FuturesOrder>>>> CancelOrdersAsync(string symbol, IReadOnlyList<long> orderIds, CancellationToken ct = default) =>
        CancelBatchAsync(symbol, "orderIdList", orderIds.Count, () => "[" + string.Join(',', orderIds) + "]", ct);

    /// <summary>Cancels up to 10 orders by client id; each has its own result.</summary>
    public Task<AsterResult<IReadOnlyList<AsterResult<FuturesOrder>>>> CancelOrdersAsync(string symbol, IReadOnlyList<string> clientOrderIds, CancellationToken ct = default) =>
        CancelBatchAsync(symbol, "origClientOrderIdList", clientOrderIds.Count, () => JsonSerializer.Serialize(clientOrderIds, _channel.Json.IReadOnlyListString), ct);

    /// <summary>Dead-man switch: cancels all of the symbol's orders unless called again within <paramref name="countdown"/> (zero stops it).</summary>
    public Task<AsterResult<CountdownCancelAll>> SetCountdownCancelAllAsync(string symbol, TimeSpan countdown, CancellationToken ct = default) =>
        _channel.SendAsync(E.CountdownCancelAll, new RequestParameters().Add("symbol", symbol).Add("countdownTime", (long)countdown.TotalMilliseconds),
            _channel.Json.CountdownCancelAll, ct);

    /// <summary>One open order; a filled or cancelled one answers UnknownOrder.</summary>
    public Task<AsterResult<FuturesOrder>> GetOpenOrderAsync(string symbol, OrderReference order, CancellationToken ct = default) =>
        _channel.SendAsync(E.OpenOrder, order.WriteTo(new RequestParameters().Add("symbol", symbol)), _channel.Json.FuturesOrder, ct);

    /// <summary>Open orders of one symbol, or of all (weight 40).</summary>
    public Task<AsterResult<IReadOnlyList<FuturesOrder>>> GetOpenOrdersAsync(string? symbol = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.OpenOrders, new RequestParameters().Add("symbol", symbol), _channel.Json.IReadOnlyListFuturesOrder, ct,
            weight: Weights.PerSymbolOrAll(symbol, 1, 40));

    /// <summary>Orders of the last 7 days by default (windows shorter than 7 days).</summary>
    public Task<AsterResult<IReadOnlyList<FuturesOrder>>> GetOrdersAsync(string symbol, long? fromOrderId = null, long? startTime = null, long? endTime = null,
        int? limit = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.AllOrders, new RequestParameters().Add("symbol", symbol).Add("orderId", fromOrderId).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", limit), _channel.Json.IReadOnlyListFuturesOrder, ct);

    /// <summary>The account's fills (fromId cannot be combined with a time window).</summary>
    public Task<AsterResult<IReadOnlyList<FuturesUserTrade>>> GetUserTradesAsync(string symbol, long? startTime = null, long? endTime = null,
        long? fromId = null, int? limit = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.UserTrades, new RequestParameters().Add("symbol", symbol).Add("startTime", startTime).Add("endTime", endTime)
            .Add("fromId", fromId).Add("limit", limit), _channel.Json.IReadOnlyListFuturesUserTrade, ct);

    /// <summary>V3: a signed no-op. Sent with the nonce of a still-queued request, it cancels that request (best effort).</summary>
    public Task<AsterResult<Acknowledgement>> NoopAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.Noop, null, _channel.Json.Acknowledgement, ct);

    private async Task<AsterResult<IReadOnlyList<AsterResult<FuturesOrder>>>> CancelBatchAsync(string symbol, string listName, int count, Func<string> list, CancellationToken ct)
    {
        if (count is 0 or > MaxBatchCancel)
            return new AsterError(AsterErrorKind.InvalidRequest, $"A batch cancel takes 1 to {MaxBatchCancel} orders; got {count}.");
        var parameters = new RequestParameters().Add("symbol", symbol).Add(listName, list());
        var raw = await _channel.SendAsync(E.CancelBatchOrders, parameters, _channel.Json.JsonElement, ct).ConfigureAwait(false);
        return PerItemResults.Split(raw, _channel.Json.FuturesOrder);
    }
}
