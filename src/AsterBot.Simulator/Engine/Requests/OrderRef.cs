namespace AsterBot.Simulator.Engine.Requests;

/// <summary>Names an order by exchange id or client id (Aster: orderId wins when both are sent).</summary>
public readonly record struct OrderRef(long? OrderId, string? ClientOrderId)
{
    public static OrderRef ById(long orderId) => new(orderId, null);
    public static OrderRef ByClientId(string clientOrderId) => new(null, clientOrderId);
}
