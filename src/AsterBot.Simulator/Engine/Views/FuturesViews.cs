using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Views;

/// <summary>
/// A futures order as Aster reports it (order/cancel/query/openOrders responses). A struct: the order hot path
/// returns it without allocating. Times are Unix milliseconds.
/// </summary>
public readonly record struct FuturesOrderView(
    string Symbol, long OrderId, string ClientOrderId, OrderSide Side, PositionSide PositionSide,
    OrderType Type, OrderType OrigType, TimeInForce TimeInForce, OrderStatus Status,
    decimal OrigQty, decimal ExecutedQty, decimal CumQuote, decimal Price, decimal AvgPrice, decimal StopPrice,
    decimal? ActivationPrice, decimal? CallbackRate, bool ReduceOnly, bool ClosePosition,
    WorkingType WorkingType, bool PriceProtect, long Time, long UpdateTime) : IOrderView;

public sealed record FuturesPositionView(
    string Symbol, PositionSide PositionSide, decimal PositionAmt, decimal EntryPrice, decimal MarkPrice,
    decimal UnrealizedProfit, int Leverage, MarginType MarginType, decimal IsolatedWallet, decimal IsolatedMargin,
    decimal Notional, decimal InitialMargin, decimal MaintMargin, decimal OpenOrderInitialMargin,
    decimal LiquidationPrice, decimal MaxNotional, long UpdateTime);

public sealed record FuturesAssetView(
    string Asset, decimal WalletBalance, decimal UnrealizedProfit, decimal MarginBalance, decimal MaintMargin,
    decimal InitialMargin, decimal PositionInitialMargin, decimal OpenOrderInitialMargin, decimal CrossWalletBalance,
    decimal CrossUnPnl, decimal AvailableBalance, decimal MaxWithdrawAmount, bool MarginAvailable, long UpdateTime);

/// <summary>
/// A futures account's totals and open positions without the asset rows, margins and liquidation prices of
/// <see cref="FuturesAccountView"/>: what a trading core reads to size its orders, cheap enough for every trade.
/// </summary>
public sealed record FuturesAccountSummary(
    decimal TotalWalletBalance, decimal TotalMarginBalance, decimal AvailableBalance, IReadOnlyList<FuturesPositionSummary> Positions);

/// <summary>One open position (amount ≠ 0) of a <see cref="FuturesAccountSummary"/>.</summary>
public readonly record struct FuturesPositionSummary(
    string Symbol, PositionSide PositionSide, decimal PositionAmt, decimal EntryPrice, decimal UnrealizedProfit, int Leverage);

/// <summary>The futures account (GET /fapi/v4/account): totals are in USDT, the only margin asset simulated.</summary>
public sealed record FuturesAccountView(
    long AccountId, bool HedgeMode, decimal MakerCommissionRate, decimal TakerCommissionRate,
    decimal TotalInitialMargin, decimal TotalMaintMargin, decimal TotalWalletBalance, decimal TotalUnrealizedProfit,
    decimal TotalMarginBalance, decimal TotalPositionInitialMargin, decimal TotalOpenOrderInitialMargin,
    decimal TotalCrossWalletBalance, decimal TotalCrossUnPnl, decimal AvailableBalance, decimal MaxWithdrawAmount,
    IReadOnlyList<FuturesAssetView> Assets, IReadOnlyList<FuturesPositionView> Positions, long UpdateTime);

public readonly record struct FuturesTradeView(
    long Id, long OrderId, string Symbol, OrderSide Side, PositionSide PositionSide, decimal Price, decimal Qty,
    decimal QuoteQty, decimal RealizedPnl, decimal Commission, string CommissionAsset, bool Maker, bool Buyer,
    long Time, long CounterpartyAccountId);

/// <summary>One isolated-margin change: <see cref="Type"/> 1 = added, 2 = removed.</summary>
public sealed record PositionMarginChangeView(string Symbol, decimal Amount, string Asset, long Time, int Type, PositionSide PositionSide);

/// <summary>incomeType: TRANSFER, REALIZED_PNL, FUNDING_FEE, COMMISSION, INSURANCE_CLEAR.</summary>

public readonly record struct IncomeView(
    string Symbol, string IncomeType, decimal Income, string Asset, string Info, long Time, long TranId, long? TradeId);

public sealed record LeverageView(string Symbol, int Leverage, decimal MaxNotionalValue);

public sealed record TransferView(long TranId, string Status);

public sealed record LeverageBracketView(string Symbol, IReadOnlyList<Symbols.LeverageBracket> Brackets);
