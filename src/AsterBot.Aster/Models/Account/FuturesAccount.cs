namespace AsterBot.Aster.Models;

/// <summary>GET /fapi/v2/balance, /fapi/v3/balance: one asset of the futures wallet.</summary>
public sealed class FuturesBalance
{
    public string AccountAlias { get; init; } = "";
    public string Asset { get; init; } = "";
    public decimal Balance { get; init; }
    public decimal CrossWalletBalance { get; init; }
    public decimal CrossUnPnl { get; init; }
    public decimal AvailableBalance { get; init; }
    public decimal MaxWithdrawAmount { get; init; }
    public bool MarginAvailable { get; init; }
    public long UpdateTime { get; init; }
}

/// <summary>GET /fapi/v4/account, /fapi/v3/accountWithJoinMargin.</summary>
public sealed class FuturesAccount
{
    public int FeeTier { get; init; }
    public bool CanTrade { get; init; }
    public bool CanDeposit { get; init; }
    public bool CanWithdraw { get; init; }
    public long UpdateTime { get; init; }
    public decimal TotalInitialMargin { get; init; }
    public decimal TotalMaintMargin { get; init; }
    public decimal TotalWalletBalance { get; init; }
    public decimal TotalUnrealizedProfit { get; init; }
    public decimal TotalMarginBalance { get; init; }
    public decimal TotalPositionInitialMargin { get; init; }
    public decimal TotalOpenOrderInitialMargin { get; init; }
    public decimal TotalCrossWalletBalance { get; init; }
    public decimal TotalCrossUnPnl { get; init; }
    public decimal AvailableBalance { get; init; }
    public decimal MaxWithdrawAmount { get; init; }
    public IReadOnlyList<FuturesAccountAsset> Assets { get; init; } = [];
    public IReadOnlyList<FuturesAccountPosition> Positions { get; init; } = [];
}

public sealed class FuturesAccountAsset
{
    public string Asset { get; init; } = "";
    public decimal WalletBalance { get; init; }
    public decimal UnrealizedProfit { get; init; }
    public decimal MarginBalance { get; init; }
    public decimal MaintMargin { get; init; }
    public decimal InitialMargin { get; init; }
    public decimal PositionInitialMargin { get; init; }
    public decimal OpenOrderInitialMargin { get; init; }
    public decimal CrossWalletBalance { get; init; }
    public decimal CrossUnPnl { get; init; }
    public decimal AvailableBalance { get; init; }
    public decimal MaxWithdrawAmount { get; init; }
    public bool MarginAvailable { get; init; }
    public long UpdateTime { get; init; }
}

/// <summary>A position line of the account (every symbol is listed, mostly with a zero amount).</summary>
public sealed class FuturesAccountPosition
{
    public string Symbol { get; init; } = "";
    public decimal InitialMargin { get; init; }
    public decimal MaintMargin { get; init; }
    public decimal UnrealizedProfit { get; init; }
    public decimal PositionInitialMargin { get; init; }
    public decimal OpenOrderInitialMargin { get; init; }
    public int Leverage { get; init; }
    public bool Isolated { get; init; }
    public decimal EntryPrice { get; init; }
    public decimal MaxNotional { get; init; }
    public PositionSide PositionSide { get; init; }
    /// <summary>Signed: negative for a short in one-way mode.</summary>
    public decimal PositionAmt { get; init; }
    public decimal? Notional { get; init; }
    public decimal? IsolatedWallet { get; init; }
    public long UpdateTime { get; init; }
}

/// <summary>GET /fapi/v2|v3/positionRisk.</summary>
public sealed class PositionRisk
{
    public string Symbol { get; init; } = "";
    public PositionSide PositionSide { get; init; }
    public decimal PositionAmt { get; init; }
    public decimal EntryPrice { get; init; }
    public decimal MarkPrice { get; init; }
    public decimal UnRealizedProfit { get; init; }
    public decimal LiquidationPrice { get; init; }
    public int Leverage { get; init; }
    public decimal MaxNotionalValue { get; init; }
    public MarginType MarginType { get; init; }
    public decimal IsolatedMargin { get; init; }
    public bool IsAutoAddMargin { get; init; }
    public decimal? Notional { get; init; }
    public decimal? IsolatedWallet { get; init; }
    public long UpdateTime { get; init; }
}
