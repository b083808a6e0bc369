using AsterBot.Aster.Models;

namespace AsterBot.Storage.Model;

/// <summary>One execution of an order; (slot, market, symbol, trade id) identifies it, so replays are ignored.</summary>
public sealed record Fill(long SlotId, string ClientOrderId, Market Market, string Symbol, long TradeId, decimal Price,
    decimal Quantity, decimal Fee, string FeeAsset, long FilledAtMs);

/// <summary>A position as read from the exchange at one moment (signed quantity: negative is short).</summary>
public sealed record PositionSnapshot(long SlotId, Market Market, string Symbol, decimal Quantity, decimal EntryPrice, long TakenAtMs);

/// <summary>An incoming trading signal; its <see cref="SignalId"/> is unique per owner so a redelivery is dropped.</summary>
public sealed record Signal(string SignalId, string Source, string Payload, long ReceivedAtMs);

public sealed record Notification(long Id, string Channel, string Text, long CreatedAtMs, long? DeliveredAtMs);

public sealed record AuditEntry(long Id, string Actor, string Action, string Detail, long AtMs);
