using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest.Requests;
using E = AsterBot.Aster.Rest.SpotEndpoints;

namespace AsterBot.Aster.Rest.Spot;

/// <summary>Spot orders and the account's order and trade history.</summary>
public sealed class SpotTradingApi
{
    private readonly AsterRestChannel _channel;

    internal SpotTradingApi(AsterRestChannel channel) => _channel = channel;

    public Task<AsterResult<SpotOrder>> PlaceOrderAsync(SpotOrderRequest order, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Validate() is { } invalid) return Task.FromResult<AsterResult<SpotOrder>>(invalid);
        var parameters = new RequestParameters();
        order.WriteTo(parameters);
        return _channel.SendAsync(E.NewOrder, parameters, _channel.Json.SpotOrder, ct);
    }

    public Task<AsterResult<SpotOrder>> GetOrderAsync(string symbol, OrderReference order, CancellationToken ct = default) =>
        _channel.SendAsync(E.QueryOrder, order.WriteTo(new RequestParameters().Add("symbol", symbol)), _channel.Json.SpotOrder, ct);

    public Task<AsterResult<SpotOrder>> CancelOrderAsync(string symbol, OrderReference order, CancellationToken ct = default) =>
        _channel.SendAsync(E.CancelOrder, order.WriteTo(new RequestParameters().Add("symbol", symbol)), _channel.Json.SpotOrder, ct);

    public Task<AsterResult<Acknowledgement>> CancelAllOrdersAsync(string symbol, CancellationToken ct = default) =>
        _channel.SendAsync(E.CancelAllOpenOrders, new RequestParameters().Add("symbol", symbol), _channel.Json.Acknowledgement, ct);

    public Task<AsterResult<SpotOrder>> GetOpenOrderAsync(string symbol, OrderReference order, CancellationToken ct = default) =>
        _channel.SendAsync(E.OpenOrder, order.WriteTo(new RequestParameters().Add("symbol", symbol)), _channel.Json.SpotOrder, ct);

    public Task<AsterResult<IReadOnlyList<SpotOrder>>> GetOpenOrdersAsync(string? symbol = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.OpenOrders, new RequestParameters().Add("symbol", symbol), _channel.Json.IReadOnlyListSpotOrder, ct,
            weight: Weights.PerSymbolOrAll(symbol, 1, 40));

    public Task<AsterResult<IReadOnlyList<SpotOrder>>> GetOrdersAsync(string symbol, long? fromOrderId = null, long? startTime = null, long? endTime = null,
        int? limit = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.AllOrders, new RequestParameters().Add("symbol", symbol).Add("orderId", fromOrderId).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", limit), _channel.Json.IReadOnlyListSpotOrder, ct);

    public Task<AsterResult<IReadOnlyList<SpotUserTrade>>> GetUserTradesAsync(string? symbol = null, long? orderId = null, long? startTime = null,
        long? endTime = null, long? fromId = null, int? limit = null, CancellationToken ct = default) =>
        _channel.SendAsync(E.UserTrades, new RequestParameters().Add("symbol", symbol).Add("orderId", orderId).Add("startTime", startTime)
            .Add("endTime", endTime).Add("fromId", fromId).Add("limit", limit), _channel.Json.IReadOnlyListSpotUserTrade, ct);

    /// <summary>V3: a signed no-op (see the futures one).</summary>
    public Task<AsterResult<Acknowledgement>> NoopAsync(CancellationToken ct = default) =>
        _channel.SendAsync(E.Noop, null, _channel.Json.Acknowledgement, ct);
}
