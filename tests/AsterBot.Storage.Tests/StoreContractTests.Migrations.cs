namespace AsterBot.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Reopening_applies_each_migration_once()
    {
        var alice = await Store.Users.CreateAsync("alice", null);
        await using (var again = await Target.OpenAsync(Target.Options(Time)))
            Assert.Equal(alice, await again.Users.GetAsync(alice.Id));
        Assert.Equal(1, await Target.CountAsync("SELECT COUNT(*) FROM schema_version WHERE version = 1"));
        Assert.Equal(Migrations.Schema.LatestVersion, await Target.CountAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task Stores_opened_concurrently_on_an_empty_database_migrate_it_once()
    {
        await using var fresh = await CreateTargetAsync();
        var opening = Enumerable.Range(0, 4).Select(_ => Task.Run(() => fresh.OpenAsync(fresh.Options(Time)))).ToArray();
        var stores = await Task.WhenAll(opening);
        foreach (var store in stores) await store.DisposeAsync();

        Assert.Equal(Migrations.Schema.LatestVersion, await fresh.CountAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(1, await fresh.CountAsync("SELECT COUNT(*) FROM schema_version WHERE version = 1"));
    }

    [Fact]
    public async Task Processes_started_together_migrate_once()
    {
        await using var fresh = await CreateTargetAsync();
        var children = Enumerable.Range(0, 3).Select(_ => ChildProcess.Start(fresh, "migrate")).ToList();
        foreach (var child in children)
            using (child)
                Assert.Equal("migrated", await child.ReadLineAsync());

        Assert.Equal(Migrations.Schema.LatestVersion, await fresh.CountAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_untouched()
    {
        await Store.Users.CreateAsync("alice", null);
        await Target.ExecuteAsync("INSERT INTO schema_version (version, description) VALUES (999, 'from the future')");

        var error = await Assert.ThrowsAsync<StorageException>(() => Target.OpenAsync(Target.Options(Time)));
        Assert.Equal($"This database was written by a newer AsterBot (schema 999 > {Migrations.Schema.LatestVersion}); upgrade AsterBot or restore a backup.", error.Message);
        Assert.Equal(Migrations.Schema.LatestVersion + 1, await Target.CountAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(1, await Target.CountAsync("SELECT COUNT(*) FROM users"));
    }
}
