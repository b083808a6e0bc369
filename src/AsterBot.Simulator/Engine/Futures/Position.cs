using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Markets;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>
/// One position: signed amount (negative = short; hedge SHORT positions are negative too, as on Aster),
/// average entry price, and for isolated margin its own wallet.
/// </summary>
internal sealed class Position(MarketState market, SymbolSettings settings, PositionSide side)
{
    public MarketState Market { get; } = market;
    public SymbolSettings Settings { get; } = settings;
    public PositionSide Side { get; } = side;
    private decimal _amount, _entryPrice, _isolatedWallet;

    // Changing any of these can change the account's liquidation status: the safe band is forgotten.
    public decimal Amount { get => _amount; set { _amount = value; ForgetSafeMarks(); } }
    public decimal EntryPrice { get => _entryPrice; set { _entryPrice = value; ForgetSafeMarks(); } }
    public decimal IsolatedWallet { get => _isolatedWallet; set { _isolatedWallet = value; ForgetSafeMarks(); } }
    public long UpdateTime;
    /// <summary>Listed in the account's active positions (amount or isolated wallet non-zero).</summary>
    public bool Listed;

    /// <summary>
    /// Mark prices (exclusive bounds) between which this position cannot change its account's liquidation or
    /// margin-call status, as computed by <see cref="SafeMarks"/>; an empty band until then.
    /// </summary>
    public decimal SafeMarkLow, SafeMarkHigh;

    public bool MarkIsSafe => Market.MarkPrice > SafeMarkLow && Market.MarkPrice < SafeMarkHigh;

    private void ForgetSafeMarks() => SafeMarkLow = SafeMarkHigh = 0;

    public bool IsIsolated => Settings.Isolated;
    public decimal Notional => Amount * Market.MarkPrice;
    public decimal UnrealizedPnl => Amount == 0 ? 0 : Amount * (Market.MarkPrice - EntryPrice);
    public decimal InitialMargin => Math.Abs(Notional) / Settings.Leverage;

    public decimal MaintenanceMargin
    {
        get
        {
            if (Amount == 0) return 0;
            var notional = Math.Abs(Notional);
            var bracket = Market.Spec.BracketFor(notional);
            return notional * bracket.MaintMarginRatio - bracket.Cum;
        }
    }
}

/// <summary>An account's settings for one symbol, and its positions there (BOTH, or LONG and SHORT in hedge mode).</summary>
internal sealed class SymbolSettings
{
    public SymbolSettings(MarketState market, int leverage)
    {
        Market = market;
        Leverage = leverage;
        Both = new Position(market, this, PositionSide.Both);
        Long = new Position(market, this, PositionSide.Long);
        Short = new Position(market, this, PositionSide.Short);
    }

    public MarketState Market { get; }
    public int Leverage;
    public bool Isolated;
    public int OpenOrders;
    public int OpenConditionalOrders;
    /// <summary>Margin reserved by this symbol's open orders.</summary>
    public decimal OpenOrderMargin;
    public Position Both { get; }
    public Position Long { get; }
    public Position Short { get; }

    public Position For(PositionSide side) => side switch
    {
        PositionSide.Long => Long,
        PositionSide.Short => Short,
        _ => Both,
    };

    public bool HasPosition => Both.Amount != 0 || Long.Amount != 0 || Short.Amount != 0;
}
