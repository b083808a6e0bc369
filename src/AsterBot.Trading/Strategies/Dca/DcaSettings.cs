namespace AsterBot.Trading.Strategies.Dca;

/// <summary>One DCA's validated settings (see <see cref="DcaDefinition"/> for the parameters and defaults).</summary>
public sealed record DcaSettings
{
    /// <summary>+1: buy and average down; −1 (futures): sell short and average up.</summary>
    public int Direction { get; init; } = 1;
    /// <summary>True: a cycle starts only on a long/short signal; false: at the first candle and again after each exit.</summary>
    public bool StartOnSignal { get; init; }
    /// <summary>Quote amount of the first order; safety order k is OrderQuote × Multiplier^k.</summary>
    public decimal OrderQuote { get; init; } = 100m;
    public decimal Multiplier { get; init; } = 1.5m;
    public int MaxSafetyOrders { get; init; } = 5;
    /// <summary>Each safety order rests this fraction beyond the current average entry.</summary>
    public decimal Step { get; init; } = 0.01m;
}
