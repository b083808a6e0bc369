using AsterBot.Aster.Models;
using AsterBot.Storage;
using AsterBot.Storage.Model;

namespace AsterBot.Slots.Tests;

/// <summary>
/// The slot actions through the service against the simulator, written once and run on both store providers
/// (<see cref="SqliteApiSlotServiceTests"/>, <see cref="PostgresApiSlotServiceTests"/>).
/// </summary>
public abstract class ApiSlotServiceTests(SlotsFixture sim)
{
    /// <summary>A new empty store of the provider under test.</summary>
    protected abstract Task<AsterStore> NewStoreAsync();

    private static async Task<OwnerId> OwnerAsync(AsterStore store, string name = "operator") => (await store.Users.CreateAsync(name, null)).Id;

    [Fact]
    public async Task Add_tests_the_connection_reads_default_fees_and_lists_the_slot_masked()
    {
        await using var store = await NewStoreAsync();
        var owner = await OwnerAsync(store);
        var account = sim.NewAccount();

        var saved = await sim.Service(store).AddAsync(owner, "main", sim.Settings() with { ProcessingDelaySeconds = 1.5m, RateLimitMs = 200 }, account.V1);

        Assert.True(saved.Report!.Passed);
        var listed = Assert.Single(await sim.Service(store).ListAsync(owner));
        Assert.Equal(("main", "v1", account.ApiKey, "…" + account.ApiSecret[^4..]), (listed.Label, listed.Generation, listed.PublicKey, listed.MaskedSecret));
        Assert.NotNull(listed.Settings.MakerFee);
        Assert.NotNull(listed.Settings.TakerFee);
        Assert.Equal((1.5m, 200), (listed.Settings.ProcessingDelaySeconds, listed.Settings.RateLimitMs));
        Assert.DoesNotContain(account.ApiSecret, listed.ToString());
    }

    [Fact]
    public async Task Add_with_a_failing_connection_saves_nothing()
    {
        await using var store = await NewStoreAsync();
        var owner = await OwnerAsync(store);
        var account = sim.NewAccount();

        var refused = await Assert.ThrowsAsync<SlotConnectionException>(() =>
            sim.Service(store).AddAsync(owner, "main", sim.Settings(), V1Credentials.Create(account.ApiKey, new string('b', 64))));

        Assert.Equal(ConnectionFailure.WrongSecret, refused.Report.FirstFailure!.Failure);
        Assert.Contains("nothing was saved", refused.Message);
        Assert.Empty(await store.Slots.ListAsync(owner));
    }

    [Fact]
    public async Task Update_keys_refused_by_the_connection_test_leaves_the_old_slot_intact()
    {
        await using var store = await NewStoreAsync();
        var owner = await OwnerAsync(store);
        var service = sim.Service(store);
        var account = sim.NewAccount();
        await service.AddAsync(owner, "main", sim.Settings(), account.V1);
        var other = sim.NewAccount();

        await Assert.ThrowsAsync<SlotConnectionException>(() =>
            service.UpdateKeysAsync(owner, "main", V1Credentials.Create(other.ApiKey, account.ApiSecret)));

        Assert.Equal(account.ApiKey, (await service.GetAsync(owner, "main")).PublicKey);
        Assert.True((await service.TestAsync(owner, "main")).Passed);
        var updated = await service.UpdateKeysAsync(owner, "main", other.V3);
        Assert.Equal(("v3", other.Wallet.Address.ToString()), (updated.Slot.Generation, (await service.GetAsync(owner, "main")).PublicKey));
    }

    [Fact]
    public async Task Archive_unarchive_clear_keys_and_remove_with_pairs()
    {
        await using var store = await NewStoreAsync();
        var owner = await OwnerAsync(store);
        var service = sim.Service(store);
        var saved = await service.AddAsync(owner, "main", sim.Settings(), sim.NewAccount().V3);
        await store.Pairs.AddAsync(owner, new NewPair(saved.Slot.Id, Market.Futures, "BTCUSDT", "grid", "{}", true));

        await service.ArchiveAsync(owner, "main");
        Assert.True((await service.GetAsync(owner, "main")).Settings.Archived);
        Assert.Equal("v3", (await service.GetAsync(owner, "main")).Generation); // archiving keeps the credentials
        await service.UnarchiveAsync(owner, "main");
        Assert.False((await service.GetAsync(owner, "main")).Settings.Archived);

        await service.ClearKeysAsync(owner, "main");
        Assert.False((await service.GetAsync(owner, "main")).HasKeys);
        Assert.Equal(ConnectionFailure.NoCredentials, (await service.TestAsync(owner, "main")).FirstFailure!.Failure);

        await service.RemoveAsync(owner, "main");
        Assert.Empty(await store.Slots.ListAsync(owner));
        Assert.Empty(await store.Pairs.ListAsync(owner));
    }

    [Fact]
    public async Task Edit_renames_and_changes_settings_and_retests_a_market_change()
    {
        await using var store = await NewStoreAsync();
        var owner = await OwnerAsync(store);
        var service = sim.Service(store);
        var account = sim.NewAccount(new Simulator.Server.Admin.AgentSeed("", CanSpotTrade: false));
        await service.AddAsync(owner, "main", sim.Settings(), account.V3);

        var renamed = await service.EditAsync(owner, "main", new SlotEdit { NewLabel = "perp", MakerFee = 0.0001m, RateLimitMs = 50 });
        Assert.Null(renamed.Report);
        var refused = await Assert.ThrowsAsync<SlotConnectionException>(() => service.EditAsync(owner, "perp", new SlotEdit { Exchange = SlotExchange.Aster }));

        Assert.Equal(ConnectionFailure.AgentMarketNotAllowed, refused.Report.FirstFailure!.Failure);
        var slot = await service.GetAsync(owner, "perp");
        Assert.Equal((SlotExchange.AsterFutures, 0.0001m, 50), (slot.Settings.Exchange, slot.Settings.MakerFee, slot.Settings.RateLimitMs));
    }

    [Fact]
    public async Task Start_up_test_covers_active_slots_with_keys_only()
    {
        await using var store = await NewStoreAsync();
        var owner = await OwnerAsync(store);
        var service = sim.Service(store);
        foreach (var label in new[] { "active", "archived", "cleared" })
            await service.AddAsync(owner, label, sim.Settings(), sim.NewAccount().V1);
        await service.ArchiveAsync(owner, "archived");
        await service.ClearKeysAsync(owner, "cleared");

        var results = await service.TestActiveAsync(owner);

        var (slot, report) = Assert.Single(results);
        Assert.Equal("active", slot.Label);
        Assert.True(report.Passed, report.Summary);
    }

    [Fact]
    public async Task Two_owners_never_reach_each_others_slots()
    {
        await using var store = await NewStoreAsync();
        var alice = await OwnerAsync(store, "alice");
        var bob = await OwnerAsync(store, "bob");
        var service = sim.Service(store);
        await service.AddAsync(alice, "main", sim.Settings(), sim.NewAccount().V1);

        Assert.Empty(await service.ListAsync(bob));
        await Assert.ThrowsAsync<SlotInputException>(() => service.GetAsync(bob, "main"));
        await Assert.ThrowsAsync<SlotInputException>(() => service.TestAsync(bob, "main"));
        await Assert.ThrowsAsync<SlotInputException>(() => service.ArchiveAsync(bob, "main"));
        await Assert.ThrowsAsync<SlotInputException>(() => service.ClearKeysAsync(bob, "main"));
        await Assert.ThrowsAsync<SlotInputException>(() => service.RemoveAsync(bob, "main"));
        var bobs = await service.AddAsync(bob, "main", sim.Settings(), sim.NewAccount().V1); // same label, other owner: allowed
        var alices = await service.GetAsync(alice, "main");
        Assert.NotEqual(alices.Id, bobs.Slot.Id);
        Assert.NotEqual(alices.PublicKey, bobs.Slot.PublicKey);
        Assert.Equal([bobs.Slot.Id], (await service.ListAsync(bob)).Select(s => s.Id));
    }

    [Fact]
    public async Task Duplicate_label_and_bad_settings_are_refused_before_any_request()
    {
        await using var store = await NewStoreAsync();
        var owner = await OwnerAsync(store);
        var service = sim.Service(store);
        var account = sim.NewAccount();
        await service.AddAsync(owner, "main", sim.Settings(), account.V1);

        var duplicate = await Assert.ThrowsAsync<SlotInputException>(() => service.AddAsync(owner, " main ", sim.Settings(), account.V1));
        Assert.Contains("already exists", duplicate.Message);
        await service.AddAsync(owner, "second", sim.Settings(), sim.NewAccount().V1);
        Assert.Contains("already exists", (await Assert.ThrowsAsync<SlotInputException>(() =>
            service.EditAsync(owner, "second", new SlotEdit { NewLabel = "main" }))).Message);
        Assert.Contains("maker fee", Reason(() => sim.Settings() with { MakerFee = -0.1m }));
        Assert.Contains("taker fee", Reason(() => sim.Settings() with { TakerFee = 2m }));
        Assert.Contains("processing delay", Reason(() => sim.Settings() with { ProcessingDelaySeconds = -1m }));
        Assert.Contains("rate limit", Reason(() => sim.Settings() with { RateLimitMs = -5 }));
        Assert.Contains("Unknown network", Reason(() => sim.Settings() with { Network = "moonnet" }));
        await Assert.ThrowsAsync<SlotInputException>(() => service.AddAsync(owner, "", sim.Settings(), account.V1));
        Assert.Equal(["main", "second"], (await service.ListAsync(owner)).Select(s => s.Label));
    }

    private static string Reason(Func<SlotSettings> settings) =>
        Assert.Throws<SlotInputException>(() => settings().Validated()).Message;

    /// <summary>A V1 and a V3 slot of <paramref name="account"/>, for the plaintext searches of each provider.</summary>
    protected static async Task AddBothGenerationsAsync(SlotsFixture sim, AsterStore store, SimAccount account)
    {
        var owner = (await store.Users.CreateAsync("operator", null)).Id;
        var service = sim.Service(store);
        await service.AddAsync(owner, "v1", sim.Settings(), account.V1);
        await service.AddAsync(owner, "v3", sim.Settings(), account.V3);
    }
}
