using AsterBot.Storage.Model;

namespace AsterBot.Trading.Execution;

/// <summary>The journal of backtests and tests: same rules as the stored one, kept in memory (thread-safe).</summary>
public sealed class InMemoryOrderJournal : IOrderJournal
{
    private readonly object _gate = new();
    private readonly Dictionary<string, JournalEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public ValueTask<bool> TryRecordAsync(JournalEntry entry, CancellationToken ct)
    {
        lock (_gate)
        {
            if (!_entries.TryAdd(entry.ClientOrderId, entry with { State = OrderIntentState.Intended })) return new(false);
            _order.Add(entry.ClientOrderId);
            return new(true);
        }
    }

    public ValueTask<JournalEntry?> FindAsync(string clientOrderId, CancellationToken ct)
    {
        lock (_gate) return new(_entries.GetValueOrDefault(clientOrderId));
    }

    public ValueTask<bool> MoveAsync(string clientOrderId, OrderIntentState from, OrderIntentState to, long? exchangeOrderId, string? reason, CancellationToken ct)
    {
        if (!OrderIntentStates.CanMove(from, to))
            throw new InvalidOperationException($"An order intent cannot go from {from} to {to}.");
        lock (_gate)
        {
            if (!_entries.TryGetValue(clientOrderId, out var entry) || entry.State != from) return new(false);
            _entries[clientOrderId] = entry with
            {
                State = to, ExchangeOrderId = exchangeOrderId ?? entry.ExchangeOrderId, Reason = reason ?? entry.Reason,
            };
            return new(true);
        }
    }

    public ValueTask<IReadOnlyList<JournalEntry>> ListOpenAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            var open = new List<JournalEntry>();
            foreach (var id in _order)
                if (!OrderIntentStates.IsFinal(_entries[id].State)) open.Add(_entries[id]);
            return new(open);
        }
    }
}
