namespace AsterBot.Aster.Rest.Requests;

/// <summary>Identifies an existing order by the exchange's id or by the client order id given at placement.</summary>
public readonly record struct OrderReference
{
    private OrderReference(long? orderId, string? clientOrderId) => (OrderId, ClientOrderId) = (orderId, clientOrderId);

    public long? OrderId { get; }
    public string? ClientOrderId { get; }

    public static OrderReference ById(long orderId) => new(orderId, null);

    public static OrderReference ByClientId(string clientOrderId) =>
        string.IsNullOrWhiteSpace(clientOrderId) ? throw new ArgumentException("A client order id cannot be empty.", nameof(clientOrderId)) : new(null, clientOrderId);

    public static implicit operator OrderReference(long orderId) => ById(orderId);

    internal RequestParameters WriteTo(RequestParameters parameters) =>
        parameters.Add("orderId", OrderId).Add("origClientOrderId", ClientOrderId);

    public override string ToString() => OrderId is { } id ? $"order {id}" : $"client order '{ClientOrderId}'";
}
