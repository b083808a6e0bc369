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
    public decimal Amount;
    public decimal EntryPrice;
    public decimal IsolatedWallet;
    public long UpdateTime;
    /// <summary>Listed in the account's active positions (amount or isolated wallet non-zero).</summary>
    public bool Listed;

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
