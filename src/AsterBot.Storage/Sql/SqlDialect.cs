using System.Data.Common;

namespace AsterBot.Storage.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL: column types in the schema, how money travels (TEXT vs numeric),
/// how a write transaction takes its lock, and how driver errors become messages a user can act on.
/// </summary>
internal abstract class SqlDialect
{
    public abstract string Name { get; }

    /// <summary>Replaces the schema tokens {ID}, {MONEY} and {BLOB} with this provider's column types.</summary>
    public string Render(string schemaSql) => schemaSql
        .Replace("{ID}", IdentityColumn, StringComparison.Ordinal)
        .Replace("{MONEY}", MoneyType, StringComparison.Ordinal)
        .Replace("{BLOB}", BlobType, StringComparison.Ordinal);

    protected abstract string IdentityColumn { get; }
    protected abstract string MoneyType { get; }
    protected abstract string BlobType { get; }

    public abstract object Money(decimal value);

    public abstract decimal ReadMoney(DbDataReader reader, int ordinal);

    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Begins a transaction that already holds the write lock, so two writers queue instead of deadlocking.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>
    /// The statement that takes the cross-process lock serialising schema migration inside a write transaction, or
    /// null when <see cref="BeginWriteAsync"/> already excludes every other process.
    /// </summary>
    public abstract string? MigrationLockSql { get; }

    /// <summary>One-time settings of the database itself, applied after the schema is current.</summary>
    public virtual Task ConfigureAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>A clearer exception for a driver error, or null to let the original through.</summary>
    public abstract StorageException? Explain(DbException error);

    public abstract bool IsUniqueViolation(DbException error);

    public abstract bool IsForeignKeyViolation(DbException error);
}
