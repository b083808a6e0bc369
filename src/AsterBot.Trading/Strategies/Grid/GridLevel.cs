namespace AsterBot.Trading.Strategies.Grid;

/// <summary>What a level's current order does.</summary>
internal enum GridLeg
{
    /// <summary>The opening order is due but not placed yet (the position cap has no room for it).</summary>
    Waiting,
    /// <summary>The opening order (a buy on a long grid) rests.</summary>
    Opening,
    /// <summary>The opening order filled; the closing order one step away rests.</summary>
    Closing,
    /// <summary>The opening order was refused or cancelled outside the grid: not retried until the next re-centre.</summary>
    Refused,
}

/// <summary>One rung of a ladder: its two prices and the order working on it.</summary>
internal sealed class GridLevel(int generation, int index, decimal openPrice, decimal closePrice)
{
    public int Generation { get; } = generation;
    public int Index { get; } = index;
    public decimal OpenPrice { get; } = openPrice;
    public decimal ClosePrice { get; } = closePrice;

    public GridLeg Leg { get; set; } = GridLeg.Waiting;
    public string? Tag { get; set; }
    /// <summary>Quantity of the working order, and how much of it has filled.</summary>
    public decimal Quantity { get; set; }
    public decimal Filled { get; set; }
    /// <summary>Base bought (long) or sold (short) by the opening order, net of base fees: what the closing order gives back.</summary>
    public decimal Held { get; set; }
    /// <summary>The strategy's candle count when the working order was recorded.</summary>
    public long PlacedAt { get; set; }

    public decimal Remaining => Quantity - Filled;
}
