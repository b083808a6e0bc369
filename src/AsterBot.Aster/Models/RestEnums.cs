namespace AsterBot.Aster.Models;

// Enums seen only in REST responses and requests. Wire names are UPPER_SNAKE_CASE of the member names, as in Enums.cs.

public enum SymbolStatus { PendingTrading, Trading, PreSettle, Settling, Close, Break }

public enum ContractType { Perpetual }

public enum FilterType
{
    PriceFilter, LotSize, MarketLotSize, MaxNumOrders, MaxNumAlgoOrders, MinNotional, Notional, MaxNotional,
    PercentPrice, PercentPriceBySide,
}

public enum RateLimitType { RequestWeight, Orders, RawRequests }

public enum RateLimitInterval { Second, Minute, Hour, Day }

public enum IncomeType
{
    Transfer, WelcomeBonus, RealizedPnl, FundingFee, Commission, InsuranceClear, MarketMerchantReturnReward,
    ReferralKickback, CommissionRebate, ApiRebate, ContestReward, CrossCollateralTransfer, OptionsPremiumFee,
    OptionsSettleProfit, InternalTransfer, AutoExchange, DeliveredSettelment, CoinSwapDeposit, CoinSwapWithdraw,
    PositionLimitIncreaseFee,
}

public enum SpotTransactionType
{
    TradeTarget, TradeSource, TransferSpotToFuture, TransferFutureToSpot, TransferSpotToSpot, Airdrop, Dividend,
    TransferRefund, InternalTransfer, Transfer, Swap, CommissionRebate, CashBack, StakingWithdraw, StakingClaim,
    StakingDelegate,
}

/// <summary>Position margin change direction; sent and returned as the numbers 1 and 2.</summary>
public enum PositionMarginChange { Add = 1, Reduce = 2 }

/// <summary>Which orders a forced close targets.</summary>
public enum AutoCloseType { Liquidation, Adl }
