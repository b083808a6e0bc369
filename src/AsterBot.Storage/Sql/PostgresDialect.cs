using System.Data.Common;
using Npgsql;

namespace AsterBot.Storage.Sql;

/// <summary>PostgreSQL: money as numeric, migrations serialised by a transaction-scoped advisory lock.</summary>
internal sealed class PostgresDialect(NpgsqlDataSource dataSource) : SqlDialect
{
    // An arbitrary constant every AsterBot process agrees on ("AsterBot" in ASCII).
    private const long MigrationLockKey = 0x41737465_72426F74;

    public override string Name => "PostgreSQL";
    protected override string IdentityColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
    protected override string MoneyType => "NUMERIC";
    protected override string BlobType => "BYTEA";

    public override object Money(decimal value) => value;

    public override decimal ReadMoney(DbDataReader reader, int ordinal) => reader.GetDecimal(ordinal);

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct);

    // Held until the migration transaction ends; a second process waits here, then sees the schema already current.
    public override string? MigrationLockSql => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";

    public override StorageException? Explain(DbException error) => error switch
    {
        NpgsqlException { InnerException: System.Net.Sockets.SocketException } => new StorageException(
            "Cannot reach the PostgreSQL server; check that it runs and that the connection string's host and port are right.", error),
        PostgresException { SqlState: "28P01" or "28000" } => new StorageException(
            "PostgreSQL refused the login; check the user name and password in the connection string.", error),
        PostgresException { SqlState: "3D000" } => new StorageException(
            "The PostgreSQL database named in the connection string does not exist; create it (createdb) first.", error),
        _ => null,
    };

    public override bool IsUniqueViolation(DbException error) => error is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override bool IsForeignKeyViolation(DbException error) => error is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };
}
