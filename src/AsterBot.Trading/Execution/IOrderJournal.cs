using AsterBot.Aster.Models;
using AsterBot.Storage.Model;

namespace AsterBot.Trading.Execution;

/// <summary>An order as the journal remembers it: recorded before sending, moved through <see cref="OrderIntentState"/>.</summary>
public sealed record JournalEntry(
    string ClientOrderId, string Symbol, OrderSide Side, OrderType Type, decimal Quantity, decimal? Price, OrderIntentState State)
{
    public long? ExchangeOrderId { get; init; }
    public string? Reason { get; init; }
}

/// <summary>
/// Where a pair records each order BEFORE sending it, so that after a crash or a lost answer it looks the order up
/// instead of placing it twice. State moves follow <see cref="OrderIntentStates.CanMove"/>. One journal may serve
/// the pairs of one account (client ids carry the pair key).
/// </summary>
public interface IOrderJournal
{
    /// <summary>Records a new entry in state Intended; false when this client id is already recorded.</summary>
    ValueTask<bool> TryRecordAsync(JournalEntry entry, CancellationToken ct);

    ValueTask<JournalEntry?> FindAsync(string clientOrderId, CancellationToken ct);

    /// <summary>Moves an entry from <paramref name="from"/> to <paramref name="to"/>; false when it was no longer in <paramref name="from"/>.</summary>
    ValueTask<bool> MoveAsync(string clientOrderId, OrderIntentState from, OrderIntentState to, long? exchangeOrderId, string? reason, CancellationToken ct);

    /// <summary>Entries not yet final (Intended, Sent, Acknowledged, Unknown), oldest first.</summary>
    ValueTask<IReadOnlyList<JournalEntry>> ListOpenAsync(CancellationToken ct);
}
