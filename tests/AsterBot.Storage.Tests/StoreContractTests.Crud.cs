using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Users_are_created_and_found_by_id_and_telegram_id()
    {
        Time.Advance(TimeSpan.FromSeconds(5));
        var alice = await Store.Users.CreateAsync("alice", telegramUserId: 4242);
        var owner = await Store.Users.CreateAsync("owner", telegramUserId: null);

        Assert.NotEqual(alice.Id, owner.Id);
        Assert.Equal(alice, await Store.Users.GetAsync(alice.Id));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), alice.CreatedAtMs);
        Assert.Equal(alice, await Store.Users.FindByTelegramIdAsync(4242));
        Assert.Null(await Store.Users.FindByTelegramIdAsync(1));
        Assert.Null((await Store.Users.GetAsync(owner.Id))!.TelegramUserId);
    }

    [Fact]
    public async Task Slots_are_added_listed_read_updated_and_deleted()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        Assert.Equal(("alice-main", "hmac", "alice-api-key"), (slot.Name, slot.Kind, slot.PublicKey));
        Assert.Equal(SecretValue, (await Store.Slots.ReadSecretAsync(owner, slot.Id))!.Reveal());
        Assert.Equal(slot, await Store.Slots.FindByNameAsync(owner, "alice-main"));
        Assert.Null(await Store.Slots.FindByNameAsync(owner, "other"));

        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Store.Slots.UpdateAsync(owner, slot.Id, new ApiSlotFields("renamed", "v3", "0xSigner", new SecretText("new-secret"))));
        var updated = (await Store.Slots.GetAsync(owner, slot.Id))!;
        Assert.Equal(("renamed", "v3", "0xSigner"), (updated.Name, updated.Kind, updated.PublicKey));
        Assert.Equal(slot.CreatedAtMs + 60_000, updated.UpdatedAtMs);
        Assert.Equal("new-secret", (await Store.Slots.ReadSecretAsync(owner, slot.Id))!.Reveal());
        Assert.Equal([updated], await Store.Slots.ListAsync(owner));
        Assert.Equal(["slot.updated", "slot.added"], (await Store.Audit.ListRecentAsync(owner, 10)).Select(a => a.Action));
        Assert.Equal(new ApiSlotSettings(), updated.Settings);

        Assert.True(await Store.Slots.DeleteAsync(owner, slot.Id));
        Assert.Null(await Store.Slots.GetAsync(owner, slot.Id));
        Assert.Empty(await Store.Slots.ListAsync(owner));
    }

    [Fact]
    public async Task Slot_settings_are_stored_in_their_columns_exactly()
    {
        var owner = (await Store.Users.CreateAsync("alice", null)).Id;
        var settings = new ApiSlotSettings
        {
            Exchange = "Aster", Network = "https://proxy.example:8443/", MakerFee = 0.000200m, TakerFee = null,
            ProcessingDelaySeconds = 1.125m, RateLimitMs = 250, Archived = true, AllowWithdrawals = true,
        };
        var slot = await Store.Slots.AddAsync(owner, new ApiSlotFields("spot", "v1", "key", new SecretText("s")) { Settings = settings });

        Assert.Equal(settings, slot.Settings);
        Assert.Equal(settings, (await Store.Slots.GetAsync(owner, slot.Id))!.Settings);
        Assert.Equal("0.000200", (await Store.Slots.GetAsync(owner, slot.Id))!.Settings.MakerFee!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, await Target.CountAsync("SELECT COUNT(*) FROM api_slots WHERE exchange = 'Aster' AND rate_limit_ms = 250 AND archived = 1 AND taker_fee IS NULL"));
    }

    [Fact]
    public async Task A_duplicate_slot_name_is_a_clear_error()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        var error = await Assert.ThrowsAsync<StorageException>(() =>
            Store.Slots.AddAsync(owner, new ApiSlotFields(slot.Name, "hmac", "k", new SecretText("x"))));
        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public async Task A_slot_with_orders_cannot_be_deleted()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        await Store.OrderIntents.TryRecordAsync(owner, Intent(slot.Id, "c1"));
        var error = await Assert.ThrowsAsync<StorageException>(() => Store.Slots.DeleteAsync(owner, slot.Id));
        Assert.Contains("order history", error.Message);
        Assert.NotNull(await Store.Slots.GetAsync(owner, slot.Id));
    }

    [Fact]
    public async Task Pairs_are_added_updated_listed_and_deleted()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        var pair = await Store.Pairs.AddAsync(owner, new NewPair(slot.Id, Market.Futures, "BTCUSDT", "grid", """{"levels":10}""", true));
        Assert.Equal((Market.Futures, "BTCUSDT", "grid", true), (pair.Market, pair.Symbol, pair.Strategy, pair.Enabled));

        Assert.True(await Store.Pairs.UpdateStrategyAsync(owner, pair.Id, "dca", """{"step":"0.5"}""", enabled: false));
        var updated = (await Store.Pairs.GetAsync(owner, pair.Id))!;
        Assert.Equal(("dca", """{"step":"0.5"}""", false), (updated.Strategy, updated.ConfigJson, updated.Enabled));
        Assert.Equal([updated], await Store.Pairs.ListAsync(owner));

        var duplicate = await Assert.ThrowsAsync<StorageException>(() =>
            Store.Pairs.AddAsync(owner, new NewPair(slot.Id, Market.Futures, "BTCUSDT", "grid", "{}", true)));
        Assert.Contains("already a pair", duplicate.Message);

        Assert.True(await Store.Pairs.DeleteAsync(owner, pair.Id));
        Assert.Empty(await Store.Pairs.ListAsync(owner));
    }

    [Fact]
    public async Task Order_intents_follow_the_state_machine_with_compare_and_set()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        var intent = (await Store.OrderIntents.TryRecordAsync(owner, Intent(slot.Id, "ab-1", price: 61234.5m)))!;
        Assert.Equal(OrderIntentState.Intended, intent.State);
        Assert.Null(await Store.OrderIntents.TryRecordAsync(owner, Intent(slot.Id, "ab-1")));

        Assert.True(await Store.OrderIntents.MoveAsync(owner, slot.Id, "ab-1", OrderIntentState.Intended, OrderIntentState.Sent));
        // A second worker that still believes the intent is Intended loses the race instead of sending again.
        Assert.False(await Store.OrderIntents.MoveAsync(owner, slot.Id, "ab-1", OrderIntentState.Intended, OrderIntentState.Sent));
        Assert.True(await Store.OrderIntents.MoveAsync(owner, slot.Id, "ab-1", OrderIntentState.Sent, OrderIntentState.Unknown));
        Assert.True(await Store.OrderIntents.MoveAsync(owner, slot.Id, "ab-1", OrderIntentState.Unknown, OrderIntentState.Acknowledged,
            exchangeOrderId: 987654321));
        Assert.Equal(["ab-1"], (await Store.OrderIntents.ListOpenAsync(owner, slot.Id)).Select(i => i.ClientOrderId));
        Assert.True(await Store.OrderIntents.MoveAsync(owner, slot.Id, "ab-1", OrderIntentState.Acknowledged, OrderIntentState.Filled));

        var filled = (await Store.OrderIntents.GetAsync(owner, slot.Id, "ab-1"))!;
        Assert.Equal((OrderIntentState.Filled, 987654321L, 61234.5m), (filled.State, filled.ExchangeOrderId, filled.Price));
        Assert.Empty(await Store.OrderIntents.ListOpenAsync(owner, slot.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Store.OrderIntents.MoveAsync(owner, slot.Id, "ab-1", OrderIntentState.Filled, OrderIntentState.Canceled));
    }

    [Fact]
    public async Task Rejection_reason_is_kept()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        await Store.OrderIntents.TryRecordAsync(owner, Intent(slot.Id, "r-1", price: null));
        await Store.OrderIntents.MoveAsync(owner, slot.Id, "r-1", OrderIntentState.Intended, OrderIntentState.Sent);
        await Store.OrderIntents.MoveAsync(owner, slot.Id, "r-1", OrderIntentState.Sent, OrderIntentState.Rejected, reason: "-2019 margin is insufficient");
        var rejected = (await Store.OrderIntents.GetAsync(owner, slot.Id, "r-1"))!;
        Assert.Equal((OrderIntentState.Rejected, "-2019 margin is insufficient", (decimal?)null), (rejected.State, rejected.Reason, rejected.Price));
    }

    [Fact]
    public async Task Fills_are_deduplicated_by_trade_id_and_listed_per_order()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        var fill = new Fill(slot.Id, "ab-1", Market.Spot, "ASTERUSDT", 77, 1.2345m, 10m, 0.0012345m, "USDT", 1_700_000_000_000);
        Assert.True(await Store.Fills.TryRecordAsync(owner, fill));
        Assert.False(await Store.Fills.TryRecordAsync(owner, fill));
        var second = fill with { TradeId = 78, Quantity = 2.5m };
        Assert.True(await Store.Fills.TryRecordAsync(owner, second));
        Assert.Equal([fill, second], await Store.Fills.ListForOrderAsync(owner, slot.Id, "ab-1"));
    }

    [Fact]
    public async Task The_latest_position_snapshot_wins()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        var older = new PositionSnapshot(slot.Id, Market.Futures, "ETHUSDT", -0.5m, 3000.25m, 1_000);
        var newer = older with { Quantity = 0m, TakenAtMs = 2_000 };
        await Store.Positions.SaveAsync(owner, newer);
        await Store.Positions.SaveAsync(owner, older);
        Assert.Equal(newer, await Store.Positions.LatestAsync(owner, slot.Id, Market.Futures, "ETHUSDT"));
        Assert.Null(await Store.Positions.LatestAsync(owner, slot.Id, Market.Spot, "ETHUSDT"));
    }

    [Fact]
    public async Task Signals_are_deduplicated_by_their_id()
    {
        var owner = (await Store.Users.CreateAsync("alice", null)).Id;
        var signal = new Signal("tv-123", "tradingview", """{"action":"buy"}""", 5_000);
        Assert.True(await Store.Signals.TryRecordAsync(owner, signal));
        Assert.False(await Store.Signals.TryRecordAsync(owner, signal with { Payload = "replayed" }));
        Assert.Equal([signal], await Store.Signals.ListRecentAsync(owner, 10));
    }

    [Fact]
    public async Task Notifications_wait_until_marked_delivered()
    {
        var owner = (await Store.Users.CreateAsync("alice", null)).Id;
        var first = await Store.Notifications.AddAsync(owner, "telegram", "order filled");
        var second = await Store.Notifications.AddAsync(owner, "telegram", "stop hit");
        Assert.Equal([first, second], (await Store.Notifications.ListUndeliveredAsync(owner)).Select(n => n.Id));
        Assert.True(await Store.Notifications.MarkDeliveredAsync(owner, first));
        Assert.False(await Store.Notifications.MarkDeliveredAsync(owner, first));
        Assert.Equal([second], (await Store.Notifications.ListUndeliveredAsync(owner)).Select(n => n.Id));
    }

    [Fact]
    public async Task Audit_entries_are_listed_newest_first()
    {
        var owner = (await Store.Users.CreateAsync("alice", null)).Id;
        await Store.Audit.AppendAsync(owner, "cli", "pair.enabled", "BTCUSDT");
        Time.Advance(TimeSpan.FromSeconds(1));
        await Store.Audit.AppendAsync(owner, "telegram", "pair.disabled", "BTCUSDT");
        var entries = await Store.Audit.ListRecentAsync(owner, 1);
        Assert.Equal(("telegram", "pair.disabled", "BTCUSDT"), (entries[0].Actor, entries[0].Action, entries[0].Detail));
        Assert.Single(entries);
    }

    [Theory]
    [InlineData("0.00000001")]
    [InlineData("123456789.123456789")]
    [InlineData("-98765.4321000")]
    [InlineData("79228162514264.337593543950")]
    public async Task Money_is_stored_exactly(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        await Store.OrderIntents.TryRecordAsync(owner, Intent(slot.Id, "m-1", price: value) with { Quantity = value });
        var read = (await Store.OrderIntents.GetAsync(owner, slot.Id, "m-1"))!;
        Assert.Equal(value, read.Quantity);
        Assert.Equal(value, read.Price);
        await Store.Fills.TryRecordAsync(owner, new Fill(slot.Id, "m-1", Market.Spot, "X", 1, value, value, value, "USDT", 0));
        Assert.Equal(value, (await Store.Fills.ListForOrderAsync(owner, slot.Id, "m-1"))[0].Fee);
    }

    [Fact]
    public async Task A_unit_of_work_commits_everything_or_nothing()
    {
        var (owner, slot) = await OwnerWithSlotAsync("alice");
        await Assert.ThrowsAsync<TimeoutException>(() => Store.InTransactionAsync<bool>(async tx =>
        {
            await tx.OrderIntents.TryRecordAsync(owner, Intent(slot.Id, "uow-1"));
            await tx.Audit.AppendAsync(owner, "engine", "order.intended", "uow-1");
            throw new TimeoutException("simulated failure before commit");
        }));
        Assert.Null(await Store.OrderIntents.GetAsync(owner, slot.Id, "uow-1"));

        await Store.InTransactionAsync(async tx =>
        {
            await tx.OrderIntents.TryRecordAsync(owner, Intent(slot.Id, "uow-2"));
            await tx.Audit.AppendAsync(owner, "engine", "order.intended", "uow-2");
            return true;
        });
        Assert.NotNull(await Store.OrderIntents.GetAsync(owner, slot.Id, "uow-2"));
        Assert.Equal("order.intended", (await Store.Audit.ListRecentAsync(owner, 1))[0].Action);
    }

    protected static NewOrderIntent Intent(long slotId, string clientOrderId, decimal? price = 100.5m) =>
        new(slotId, clientOrderId, Market.Futures, "BTCUSDT", OrderSide.Buy, OrderType.Limit, 0.001m, price);
}
