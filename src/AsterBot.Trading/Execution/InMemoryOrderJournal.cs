using System.Runtime.InteropServices;
using AsterBot.Storage.Model;

namespace AsterBot.Trading.Execution;

/// <summary>
/// The journal of backtests and tests: same rules as the stored one, kept in memory (thread-safe).
/// <paramref name="forgetSettled"/> drops entries once final: for backtests, where every decision key is a new
/// candle and nothing is ever replayed, so a year of trades does not keep every id in memory.
/// An entry's moves update it in place; <see cref="JournalEntry"/> records are built only when read, so the several
/// moves of every order in a backtest allocate nothing.
/// </summary>
public sealed class InMemoryOrderJournal(bool forgetSettled = false) : IOrderJournal
{
    private struct Slot
    {
        public JournalEntry Recorded;
        public OrderIntentState State;
        public long? ExchangeOrderId;
        public string? Reason;

        public readonly JournalEntry Read() => Recorded.State == State && Recorded.ExchangeOrderId == ExchangeOrderId && Recorded.Reason == Reason
            ? Recorded
            : Recorded with { State = State, ExchangeOrderId = ExchangeOrderId, Reason = Reason };
    }

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Slot> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public ValueTask<bool> TryRecordAsync(JournalEntry entry, CancellationToken ct)
    {
        lock (_gate)
        {
            var slot = new Slot { Recorded = entry, State = OrderIntentState.Intended, ExchangeOrderId = entry.ExchangeOrderId, Reason = entry.Reason };
            if (!_entries.TryAdd(entry.ClientOrderId, slot)) return new(false);
            _order.Add(entry.ClientOrderId);
            return new(true);
        }
    }

    public ValueTask<JournalEntry?> FindAsync(string clientOrderId, CancellationToken ct)
    {
        lock (_gate) return new(_entries.TryGetValue(clientOrderId, out var slot) ? slot.Read() : null);
    }

    public ValueTask<bool> MoveAsync(string clientOrderId, OrderIntentState from, OrderIntentState to, long? exchangeOrderId, string? reason, CancellationToken ct)
    {
        if (!OrderIntentStates.CanMove(from, to))
            throw new InvalidOperationException($"An order intent cannot go from {from} to {to}.");
        lock (_gate)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, clientOrderId);
            if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref slot) || slot.State != from) return new(false);
            if (forgetSettled && OrderIntentStates.IsFinal(to))
            {
                _entries.Remove(clientOrderId);
                _order.Remove(clientOrderId);
                return new(true);
            }
            slot.State = to;
            slot.ExchangeOrderId = exchangeOrderId ?? slot.ExchangeOrderId;
            slot.Reason = reason ?? slot.Reason;
            return new(true);
        }
    }

    public ValueTask<IReadOnlyList<JournalEntry>> ListOpenAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            var open = new List<JournalEntry>();
            foreach (var id in _order)
            {
                var slot = _entries[id];
                if (!OrderIntentStates.IsFinal(slot.State)) open.Add(slot.Read());
            }
            return new(open);
        }
    }
}
