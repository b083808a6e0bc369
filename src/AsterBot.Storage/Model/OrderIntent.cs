using AsterBot.Aster.Models;

namespace AsterBot.Storage.Model;

/// <summary>
/// An order the engine decided to place, written BEFORE it is sent so a crash between "send" and "record" cannot
/// lose it: on restart, Sent/Unknown intents are reconciled with the exchange by their client order id.
/// </summary>
public sealed record OrderIntent(long Id, OwnerId Owner, long SlotId, string ClientOrderId, Market Market, string Symbol,
    OrderSide Side, OrderType Type, decimal Quantity, decimal? Price, OrderIntentState State, long? ExchangeOrderId,
    string? Reason, long CreatedAtMs, long UpdatedAtMs);

public sealed record NewOrderIntent(long SlotId, string ClientOrderId, Market Market, string Symbol, OrderSide Side, OrderType Type,
    decimal Quantity, decimal? Price);
