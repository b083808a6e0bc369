namespace AsterBot.Trading.Strategies.Grid;

/// <summary>Which way a grid trades: LONG buys below and sells back above; SHORT mirrors; AUTO picks by trend.</summary>
public enum GridDirection { Long, Short, Auto }

/// <summary>
/// When the ladder is rebuilt around the price: <c>Both</c> when the price leaves the ladder's range either way,
/// <c>Follow</c> only when it runs away from the opening orders (inventory never grows by re-centring), <c>Off</c> never.
/// </summary>
public enum GridRecenter { Both, Follow, Off }

/// <summary>One grid's validated settings (see <see cref="GridDefinitions"/> for the parameters and defaults).</summary>
public sealed record GridSettings
{
    public int Levels { get; init; } = 5;
    /// <summary>Distance between levels as a fraction of the price at which the ladder is built.</summary>
    public decimal Step { get; init; } = 0.005m;
    /// <summary>When above 0: the step is this many ATRs instead (the step grid with ATR-based steps).</summary>
    public decimal AtrStep { get; init; }
    public int AtrPeriod { get; init; } = 14;
    /// <summary>Quote amount per level's order.</summary>
    public decimal OrderQuote { get; init; } = 100m;
    /// <summary>When above 0: each level's order is this fraction of equity instead of <see cref="OrderQuote"/>.</summary>
    public decimal OrderEquity { get; init; }
    public GridRecenter Recenter { get; init; } = GridRecenter.Both;
    public GridDirection Direction { get; init; } = GridDirection.Long;
    /// <summary>EMA period AUTO compares the price with.</summary>
    public int TrendPeriod { get; init; } = 50;
    /// <summary>Max |position| in base asset (0 = no such cap).</summary>
    public decimal CapBase { get; init; }
    /// <summary>Max position notional as a multiple of equity (0 = no such cap).</summary>
    public decimal CapEquity { get; init; }

    public bool HasCap => CapBase > 0 || CapEquity > 0;
}
