namespace AsterBot.Aster.Models;

/// <summary>A spot order as returned by new/query/cancel order and the order lists.</summary>
public sealed class SpotOrder
{
    public string Symbol { get; init; } = "";
    public long OrderId { get; init; }
    public string ClientOrderId { get; init; } = "";
    public decimal Price { get; init; }
    public decimal AvgPrice { get; init; }
    public decimal OrigQty { get; init; }
    public decimal ExecutedQty { get; init; }
    public decimal CumQty { get; init; }
    public decimal CumQuote { get; init; }
    public OrderStatus Status { get; init; }
    public TimeInForce TimeInForce { get; init; }
    public OrderType Type { get; init; }
    public OrderType OrigType { get; init; }
    public OrderSide Side { get; init; }
    public decimal StopPrice { get; init; }
    /// <summary>Query responses only: creation time.</summary>
    public long? Time { get; init; }
    public long UpdateTime { get; init; }
    /// <summary>Real V3 responses carry "-1" (no order list).</summary>
    public long? OrderListId { get; init; }
}
