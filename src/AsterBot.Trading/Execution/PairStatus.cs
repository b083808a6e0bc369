using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Execution;

/// <summary>A pair at a glance, for terminal views and dashboards (quote-asset amounts; times in Unix ms).</summary>
public sealed record PairStatus(
    string Label, PositionSnapshot Position, IReadOnlyList<OrderState> OpenOrders, decimal RealizedPnl, decimal Fees,
    decimal LastPrice, long LastCandleTime, bool Started);
