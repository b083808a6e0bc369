using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Markets;

namespace AsterBot.Simulator.Engine;

/// <summary>What a spot and a futures order have in common beyond the book: owner bookkeeping and lifecycle.</summary>
internal abstract class AccountOrder : BookOrder
{
    public required MarketState Market;
    public string? ExplicitClientOrderId;
    public OrderType Type;
    public OrderType OrigType;
    public TimeInForce TimeInForce;
    public OrderStatus Status;
    public decimal OrigQty;
    public decimal ExecutedQty;
    public decimal CumQuote;
    public long Time;
    public long UpdateTime;
    /// <summary>Index in the account's open-order list while open; -1 once closed.</summary>
    public int OpenSlot = -1;

    private string? _generatedClientOrderId;

    /// <summary>Generated ids derive from the order id: made on first read only, found again by parsing.</summary>
    public string ClientOrderId => ExplicitClientOrderId ?? (_generatedClientOrderId ??= ClientIds.Generated(OrderId));

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;

    /// <summary>
    /// Sets what every order starts with when placed: NEW, the whole quantity open, created now; hidden when its
    /// time in force says so. The caller sets the market-specific fields.
    /// </summary>
    public void Open(long orderId, long accountId, string? clientOrderId, OrderSide side, OrderType type, TimeInForce timeInForce,
        decimal quantity, decimal price, long now)
    {
        OrderId = orderId;
        AccountId = accountId;
        ExplicitClientOrderId = clientOrderId;
        Side = side;
        Type = OrigType = type;
        TimeInForce = timeInForce;
        Hidden = timeInForce == TimeInForce.Hidden;
        Status = OrderStatus.New;
        OrigQty = Remaining = quantity;
        Price = price;
        Time = UpdateTime = now;
    }
}
