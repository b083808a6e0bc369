using AsterBot.Aster.Models;
using AsterBot.Storage;
using AsterBot.Storage.Model;

namespace AsterBot.Slots;

/// <summary>
/// The API slot actions of one store: add, edit, update keys, clear keys, archive, unarchive, remove, test.
/// Anything that changes where or how a slot connects is validated (format, then a live connection test) first and
/// saved only if that passes, in one store transaction: a refused change leaves the previous slot as it was.
/// </summary>
public sealed class ApiSlotService(AsterStore store, SlotConnector connector, ConnectionTestOptions testOptions)
{
    private readonly ConnectionTest _test = new(connector, testOptions);

    public async Task<IReadOnlyList<SlotView>> ListAsync(OwnerId owner, CancellationToken ct = default)
    {
        var views = new List<SlotView>();
        foreach (var slot in await store.Slots.ListAsync(owner, ct))
            views.Add(await ViewAsync(owner, slot, ct));
        return views;
    }

    public async Task<SlotView> GetAsync(OwnerId owner, string label, CancellationToken ct = default) =>
        await ViewAsync(owner, await FindAsync(owner, label, ct), ct);

    public async Task<SlotSaveResult> AddAsync(OwnerId owner, string label, SlotSettings settings, SlotCredentials credentials,
        CancellationToken ct = default)
    {
        label = SlotLabel.Normalize(label);
        settings = settings.Validated();
        if (await store.Slots.FindByNameAsync(owner, label, ct) is not null)
            throw new SlotInputException($"A slot labelled '{label}' already exists: choose another label, or change that slot with `asterbot slots edit {label}`.");
        var report = await RequirePassingTestAsync(settings, credentials, ct);
        settings = await WithDefaultFeesAsync(settings, credentials, ct);
        var slot = await SaveGuardedAsync(() => store.Slots.AddAsync(owner, Fields(label, settings, credentials), ct));
        return new SlotSaveResult(View(slot, settings, credentials), report);
    }

    /// <summary>Changes label and settings; a change of exchange, network or withdrawal consent is tested first.</summary>
    public async Task<SlotSaveResult> EditAsync(OwnerId owner, string label, SlotEdit edit, CancellationToken ct = default)
    {
        var slot = await FindAsync(owner, label, ct);
        var credentials = await CredentialsAsync(owner, slot, ct);
        var before = SlotSettings.FromStored(slot.Settings);
        var after = edit.ApplyTo(before).Validated();
        var newLabel = edit.NewLabel is null ? slot.Name : SlotLabel.Normalize(edit.NewLabel);
        var report = SlotEdit.NeedsConnectionTest(before, after) && credentials is not null && !after.Archived
            ? await RequirePassingTestAsync(after, credentials, ct)
            : null;
        await SaveGuardedAsync(() => store.Slots.UpdateAsync(owner, slot.Id, Fields(newLabel, after, credentials), ct));
        return new SlotSaveResult(View(slot with { Name = newLabel }, after, credentials), report);
    }

    /// <summary>Replaces the registered keys only after they pass the format checks and the connection test.</summary>
    public async Task<SlotSaveResult> UpdateKeysAsync(OwnerId owner, string label, SlotCredentials credentials, CancellationToken ct = default)
    {
        var slot = await FindAsync(owner, label, ct);
        var settings = SlotSettings.FromStored(slot.Settings);
        var report = await RequirePassingTestAsync(settings, credentials, ct);
        await SaveGuardedAsync(() => store.Slots.UpdateAsync(owner, slot.Id, Fields(slot.Name, settings, credentials), ct));
        return new SlotSaveResult(View(slot, settings, credentials), report);
    }

    /// <summary>Forgets the registered keys; the slot keeps its settings and pairs but cannot trade until new keys are set.</summary>
    public Task ClearKeysAsync(OwnerId owner, string label, CancellationToken ct = default) =>
        RewriteAsync(owner, label, (settings, _) => (settings, null), ct);

    public Task ArchiveAsync(OwnerId owner, string label, CancellationToken ct = default) =>
        RewriteAsync(owner, label, (settings, credentials) => (settings with { Archived = true }, credentials), ct);

    public Task UnarchiveAsync(OwnerId owner, string label, CancellationToken ct = default) =>
        RewriteAsync(owner, label, (settings, credentials) => (settings with { Archived = false }, credentials), ct);

    /// <summary>Deletes the slot with its pairs (the store refuses while orders or fills still refer to it).</summary>
    public async Task RemoveAsync(OwnerId owner, string label, CancellationToken ct = default)
    {
        var slot = await FindAsync(owner, label, ct);
        await SaveGuardedAsync(() => store.Slots.DeleteAsync(owner, slot.Id, ct));
    }

    /// <summary>Runs the connection test on the stored slot (`asterbot slots test NAME`, and at start-up).</summary>
    public async Task<ConnectionReport> TestAsync(OwnerId owner, string label, CancellationToken ct = default)
    {
        var slot = await FindAsync(owner, label, ct);
        return await _test.RunAsync(SlotSettings.FromStored(slot.Settings), await CredentialsAsync(owner, slot, ct), ct);
    }

    /// <summary>
    /// The start-up check (`asterbot slots test --all`, and `asterbot run` before trading): every active slot with
    /// keys, tested one after the other. Archived slots and slots without keys do not trade, so they are not tested.
    /// </summary>
    public async Task<IReadOnlyList<SlotTestResult>> TestActiveAsync(OwnerId owner, CancellationToken ct = default)
    {
        var results = new List<SlotTestResult>();
        foreach (var slot in await store.Slots.ListAsync(owner, ct))
        {
            var settings = SlotSettings.FromStored(slot.Settings);
            var credentials = await CredentialsAsync(owner, slot, ct);
            if (settings.Archived || credentials is null) continue;
            results.Add(new SlotTestResult(View(slot, settings, credentials), await _test.RunAsync(settings, credentials, ct)));
        }
        return results;
    }

    private async Task RewriteAsync(OwnerId owner, string label, Func<SlotSettings, SlotCredentials?, (SlotSettings, SlotCredentials?)> change,
        CancellationToken ct)
    {
        // Read and write in one transaction so a concurrent key update cannot be overwritten with the old keys.
        await SaveGuardedAsync(() => store.InTransactionAsync(async tx =>
        {
            var slot = await tx.Slots.FindByNameAsync(owner, label, ct) ?? throw NotFound(label);
            var secret = await tx.Slots.ReadSecretAsync(owner, slot.Id, ct);
            var (settings, credentials) = change(SlotSettings.FromStored(slot.Settings), secret is null ? null : SlotCredentials.Unpack(secret));
            return await tx.Slots.UpdateAsync(owner, slot.Id, Fields(slot.Name, settings, credentials), ct);
        }, ct));
    }

    private async Task<ConnectionReport> RequirePassingTestAsync(SlotSettings settings, SlotCredentials credentials, CancellationToken ct)
    {
        var report = await _test.RunAsync(settings, credentials, ct);
        return report.Passed ? report : throw new SlotConnectionException(report);
    }

    /// <summary>Fees the user did not give come from the account's commission rate on the probe symbol.</summary>
    private async Task<SlotSettings> WithDefaultFeesAsync(SlotSettings settings, SlotCredentials credentials, CancellationToken ct)
    {
        if (settings.MakerFee is not null && settings.TakerFee is not null) return settings;
        using var slot = connector.Connect(settings, credentials);
        var rate = settings.Exchange.Market() == Market.Futures
            ? await slot.Client.Futures.Account.GetCommissionRateAsync(testOptions.ProbeSymbol, ct)
            : await slot.Client.Spot.Account.GetCommissionRateAsync(testOptions.ProbeSymbol, ct);
        if (!rate.IsSuccess)
            throw new SlotInputException($"The default fees could not be read from the commission-rate endpoint ({rate.Error!.Kind}): give --maker-fee and --taker-fee.");
        return settings with { MakerFee = settings.MakerFee ?? rate.Data!.MakerCommissionRate, TakerFee = settings.TakerFee ?? rate.Data!.TakerCommissionRate };
    }

    private async Task<ApiSlot> FindAsync(OwnerId owner, string label, CancellationToken ct) =>
        await store.Slots.FindByNameAsync(owner, SlotLabel.Normalize(label), ct) ?? throw NotFound(label);

    private static SlotInputException NotFound(string label) =>
        new($"There is no slot labelled '{label}': `asterbot slots list` shows the labels.");

    /// <summary>A trading client for a slot (`asterbot run`, after the start-up test passed); the caller disposes it.</summary>
    public async Task<SlotClient> ConnectAsync(OwnerId owner, SlotView slot, CancellationToken ct = default)
    {
        var credentials = await store.Slots.ReadSecretAsync(owner, slot.Id, ct) is { } secret ? SlotCredentials.Unpack(secret) : null;
        return connector.Connect(slot.Settings, credentials
            ?? throw new SlotInputException($"Slot '{slot.Label}' has no keys: add them with `asterbot slots edit {slot.Label} --api-key …`."));
    }

    private async Task<SlotCredentials?> CredentialsAsync(OwnerId owner, ApiSlot slot, CancellationToken ct) =>
        await store.Slots.ReadSecretAsync(owner, slot.Id, ct) is { } secret ? SlotCredentials.Unpack(secret) : null;

    private async Task<SlotView> ViewAsync(OwnerId owner, ApiSlot slot, CancellationToken ct) =>
        View(slot, SlotSettings.FromStored(slot.Settings), await CredentialsAsync(owner, slot, ct));

    private static SlotView View(ApiSlot slot, SlotSettings settings, SlotCredentials? credentials) =>
        new(slot.Id, slot.Name, settings, credentials?.Generation ?? "none", credentials?.PublicKey ?? "", credentials?.MaskedSecret ?? "");

    private static ApiSlotFields Fields(string label, SlotSettings settings, SlotCredentials? credentials) =>
        new(label, credentials?.Generation ?? "none", credentials?.PublicKey ?? "-", credentials?.Pack() ?? SlotCredentials.None)
        {
            Settings = settings.ToStored(),
        };

    /// <summary>Store refusals (duplicate label, order history) become input errors carrying the store's explanation.</summary>
    private static async Task<T> SaveGuardedAsync<T>(Func<Task<T>> save)
    {
        try
        {
            return await save();
        }
        catch (StorageException e)
        {
            throw new SlotInputException(e.Message);
        }
    }
}
