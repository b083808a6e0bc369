using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Views;

/// <summary>The fields a spot and a futures order report alike, so one writer serves both wire shapes.</summary>
public interface IOrderView
{
    string Symbol { get; }
    long OrderId { get; }
    string ClientOrderId { get; }
    OrderSide Side { get; }
    OrderType Type { get; }
    OrderType OrigType { get; }
    TimeInForce TimeInForce { get; }
    OrderStatus Status { get; }
    decimal Price { get; }
    decimal AvgPrice { get; }
    decimal OrigQty { get; }
    decimal ExecutedQty { get; }
    decimal StopPrice { get; }
}
