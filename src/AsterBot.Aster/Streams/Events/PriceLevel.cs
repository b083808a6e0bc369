namespace AsterBot.Aster.Streams.Events;

/// <summary>One price level of a book: the absolute quantity resting at a price (0 on a diff = level removed).</summary>
public readonly record struct PriceLevel(decimal Price, decimal Quantity);
