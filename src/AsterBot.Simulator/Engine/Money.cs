namespace AsterBot.Simulator.Engine;

/// <summary>
/// Amounts that move between wallets (fees, realized PnL, funding, margin transfers) are rounded to 8 decimals,
/// as Aster books them. Without it, averaged entry prices carry 28 digits into wallets and ledgers stop adding up.
/// </summary>
internal static class Money
{
    public const int Decimals = 8;

    public static decimal Round(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.ToEven);
}
