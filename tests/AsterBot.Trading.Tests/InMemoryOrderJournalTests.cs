using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Tests;

public sealed class InMemoryOrderJournalTests
{
    private static JournalEntry Entry(string id) => new(id, "BTCUSDT", OrderSide.Buy, OrderType.Market, 0.01m, null, OrderIntentState.Intended);

    [Fact]
    public async Task Moves_follow_the_intent_state_machine_and_a_used_id_cannot_be_recorded_twice()
    {
        var journal = new InMemoryOrderJournal();
        Assert.True(await journal.TryRecordAsync(Entry("p1-a-o"), default));
        Assert.False(await journal.TryRecordAsync(Entry("p1-a-o"), default));
        Assert.False(await journal.MoveAsync("p1-a-o", OrderIntentState.Sent, OrderIntentState.Acknowledged, null, null, default));
        Assert.True(await journal.MoveAsync("p1-a-o", OrderIntentState.Intended, OrderIntentState.Sent, null, null, default));
        Assert.Throws<InvalidOperationException>(() => journal.MoveAsync("p1-a-o", OrderIntentState.Sent, OrderIntentState.Filled, null, null, default));
        Assert.True(await journal.MoveAsync("p1-a-o", OrderIntentState.Sent, OrderIntentState.Acknowledged, 42, null, default));
        Assert.Equal(42, Assert.Single(await journal.ListOpenAsync(default)).ExchangeOrderId);
        Assert.True(await journal.MoveAsync("p1-a-o", OrderIntentState.Acknowledged, OrderIntentState.Filled, null, null, default));
        Assert.Empty(await journal.ListOpenAsync(default));
        Assert.Equal(OrderIntentState.Filled, (await journal.FindAsync("p1-a-o", default))!.State);
    }

    [Fact]
    public async Task A_backtest_journal_forgets_settled_entries()
    {
        var journal = new InMemoryOrderJournal(forgetSettled: true);
        await journal.TryRecordAsync(Entry("p1-a-o"), default);
        await journal.MoveAsync("p1-a-o", OrderIntentState.Intended, OrderIntentState.Canceled, null, "never sent", default);
        Assert.Null(await journal.FindAsync("p1-a-o", default));
        Assert.Empty(await journal.ListOpenAsync(default));
    }
}
