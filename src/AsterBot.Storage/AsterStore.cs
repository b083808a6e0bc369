using AsterBot.Storage.Migrations;
using AsterBot.Storage.Secrets;
using AsterBot.Storage.Sql;
using Npgsql;

namespace AsterBot.Storage;

/// <summary>
/// AsterBot's database: SQLite (the embedded default) or PostgreSQL, same behaviour. Opening migrates the schema
/// and loads the secret key; every repository method takes an <see cref="OwnerId"/>.
/// </summary>
public sealed class AsterStore : StoreRepositories, IAsyncDisposable
{
    private readonly SqlRunner _sql;
    private readonly SecretBox _secrets;
    private readonly TimeProvider _time;
    private readonly IAsyncDisposable _resources;

    private AsterStore(SqlRunner sql, SecretBox secrets, TimeProvider time, IAsyncDisposable resources) : base(sql, secrets, time)
    {
        _sql = sql;
        _secrets = secrets;
        _time = time;
        _resources = resources;
    }

    public string ProviderName => _sql.Dialect.Name;

    /// <summary>The key id (not the key) the store encrypts with; safe to show when diagnosing a key mismatch.</summary>
    public string SecretKeyId => _secrets.KeyIdHex;

    public static Task<AsterStore> OpenSqliteAsync(string databasePath, StoreOptions options, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(databasePath);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            throw new StorageException($"The folder {directory} for the database does not exist; create it or choose another path.");
        var dialect = new SqliteDialect(full, options.BusyTimeout);
        return OpenAsync(dialect, dialect, options, ct);
    }

    /// <summary>Opens a PostgreSQL database (it must exist; the schema is created in it).</summary>
    public static async Task<AsterStore> OpenPostgresAsync(string connectionString, StoreOptions options, CancellationToken ct = default)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        return await OpenAsync(new PostgresDialect(dataSource), dataSource, options, ct);
    }

    /// <param name="resources">What the store releases on dispose (the connection pool), also released if opening fails.</param>
    private static async Task<AsterStore> OpenAsync(SqlDialect dialect, IAsyncDisposable resources, StoreOptions options, CancellationToken ct)
    {
        try
        {
            await Migrator.ApplyAsync(dialect, ct);
            await dialect.ConfigureAsync(ct);
            var sql = new SqlRunner(dialect);
            var key = options.SecretKeys.TryLoad() ?? await CreateKeyIfNothingIsEncryptedAsync(sql, options.SecretKeys, ct);
            return new AsterStore(sql, new SecretBox(key), options.Time, resources);
        }
        catch
        {
            await resources.DisposeAsync();
            throw;
        }
    }

    // A new key is only safe when no credentials exist yet: otherwise a lost key file would be silently replaced and
    // every stored secret would become unreadable. (A count over all owners, answered as a yes/no only.)
    private static async Task<SecretKey> CreateKeyIfNothingIsEncryptedAsync(SqlRunner sql, SecretKeySource keys, CancellationToken ct)
    {
        var encrypted = await sql.QueryAsync("SELECT 1 FROM api_slots LIMIT 1", r => r.GetInt32(0), ct);
        if (encrypted.Count > 0)
            throw new SecretKeyException(
                $"The secret key is missing: neither {SecretKeySource.EnvironmentVariable} nor the key file {keys.KeyFilePath} exists, " +
                "but this database holds encrypted credentials. Restore the key file (or set the variable) and start again.");
        return keys.CreateKeyFile();
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction over the repositories it is given: all its writes commit
    /// together or not at all (e.g. an order intent and its audit entry).
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<StoreRepositories, Task<T>> work, CancellationToken ct = default) =>
        _sql.InTransactionAsync(tx => work(new StoreRepositories(tx, _secrets, _time)), ct);

    public ValueTask DisposeAsync() => _resources.DisposeAsync();
}
