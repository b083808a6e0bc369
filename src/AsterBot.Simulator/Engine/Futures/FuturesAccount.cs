using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>
/// A futures wallet. USDT is the only margin asset (multi-assets mode is not simulated); other assets are held
/// but back no margin. Cross figures are recomputed from the few active positions when needed.
/// </summary>
internal sealed class FuturesAccount(long id, int symbolCount, decimal makerRate, decimal takerRate) : IOrderOwner<FuturesOrder>
{
    public const string MarginAsset = "USDT";

    private readonly SymbolSettings?[] _symbols = new SymbolSettings?[symbolCount];

    public long Id { get; } = id;
    private decimal _crossWallet;

    /// <summary>USDT wallet outside isolated positions.</summary>
    public decimal CrossWallet { get => _crossWallet; set { _crossWallet = value; SafeMarksKnown = false; } }

    /// <summary>
    /// The positions' safe mark bands (<see cref="Position.SafeMarkLow"/>) describe the current wallet and
    /// positions. Cleared by any change of the cross wallet or of the list of positions.
    /// </summary>
    public bool SafeMarksKnown;
    public Dictionary<string, decimal> OtherAssets { get; } = new(StringComparer.Ordinal);
    public bool HedgeMode;
    /// <summary>A MARGIN_CALL was sent and the account has not recovered since (one warning per episode).</summary>
    public bool MarginCalled;
    public decimal MakerRate = makerRate;
    public decimal TakerRate = takerRate;
    /// <summary>Sum of <see cref="FuturesOrder.ReservedMargin"/> over open orders.</summary>
    public decimal OpenOrderMargin;
    public long UpdateTime;

    public List<Position> ActivePositions { get; } = [];
    public Dictionary<string, FuturesOrder> OpenByClientId { get; } = new(StringComparer.Ordinal);
    /// <summary>Open orders in no particular order (swap-removal keeps add/remove O(1)).</summary>
    public List<FuturesOrder> OpenOrders { get; } = [];
    public List<FuturesOrder> Orders { get; } = [];
    public List<FuturesTradeView> Trades { get; } = [];
    public List<IncomeView> Income { get; } = [];
    /// <summary>Isolated-margin additions and removals, oldest first (GET positionMargin/history).</summary>
    public List<PositionMarginChangeView> MarginChanges { get; } = [];

    public SymbolSettings Settings(MarketState market, int defaultLeverage) =>
        _symbols[market.Index] ??= new SymbolSettings(market, Math.Min(defaultLeverage, market.Spec.MaxLeverage));

    public SymbolSettings? SettingsIfAny(MarketState market) => _symbols[market.Index];

    public void Track(Position position)
    {
        var active = position.Amount != 0 || position.IsolatedWallet != 0;
        if (active == position.Listed) return;
        if (active) ActivePositions.Add(position); else ActivePositions.Remove(position);
        position.Listed = active;
        position.Market.OpenPositions += active ? 1 : -1;
        SafeMarksKnown = false;
    }

    public decimal IsolatedWallets
    {
        get
        {
            var sum = 0m;
            foreach (var p in ActivePositions) if (p.IsIsolated) sum += p.IsolatedWallet;
            return sum;
        }
    }

    public decimal CrossUnrealizedPnl
    {
        get
        {
            var sum = 0m;
            foreach (var p in ActivePositions) if (!p.IsIsolated) sum += p.UnrealizedPnl;
            return sum;
        }
    }

    public decimal CrossMaintenanceMargin
    {
        get
        {
            var sum = 0m;
            foreach (var p in ActivePositions) if (!p.IsIsolated) sum += p.MaintenanceMargin;
            return sum;
        }
    }

    /// <summary>What new orders may use: cross wallet + cross PnL − cross position margin − order margin.</summary>
    public decimal AvailableBalance
    {
        get
        {
            var sum = CrossWallet - OpenOrderMargin;
            foreach (var p in ActivePositions)
                if (!p.IsIsolated) sum += p.UnrealizedPnl - p.InitialMargin;
            return sum;
        }
    }

    /// <summary>Withdrawable: available, but never more than the cross wallet (unrealized profit stays).</summary>
    public decimal MaxWithdrawAmount => Math.Max(0, Math.Min(AvailableBalance, CrossWallet));
}
