using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Views;

public readonly record struct SpotOrderView(
    string Symbol, long OrderId, string ClientOrderId, OrderSide Side, OrderType Type, OrderType OrigType,
    TimeInForce TimeInForce, OrderStatus Status, decimal Price, decimal AvgPrice, decimal OrigQty,
    decimal ExecutedQty, decimal CumQuote, decimal StopPrice, decimal? QuoteOrderQty, long Time, long UpdateTime) : IOrderView;

public sealed record SpotBalanceView(string Asset, decimal Free, decimal Locked);

public sealed record SpotAccountView(
    long AccountId, decimal MakerCommissionRate, decimal TakerCommissionRate, IReadOnlyList<SpotBalanceView> Balances,
    long UpdateTime);

public readonly record struct SpotTradeView(
    long Id, long OrderId, string Symbol, OrderSide Side, decimal Price, decimal Qty, decimal QuoteQty,
    decimal Commission, string CommissionAsset, long Time, bool Maker, bool Buyer, long CounterpartyAccountId);

/// <summary>A spot ledger row (transactionHistory): type TRADE_SOURCE, TRADE_TARGET, COMMISSION, TRANSFER_*.</summary>
public readonly record struct SpotTransactionView(
    long TranId, long? TradeId, string Asset, string Symbol, decimal BalanceDelta, string Type, long Time);
