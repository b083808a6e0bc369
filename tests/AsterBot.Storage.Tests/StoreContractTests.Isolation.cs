using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;

namespace AsterBot.Storage.Tests;

public abstract partial class StoreContractTests
{
    /// <summary>Mallory knows Alice's ids (they are small integers) and tries every store method with them.</summary>
    [Fact]
    public async Task An_owner_never_sees_or_changes_another_owners_data()
    {
        var (alice, slot) = await OwnerWithSlotAsync("alice");
        var (mallory, mallorySlot) = await OwnerWithSlotAsync("mallory", secret: "mallory-secret");
        var pair = await Store.Pairs.AddAsync(alice, new NewPair(slot.Id, Market.Futures, "BTCUSDT", "grid", "{}", true));
        await Store.OrderIntents.TryRecordAsync(alice, Intent(slot.Id, "a-1"));
        var fill = new Fill(slot.Id, "a-1", Market.Futures, "BTCUSDT", 1, 1m, 1m, 0m, "USDT", 1);
        await Store.Fills.TryRecordAsync(alice, fill);
        await Store.Positions.SaveAsync(alice, new PositionSnapshot(slot.Id, Market.Futures, "BTCUSDT", 1m, 1m, 1));
        await Store.Signals.TryRecordAsync(alice, new Signal("sig-1", "tv", "{}", 1));
        var note = await Store.Notifications.AddAsync(alice, "telegram", "alice only");

        // Reads.
        Assert.Null(await Store.Slots.GetAsync(mallory, slot.Id));
        Assert.Null(await Store.Slots.FindByNameAsync(mallory, slot.Name));
        Assert.Equal([mallorySlot.Id], (await Store.Slots.ListAsync(mallory)).Select(s => s.Id));
        Assert.Null(await Store.Slots.ReadSecretAsync(mallory, slot.Id));
        Assert.Null(await Store.Pairs.GetAsync(mallory, pair.Id));
        Assert.Empty(await Store.Pairs.ListAsync(mallory));
        Assert.Null(await Store.OrderIntents.GetAsync(mallory, slot.Id, "a-1"));
        Assert.Empty(await Store.OrderIntents.ListOpenAsync(mallory, slot.Id));
        Assert.Empty(await Store.Fills.ListForOrderAsync(mallory, slot.Id, "a-1"));
        Assert.Null(await Store.Positions.LatestAsync(mallory, slot.Id, Market.Futures, "BTCUSDT"));
        Assert.Empty(await Store.Signals.ListRecentAsync(mallory, 10));
        Assert.Empty(await Store.Notifications.ListUndeliveredAsync(mallory));
        Assert.DoesNotContain(await Store.Audit.ListRecentAsync(mallory, 100), e => e.Detail.Contains("alice", StringComparison.Ordinal));

        // Writes aimed at Alice's rows do nothing; writes that name Alice's slot are refused by the database.
        Assert.False(await Store.Slots.UpdateAsync(mallory, slot.Id, new ApiSlotFields("x", "hmac", "x", new SecretText("stolen"))));
        Assert.False(await Store.Slots.DeleteAsync(mallory, slot.Id));
        Assert.False(await Store.Pairs.UpdateStrategyAsync(mallory, pair.Id, "x", "{}", false));
        Assert.False(await Store.Pairs.DeleteAsync(mallory, pair.Id));
        Assert.False(await Store.OrderIntents.MoveAsync(mallory, slot.Id, "a-1", OrderIntentState.Intended, OrderIntentState.Canceled));
        Assert.False(await Store.Notifications.MarkDeliveredAsync(mallory, note));
        await Assert.ThrowsAsync<StorageException>(() =>
            Store.Pairs.AddAsync(mallory, new NewPair(slot.Id, Market.Spot, "ETHUSDT", "grid", "{}", true)));
        await Assert.ThrowsAsync<StorageException>(() => Store.Fills.TryRecordAsync(mallory, fill with { TradeId = 2 }));
        await Assert.ThrowsAsync<StorageException>(() => Store.OrderIntents.TryRecordAsync(mallory, Intent(slot.Id, "m-1")));
        await Assert.ThrowsAsync<StorageException>(() =>
            Store.Positions.SaveAsync(mallory, new PositionSnapshot(slot.Id, Market.Futures, "BTCUSDT", 9m, 9m, 9)));

        // The same signal id is independent per owner.
        Assert.True(await Store.Signals.TryRecordAsync(mallory, new Signal("sig-1", "tv", "{}", 2)));

        // Alice's data is as she left it.
        Assert.Equal(SecretValue, (await Store.Slots.ReadSecretAsync(alice, slot.Id))!.Reveal());
        Assert.Equal("grid", (await Store.Pairs.GetAsync(alice, pair.Id))!.Strategy);
        Assert.Equal(OrderIntentState.Intended, (await Store.OrderIntents.GetAsync(alice, slot.Id, "a-1"))!.State);
        Assert.Equal(1m, (await Store.Positions.LatestAsync(alice, slot.Id, Market.Futures, "BTCUSDT"))!.Quantity);
        Assert.Single(await Store.Notifications.ListUndeliveredAsync(alice));
        Assert.Single(await Store.Signals.ListRecentAsync(alice, 10));
    }

    [Fact]
    public async Task A_secret_blob_copied_into_another_owners_slot_does_not_decrypt()
    {
        var (alice, slot) = await OwnerWithSlotAsync("alice");
        var (mallory, mallorySlot) = await OwnerWithSlotAsync("mallory", secret: "mallory-secret");
        await Target.ExecuteAsync(
            $"UPDATE api_slots SET secret_blob = (SELECT secret_blob FROM api_slots WHERE id = {slot.Id}) WHERE id = {mallorySlot.Id}");
        var error = await Assert.ThrowsAsync<SecretKeyException>(() => Store.Slots.ReadSecretAsync(mallory, mallorySlot.Id));
        Assert.Contains("integrity", error.Message);
        Assert.Equal(SecretValue, (await Store.Slots.ReadSecretAsync(alice, slot.Id))!.Reveal());
    }
}
