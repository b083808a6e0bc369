using System.Globalization;
using AsterBot.Aster.Models;
using AsterBot.Storage.Model;

namespace AsterBot.Storage.Tests;

/// <summary>
/// Schema v1 → v2 on a database written by the v1 code (TestData: a SQLite file and a pg_dump, with their key).
/// v1 kept slot settings as JSON in api_slots.kind; v2 moves them to typed columns. Nothing may be lost.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly string V1Key = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "v1-slots.key")).Trim();

    // The v1 file was written with slots served by a simulator on this URL.
    private const string V1Network = "http://127.0.0.1:41739/";

    private async Task<AsterStore> OpenUpgradedV1Async(StoreTarget target) =>
        await target.OpenAsync(target.Options(Time, name => name == Secrets.SecretKeySource.EnvironmentVariable ? V1Key : null));

    [Fact]
    public async Task A_v1_database_is_upgraded_with_its_slot_settings_in_typed_columns_and_nothing_lost()
    {
        await using var v1 = await CreateTargetAsync();
        await v1.LoadV1DatabaseAsync();

        await using var store = await OpenUpgradedV1Async(v1);

        var owner = new OwnerId(1);
        var slots = await store.Slots.ListAsync(owner);
        Assert.Equal(["futures-main", "spot-v3", "cleared"], slots.Select(s => s.Name));
        Assert.Equal(["v1", "v3", "none"], slots.Select(s => s.Kind));
        Assert.Equal(new ApiSlotSettings
        {
            Exchange = "AsterFutures", Network = V1Network, MakerFee = 0.00015m, TakerFee = 0.000375m, ProcessingDelaySeconds = 1.25m, RateLimitMs = 150,
        }, slots[0].Settings);
        Assert.Equal(new ApiSlotSettings
        {
            Exchange = "Aster", Network = V1Network, MakerFee = 0.0002m, TakerFee = 0.0007m, ProcessingDelaySeconds = 0.5m, Archived = true, AllowWithdrawals = true,
        }, slots[1].Settings);
        // Exact decimals: the commission rate's text "0.000200" keeps its scale through the JSON and the column.
        Assert.Equal("0.000200", slots[1].Settings.MakerFee!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal((0.0002m, 0.0005m, "-"), (slots[2].Settings.MakerFee, slots[2].Settings.TakerFee, slots[2].PublicKey));

        // The sealed credentials still open with the same key and still name the public key the row shows.
        foreach (var slot in slots.Take(2))
            Assert.Contains($"\"{slot.PublicKey}\"", (await store.Slots.ReadSecretAsync(owner, slot.Id))!.Reveal());
        Assert.Equal(("BTCUSDT", Market.Futures, "{\"levels\":5}"), (await store.Pairs.ListAsync(owner)) is [var pair] ? (pair.Symbol, pair.Market, pair.ConfigJson) : default);
        Assert.Equal(3, (await store.Audit.ListRecentAsync(owner, 10)).Count(a => a.Action == "slot.added"));
        Assert.Equal(1, await v1.CountAsync("SELECT COUNT(*) FROM schema_version WHERE version = 2"));

        // And the upgraded rows take writes like new ones.
        var edited = new ApiSlotFields("futures-main", "v1", slots[0].PublicKey, (await store.Slots.ReadSecretAsync(owner, slots[0].Id))!)
        {
            Settings = slots[0].Settings with { TakerFee = 0.0005m, Archived = true },
        };
        Assert.True(await store.Slots.UpdateAsync(owner, slots[0].Id, edited));
        Assert.Equal(edited.Settings, (await store.Slots.GetAsync(owner, slots[0].Id))!.Settings);
    }

    [Fact]
    public async Task A_v1_slot_with_unreadable_settings_is_archived_and_keeps_its_text()
    {
        await using var v1 = await CreateTargetAsync();
        await v1.LoadV1DatabaseAsync();
        await v1.ExecuteAsync("UPDATE api_slots SET kind = '{\"Exchange\":\"Aster' WHERE name = 'futures-main'");

        await using var store = await OpenUpgradedV1Async(v1);

        var slot = (await store.Slots.FindByNameAsync(new OwnerId(1), "futures-main"))!;
        Assert.True(slot.Settings.Archived); // it must not trade on defaults it never had
        Assert.Equal("{\"Exchange\":\"Aster", slot.Kind);
        Assert.Equal("spot-v3", (await store.Slots.ListAsync(new OwnerId(1)))[1].Name);
    }
}
