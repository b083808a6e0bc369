using AsterBot.Aster.Models;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// Something the exchange did to one of our orders, in the exchange's order: a status change, and for a trade the
/// fill itself (<see cref="Fill"/> not null). Liquidations and orders we did not place arrive too (their client ids
/// are not ours): the engine notices externally changed positions that way.
/// </summary>
public sealed record ExchangeUpdate(OrderState Order, Fill? Fill);

/// <summary>
/// One execution: <see cref="Fee"/> in <see cref="FeeAsset"/> (futures: USDT; spot: the received asset), and the
/// realized PnL it booked (futures; 0 on spot). Times in Unix ms.
/// </summary>
public sealed record Fill(
    long Time, string Symbol, string ClientOrderId, OrderSide Side, decimal Price, decimal Quantity,
    decimal Fee, string FeeAsset, decimal RealizedPnl, bool IsMaker);
