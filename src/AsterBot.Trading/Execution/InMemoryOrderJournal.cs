using AsterBot.Storage.Model;

namespace AsterBot.Trading.Execution;

/// <summary>
/// The journal of backtests and tests: same rules as the stored one, kept in memory (thread-safe).
/// <paramref name="forgetSettled"/> drops entries once final: for backtests, where every decision key is a new
/// candle and nothing is ever replayed, so a year of trades does not keep every id in memory.
/// </summary>
public sealed class InMemoryOrderJournal(bool forgetSettled = false) : IOrderJournal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JournalEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public ValueTask<bool> TryRecordAsync(JournalEntry entry, CancellationToken ct)
    {
        lock (_gate)
        {
            var intended = entry.State == OrderIntentState.Intended ? entry : entry with { State = OrderIntentState.Intended };
            if (!_entries.TryAdd(entry.ClientOrderId, intended)) return new(false);
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
            if (forgetSettled && OrderIntentStates.IsFinal(to))
            {
                _entries.Remove(clientOrderId);
                _order.Remove(clientOrderId);
                return new(true);
            }
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
