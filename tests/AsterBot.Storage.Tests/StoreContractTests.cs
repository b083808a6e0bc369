using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;
using AsterBot.Testing;

namespace AsterBot.Storage.Tests;

/// <summary>
/// The store's behaviour, written once and run against every provider (<see cref="SqliteStoreTests"/>,
/// <see cref="PostgresStoreTests"/>). Each test gets a fresh empty database.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    protected const string SecretValue = "s3cr3t-API-SECRET-9f8e7d6c5b4a";

    protected ManualTimeProvider Time { get; } = new();
    protected StoreTarget Target { get; private set; } = null!;
    protected AsterStore Store { get; private set; } = null!;

    protected abstract Task<StoreTarget> CreateTargetAsync();

    public async Task InitializeAsync()
    {
        Target = await CreateTargetAsync();
        Store = await Target.OpenAsync(Target.Options(Time));
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await Target.DisposeAsync();
    }

    protected async Task<(OwnerId Owner, ApiSlot Slot)> OwnerWithSlotAsync(string name, string secret = SecretValue)
    {
        var user = await Store.Users.CreateAsync(name, telegramUserId: null);
        var slot = await Store.Slots.AddAsync(user.Id, new ApiSlotFields($"{name}-main", "hmac", $"{name}-api-key", new SecretText(secret)));
        return (user.Id, slot);
    }
}
