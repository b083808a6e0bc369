using AsterBot.Aster.Models;
using AsterBot.Storage;
using AsterBot.Storage.Model;
using AsterBot.Storage.Repositories;

namespace AsterBot.Trading.Execution;

/// <summary>The journal of paper and live trading: order intents of one owner's API slot in the store (survives restarts).</summary>
public sealed class StoreOrderJournal(OrderIntentRepository intents, OwnerId owner, long slotId, Market market) : IOrderJournal
{
    public async ValueTask<bool> TryRecordAsync(JournalEntry entry, CancellationToken ct) =>
        await intents.TryRecordAsync(owner, new NewOrderIntent(slotId, entry.ClientOrderId, market, entry.Symbol, entry.Side,
            entry.Type, entry.Quantity, entry.Price), ct) is not null;

    public async ValueTask<JournalEntry?> FindAsync(string clientOrderId, CancellationToken ct) =>
        await intents.GetAsync(owner, slotId, clientOrderId, ct) is { } intent ? Entry(intent) : null;

    public async ValueTask<bool> MoveAsync(string clientOrderId, OrderIntentState from, OrderIntentState to, long? exchangeOrderId, string? reason, CancellationToken ct) =>
        await intents.MoveAsync(owner, slotId, clientOrderId, from, to, exchangeOrderId, reason, ct);

    public async ValueTask<IReadOnlyList<JournalEntry>> ListOpenAsync(CancellationToken ct)
    {
        var open = await intents.ListOpenAsync(owner, slotId, ct);
        // A slot has one futures and one spot side; each journal sees only its own market's intents.
        return open.Where(i => i.Market == market).Select(Entry).ToList();
    }

    private static JournalEntry Entry(OrderIntent i) =>
        new(i.ClientOrderId, i.Symbol, i.Side, i.Type, i.Quantity, i.Price, i.State) { ExchangeOrderId = i.ExchangeOrderId, Reason = i.Reason };
}
