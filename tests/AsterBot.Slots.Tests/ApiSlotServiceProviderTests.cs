using System.Text;
using AsterBot.Storage;
using AsterBot.Storage.Secrets;
using AsterBot.Testing;

namespace AsterBot.Slots.Tests;

public sealed class SqliteApiSlotServiceTests(SlotsFixture sim) : ApiSlotServiceTests(sim), IClassFixture<SlotsFixture>
{
    private readonly SlotsFixture _sim = sim;

    protected override Task<AsterStore> NewStoreAsync() => _sim.NewStoreAsync();

    [Fact]
    public async Task The_sqlite_file_holds_no_plaintext_secret()
    {
        var path = _sim.NewDatabasePath();
        var account = _sim.NewAccount();
        await using (var store = await SlotsFixture.OpenStoreAsync(path))
            await AddBothGenerationsAsync(_sim, store, account);

        var bytes = ReadAll(path) + ReadAll(path + "-wal");
        Assert.DoesNotContain(account.ApiSecret, bytes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(account.AgentKeyHex, bytes, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(account.ApiKey, bytes); // the public part is stored in clear, so the search itself works
    }

    private static string ReadAll(string path) => File.Exists(path) ? Encoding.Latin1.GetString(File.ReadAllBytes(path)) : "";
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresApiSlotServiceTests(SlotsFixture sim, PostgresServer postgres) : ApiSlotServiceTests(sim), IClassFixture<SlotsFixture>
{
    private readonly SlotsFixture _sim = sim;

    protected override async Task<AsterStore> NewStoreAsync() => await OpenAsync(await postgres.CreateDatabaseAsync());

    // The key file lives in the fixture's temp folder; the database in the private cluster.
    private Task<AsterStore> OpenAsync(string connectionString) => AsterStore.OpenPostgresAsync(connectionString,
        new StoreOptions(new SecretKeySource(Path.ChangeExtension(_sim.NewDatabasePath(), ".key"), _ => null), TimeProvider.System));

    [Fact]
    public async Task A_postgresql_dump_holds_no_plaintext_secret()
    {
        var database = await postgres.CreateDatabaseAsync();
        var account = _sim.NewAccount();
        await using (var store = await OpenAsync(database))
            await AddBothGenerationsAsync(_sim, store, account);

        var dump = await postgres.DumpAsync(database);
        Assert.DoesNotContain(account.ApiSecret, dump, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(account.AgentKeyHex, dump, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(account.ApiKey, dump);
    }
}
