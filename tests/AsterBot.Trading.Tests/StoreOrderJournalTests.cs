using AsterBot.Aster.Models;
using AsterBot.Storage;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Tests;

/// <summary>The stored journal on a real SQLite file: a restarted pair (new process, same file) does not re-place.</summary>
public sealed class StoreOrderJournalTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "asterbot-journal-" + Guid.NewGuid().ToString("N"));
    private readonly TradingFixture _f = new();
    private AsterStore _store = null!;
    private OwnerId _owner;
    private long _slotId;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = await Open();
        var user = await _store.Users.CreateAsync("trader", null);
        _owner = user.Id;
        _slotId = (await _store.Slots.AddAsync(_owner, new ApiSlotFields("main", "hmac", "key", new SecretText("secret")))).Id;
    }

    private Task<AsterStore> Open() => AsterStore.OpenSqliteAsync(Path.Combine(_folder, "asterbot.db"),
        new StoreOptions(new SecretKeySource(Path.Combine(_folder, "asterbot.key"), _ => null), _f.Clock));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _f.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Orders_are_journaled_in_the_store_and_a_restart_on_the_same_file_does_not_replace_them()
    {
        var journal = new StoreOrderJournal(_store.OrderIntents, _owner, _slotId, Market.Futures);
        var trader = await _f.StartedTrader(journal: journal);
        await _f.Signal(trader, "a1", SignalAction.Long);
        Assert.Equal(OrderIntentState.Filled, (await _store.OrderIntents.GetAsync(_owner, _slotId, "p1-sa1-o"))!.State);

        // Flat again (closed by hand), so only the journal can tell that signal a1 was already executed.
        await _f.Exchange.PlaceOrderAsync(new Trading.Exchanges.OrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Market, 0.02m, "by-hand") { ReduceOnly = true });
        await _store.DisposeAsync();
        _store = await Open();
        var reopened = new StoreOrderJournal(_store.OrderIntents, _owner, _slotId, Market.Futures);
        var restarted = await _f.StartedTrader(journal: reopened);
        await _f.Signal(restarted, "a1", SignalAction.Long);
        Assert.Equal(["p1-sa1-o", "by-hand"], _f.AllOrders().Select(o => o.ClientOrderId));
        Assert.Equal(0m, _f.Position());
        Assert.Empty(await reopened.ListOpenAsync(default));
    }
}
