using AsterBot.Aster.Models;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// A slot's account in one market as last read (for views; trading decisions read the account themselves):
/// wallet balance, equity (with unrealized PnL; spot: holdings at their last price), what is free for new orders,
/// and when it was read (Unix ms).
/// </summary>
public sealed record SlotBalance(string Slot, Market Market, decimal Wallet, decimal Equity, decimal Available, long Time);
