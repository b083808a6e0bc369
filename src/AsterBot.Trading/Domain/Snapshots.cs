namespace AsterBot.Trading.Domain;

/// <summary>
/// One symbol's position. <see cref="Quantity"/> is signed (long &gt; 0, short &lt; 0). On spot the position is the
/// base-asset balance (never negative) and <see cref="EntryPrice"/> is 0 unless the engine tracked its buys.
/// </summary>
public sealed record PositionSnapshot(string Symbol, decimal Quantity, decimal EntryPrice, decimal UnrealizedPnl, int Leverage)
{
    public bool IsFlat => Quantity == 0;
}

/// <summary>
/// The account as the strategy sees it, in the quote asset (USDT): <see cref="WalletBalance"/> is cash (futures:
/// wallet balance; spot: the quote balance), <see cref="Equity"/> adds unrealized PnL (spot: base at the last price),
/// <see cref="Available"/> is what can open new exposure.
/// </summary>
public sealed record AccountSnapshot(decimal WalletBalance, decimal Equity, decimal Available, IReadOnlyList<PositionSnapshot> Positions)
{
    public PositionSnapshot? Position(string symbol)
    {
        foreach (var p in Positions) if (p.Symbol == symbol) return p;
        return null;
    }
}
