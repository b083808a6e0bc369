namespace AsterBot.Aster.Models;

/// <summary>The fields every Aster order answer carries, futures and spot alike.</summary>
public abstract class AsterOrder
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
}
