namespace AsterBot.Simulator.Engine.Book;

/// <summary>Shape of the synthetic market around the price (fractions of the price unless said otherwise).</summary>
public sealed record LiquidityOptions
{
    /// <summary>Distance from the market price to the best bid and best ask (at least one tick).</summary>
    public decimal HalfSpread { get; init; } = 0.00005m;
    /// <summary>Distance between consecutive levels (at least one tick).</summary>
    public decimal LevelSpacing { get; init; } = 0.0001m;
    /// <summary>Quote-currency value of the best level; deeper levels grow by <see cref="SizeGrowth"/> each.</summary>
    public decimal LevelNotional { get; init; } = 50_000m;
    public decimal SizeGrowth { get; init; } = 0.5m;
    /// <summary>Levels per side; a taker that exhausts them gets the rest expired.</summary>
    public int Levels { get; init; } = 50;
}
