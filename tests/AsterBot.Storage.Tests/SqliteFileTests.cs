using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;
using AsterBot.Testing;
using Microsoft.Data.Sqlite;

namespace AsterBot.Storage.Tests;

/// <summary>What can go wrong with the SQLite file itself: it is locked, it is not a database, its folder is missing.</summary>
public sealed class SqliteFileTests : IAsyncLifetime
{
    private readonly SqliteTarget _target = new();
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task A_file_locked_by_another_process_gives_a_clear_error_after_the_busy_timeout_and_works_once_released()
    {
        await using (var store = await _target.OpenAsync(_target.Options(_time)))
            await store.Users.CreateAsync("alice", null);

        await using var holder = _target.Open();
        await using (var exclusive = new SqliteCommand("BEGIN EXCLUSIVE", holder))
            await exclusive.ExecuteNonQueryAsync();
        var options = _target.Options(_time) with { BusyTimeout = TimeSpan.FromSeconds(1) };

        var error = await Assert.ThrowsAsync<StorageException>(() => _target.OpenAsync(options));
        Assert.Contains("is locked by another process", error.Message);
        Assert.Contains(_target.DatabasePath, error.Message);

        await using (var rollback = new SqliteCommand("ROLLBACK", holder))
            await rollback.ExecuteNonQueryAsync();
        await using var reopened = await _target.OpenAsync(options);
        Assert.Equal("alice", (await reopened.Users.GetAsync(new OwnerId(1)))!.DisplayName);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_byte_for_byte_unchanged()
    {
        var content = "these are my notes, not a database\n"u8.ToArray().Concat(new byte[8192]).ToArray();
        await File.WriteAllBytesAsync(_target.DatabasePath, content);

        var error = await Assert.ThrowsAsync<StorageException>(() => _target.OpenAsync(_target.Options(_time)));
        Assert.Contains("is not a readable AsterBot database", error.Message);
        Assert.Equal(content, await File.ReadAllBytesAsync(_target.DatabasePath));
    }

    [Fact]
    public async Task A_damaged_database_is_refused_without_being_rewritten()
    {
        await using (var store = await _target.OpenAsync(_target.Options(_time)))
            await store.Users.CreateAsync("alice", null);
        var bytes = await File.ReadAllBytesAsync(_target.DatabasePath);
        // Overwrite the page-1 b-tree header and beyond with noise; the 100-byte file header stays valid.
        Random.Shared.NextBytes(bytes.AsSpan(100, Math.Min(4000, bytes.Length - 100)));
        await File.WriteAllBytesAsync(_target.DatabasePath, bytes);

        var error = await Assert.ThrowsAsync<StorageException>(() => _target.OpenAsync(_target.Options(_time)));
        Assert.Contains("is not a readable AsterBot database", error.Message);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_target.DatabasePath));
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var path = Path.Combine(_target.Folder, "no-such-folder", "asterbot.db");
        var error = await Assert.ThrowsAsync<StorageException>(() => AsterStore.OpenSqliteAsync(path, _target.Options(_time)));
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public async Task The_default_options_keep_the_key_file_next_to_the_database()
    {
        var options = StoreOptions.NextToDatabase(_target.DatabasePath, _time);
        Assert.Equal(Path.Combine(_target.Folder, "asterbot.key"), options.SecretKeys.KeyFilePath);
        await using var store = await AsterStore.OpenSqliteAsync(_target.DatabasePath, options with
        {
            SecretKeys = new SecretKeySource(options.SecretKeys.KeyFilePath, _ => null),
        });
        Assert.True(File.Exists(options.SecretKeys.KeyFilePath));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _target.DisposeAsync();
}
