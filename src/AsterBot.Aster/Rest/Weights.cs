namespace AsterBot.Aster.Rest;

/// <summary>Request weights that depend on the parameters (API.md §5.3, §6).</summary>
public static class Weights
{
    /// <summary>Depth: 5–50 levels → 2, 100 → 5, 500 → 10, 1000 → 20.</summary>
    public static int Depth(int limit) => limit switch { <= 50 => 2, <= 100 => 5, <= 500 => 10, _ => 20 };

    /// <summary>Klines: limit [1,100) → 1, [100,500) → 2, [500,1000] → 5, above → 10.</summary>
    public static int Klines(int limit) => limit switch { < 100 => 1, < 500 => 2, <= 1000 => 5, _ => 10 };

    /// <summary>Endpoints that cost more when asked for every symbol at once (24 h ticker 40, price/book ticker 2, open orders 40).</summary>
    public static int PerSymbolOrAll(string? symbol, int single, int all) => symbol is null ? all : single;
}
