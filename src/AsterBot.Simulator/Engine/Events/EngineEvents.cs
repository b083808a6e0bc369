using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Events;

/// <summary>Something the engine did; <see cref="EventTime"/> is Unix ms of the engine clock.</summary>
public abstract record EngineEvent(long EventTime);

/// <summary>ORDER_TRADE_UPDATE. Last fill fields are zero unless ExecutionType is TRADE (or CALCULATED for liquidation).</summary>
public sealed record FuturesOrderUpdate(
    long EventTime, long AccountId, FuturesOrderView Order, ExecutionType ExecutionType,
    decimal LastFilledQuantity, decimal LastFilledPrice, decimal Commission, string? CommissionAsset,
    decimal RealizedProfit, long TradeId, bool IsMaker) : EngineEvent(EventTime);

/// <summary>ACCOUNT_UPDATE: reason (m) ORDER, FUNDING_FEE, DEPOSIT, ADMIN_DEPOSIT, ASSET_TRANSFER, MARGIN_TRANSFER, INSURANCE_CLEAR.</summary>
public sealed record FuturesAccountUpdate(
    long EventTime, long AccountId, string Reason, IReadOnlyList<FuturesBalanceChange> Balances,
    IReadOnlyList<FuturesPositionView> Positions) : EngineEvent(EventTime);

/// <summary>B entry of ACCOUNT_UPDATE: wallet (wb), cross wallet (cw), change other than PnL and commission (bc).</summary>
public sealed record FuturesBalanceChange(string Asset, decimal WalletBalance, decimal CrossWalletBalance, decimal BalanceChange);

/// <summary>ACCOUNT_CONFIG_UPDATE: a symbol's leverage, or the position mode.</summary>
public sealed record FuturesConfigUpdate(long EventTime, long AccountId, string? Symbol, int? Leverage, bool? HedgeMode)
    : EngineEvent(EventTime);

/// <summary>MARGIN_CALL: the account's margin ratio passed the warning level.</summary>
public sealed record MarginCallEvent(long EventTime, long AccountId, decimal CrossWalletBalance, IReadOnlyList<FuturesPositionView> Positions)
    : EngineEvent(EventTime);

/// <summary>executionReport (spot order update).</summary>
public sealed record SpotOrderUpdate(
    long EventTime, long AccountId, SpotOrderView Order, ExecutionType ExecutionType, decimal LastFilledQuantity,
    decimal LastFilledPrice, decimal Commission, string? CommissionAsset, long TradeId, bool IsMaker) : EngineEvent(EventTime);

/// <summary>outboundAccountPosition: the changed spot balances.</summary>
public sealed record SpotAccountUpdate(long EventTime, long AccountId, string Reason, IReadOnlyList<SpotBalanceView> Balances)
    : EngineEvent(EventTime);

/// <summary>A public trade (trade / aggTrade streams). Taker side = !BuyerIsMaker ? BUY : SELL.</summary>
public sealed record TradeEvent(
    long EventTime, Market Market, string Symbol, long TradeId, decimal Price, decimal Quantity, bool BuyerIsMaker)
    : EngineEvent(EventTime);

/// <summary>depthUpdate diff: absolute quantities, 0 = level removed; U/u/pu sequence per symbol.</summary>
public sealed record DepthUpdate(
    long EventTime, Market Market, string Symbol, long FirstUpdateId, long FinalUpdateId, long PreviousFinalUpdateId,
    IReadOnlyList<PriceQuantity> Bids, IReadOnlyList<PriceQuantity> Asks) : EngineEvent(EventTime);

public sealed record MarkPriceUpdate(
    long EventTime, string Symbol, decimal MarkPrice, decimal IndexPrice, decimal EstimatedSettlePrice,
    decimal FundingRate, long NextFundingTime) : EngineEvent(EventTime);

/// <summary>The current 1m candle of a symbol after a change (the server aggregates longer intervals).</summary>
public sealed record KlineUpdate(long EventTime, Market Market, string Symbol, KlineView Kline, bool IsClosed)
    : EngineEvent(EventTime);

/// <summary>forceOrder: a liquidation order that closed a position.</summary>
public sealed record LiquidationEvent(
    long EventTime, string Symbol, OrderSide Side, decimal Price, decimal AveragePrice, decimal Quantity, long AccountId)
    : EngineEvent(EventTime);
