using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AsterBot.Storage.Sql;

/// <summary>SQLite: money as exact decimal TEXT, writers serialised by BEGIN IMMEDIATE with a busy timeout.</summary>
internal sealed class SqliteDialect : SqlDialect, IAsyncDisposable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private const int SqliteConstraint = 19;

    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;

    public SqliteDialect(string path, TimeSpan busyTimeout)
    {
        FilePath = Path.GetFullPath(path);
        _busyTimeout = busyTimeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString();
    }

    public string FilePath { get; }

    public override string Name => "SQLite";
    protected override string IdentityColumn => "INTEGER PRIMARY KEY";
    protected override string MoneyType => "TEXT";
    protected override string BlobType => "BLOB";

    public override object Money(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public override decimal ReadMoney(DbDataReader reader, int ordinal) =>
        decimal.Parse(reader.GetString(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // deferred: false makes Microsoft.Data.Sqlite issue BEGIN IMMEDIATE: the write lock is taken up front, so two
    // writers queue on the busy timeout instead of both reading and then failing to upgrade their locks.
    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // WAL lets readers (dashboard, CLI) work while the engine writes; it is a property of the file, kept once set.
    public override async Task ConfigureAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        await command.ExecuteNonQueryAsync(ct);
    }

    // BEGIN IMMEDIATE already excludes every other writer of the file.
    public override string? MigrationLockSql => null;

    public override StorageException? Explain(DbException error) => error is not SqliteException sqlite ? null : sqlite.SqliteErrorCode switch
    {
        SqliteBusy or SqliteLocked => new StorageException(
            $"The database file {FilePath} is locked by another process (waited {_busyTimeout.TotalSeconds:0.#} s). " +
            "Stop the other program using it (another AsterBot, a sqlite3 shell) and try again.", error),
        SqliteNotADatabase or SqliteCorrupt => new StorageException(
            $"The file {FilePath} is not a readable AsterBot database (not SQLite, or damaged). It was left untouched; " +
            "restore it from a backup or point AsterBot at another database file.", error),
        _ => null,
    };

    // Pooled connections keep the file open; a closed store lets go of it (others' pools are separate: keyed by path).
    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    public override bool IsUniqueViolation(DbException error) =>
        error is SqliteException { SqliteErrorCode: SqliteConstraint } && error.Message.Contains("UNIQUE", StringComparison.Ordinal);

    public override bool IsForeignKeyViolation(DbException error) =>
        error is SqliteException { SqliteErrorCode: SqliteConstraint } && error.Message.Contains("FOREIGN KEY", StringComparison.Ordinal);
}
