using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Book;

/// <summary>
/// What the matching book needs of a resting order. Futures and spot orders derive from it; the book links them
/// into their price level intrusively so cancel is O(1) and resting allocates nothing.
/// </summary>
internal abstract class BookOrder
{
    public long OrderId;
    public long AccountId;
    public OrderSide Side;
    public decimal Price;
    /// <summary>Quantity still open in the book.</summary>
    public decimal Remaining;
    /// <summary>Not shown in depth (timeInForce HIDDEN).</summary>
    public bool Hidden;

    internal PriceLevel? Level;
    internal BookOrder? Previous;
    internal BookOrder? Next;

    public bool IsResting => Level is not null;
}
