namespace AsterBot.Simulator.Engine.Book;

/// <summary>A FIFO queue of resting orders at one price (time priority), with the visible total for depth.</summary>
internal sealed class PriceLevel
{
    public decimal Price;
    public decimal VisibleQuantity;
    public BookOrder? Head;
    public BookOrder? Tail;

    public bool IsEmpty => Head is null;

    public void Append(BookOrder order)
    {
        order.Level = this;
        order.Previous = Tail;
        order.Next = null;
        if (Tail is null) Head = order; else Tail.Next = order;
        Tail = order;
        if (!order.Hidden) VisibleQuantity += order.Remaining;
    }

    public void Unlink(BookOrder order)
    {
        if (order.Previous is null) Head = order.Next; else order.Previous.Next = order.Next;
        if (order.Next is null) Tail = order.Previous; else order.Next.Previous = order.Previous;
        if (!order.Hidden) VisibleQuantity -= order.Remaining;
        order.Level = null;
        order.Previous = order.Next = null;
    }

    /// <summary>Records a fill of a resting order: keeps the level's visible total in step.</summary>
    public void Reduce(BookOrder order, decimal quantity)
    {
        order.Remaining -= quantity;
        if (!order.Hidden) VisibleQuantity -= quantity;
    }
}
