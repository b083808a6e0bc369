using AsterBot.Trading.Domain;

namespace AsterBot.Trading.Runtime;

/// <summary>Work handed to a slot's loop from outside it, so a pair is only ever touched by that loop.</summary>
internal abstract record SlotRequest;

/// <summary>An external signal for one pair; <see cref="Done"/> gets what happened.</summary>
internal sealed record SignalRequest(RuntimePair Pair, TradeSignal Signal, TaskCompletionSource<SignalReceipt> Done) : SlotRequest;

/// <summary>The exchange may have lost updates (stream reconnected): compare every pair with the exchange.</summary>
internal sealed record ReconcileRequest(string Reason) : SlotRequest;

/// <summary>What became of a signal: taken by the pair (its orders follow, or their refusal shows as events) or refused and why.</summary>
public sealed record SignalReceipt(bool Accepted, string Message);
