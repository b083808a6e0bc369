using AsterBot.Chain.Rpc;
using AsterBot.Wallet.Storage;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AsterBot.Wallet.Tests;

public sealed class StoreTests
{
    private static readonly XpubDepositAddresses Source = XpubDepositAddresses.Parse(TestKeys.AnvilAccount1Xpub);
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Concurrent_processes_never_issue_the_same_index()
    {
        using var dir = new TempDirectory();
        var path = dir.File("wallet.db");
        var stores = new[] { SqliteWalletStore.Open(path), SqliteWalletStore.Open(path), SqliteWalletStore.Open(path) };

        var issued = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            stores[i % stores.Length].GetOrIssueDepositAddressAsync(Source.SourceId, $"tg:{i}", Source.AddressAt, Now, default))));

        Assert.Equal(Enumerable.Range(0, 60).Select(i => (uint)i), issued.Select(d => d.Index).Order());
        Assert.All(issued, d => Assert.Equal(Source.AddressAt(d.Index), d.Address));
    }

    [Fact]
    public async Task Indexes_continue_after_a_restart_and_an_owner_keeps_their_address()
    {
        using var dir = new TempDirectory();
        var path = dir.File("wallet.db");
        var first = await SqliteWalletStore.Open(path).GetOrIssueDepositAddressAsync(Source.SourceId, "tg:1", Source.AddressAt, Now, default);

        var reopened = SqliteWalletStore.Open(path);
        var again = await reopened.GetOrIssueDepositAddressAsync(Source.SourceId, "tg:1", Source.AddressAt, Now, default);
        var next = await reopened.GetOrIssueDepositAddressAsync(Source.SourceId, "tg:2", Source.AddressAt, Now, default);

        Assert.Equal(first, again);
        Assert.Equal(1u, next.Index);
        Assert.Equal([first, next], await reopened.ListDepositAddressesAsync(Source.SourceId, 0, default));
        Assert.Equal([next], await reopened.ListDepositAddressesAsync(Source.SourceId, 1, default));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("wallet.db");
        SqliteWalletStore.Open(path);
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var bump = connection.CreateCommand();
            bump.CommandText = "INSERT INTO wallet_schema_version (version) VALUES (99)";
            await bump.ExecuteNonQueryAsync();
        }

        var error = Assert.Throws<InvalidOperationException>(() => SqliteWalletStore.Open(path));
        Assert.Contains("schema version 99", error.Message);
    }

    [Fact]
    public async Task A_session_round_trips_with_exact_amounts_and_times()
    {
        using var dir = new TempDirectory();
        var store = SqliteWalletStore.Open(dir.File("wallet.db"));
        var session = new VerificationSession("ws1", "tg:7", AddressText.Parse(AnvilNode.DevAccounts[1], "w"), Source.AddressAt(3), 3,
            Wei.FromBnb(0.000123456789012345m), 15, Now, Now.AddMinutes(30), SessionStatus.Pending, null, null);

        await store.InsertSessionAsync(session, default);

        Assert.Equal(session, await store.FindSessionAsync("ws1", default));
        Assert.Null(await store.FindSessionAsync("ws2", default));
    }
}
