using System.Globalization;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Migrations;

/// <summary>
/// Brings a database to <see cref="Schema.LatestVersion"/> at start-up: all pending migrations in one transaction,
/// under the provider's write/advisory lock, so two processes starting together apply each step exactly once.
/// A database from a newer AsterBot is refused untouched.
/// </summary>
internal static class Migrator
{
    public static Task ApplyAsync(SqlDialect dialect, CancellationToken ct) =>
        new SqlRunner(dialect).InTransactionAsync(async tx =>
        {
            if (dialect.MigrationLockSql is { } lockSql) await tx.ExecuteAsync(lockSql, ct);
            await tx.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL)", ct);
            var current = (await tx.QueryAsync("SELECT COALESCE(MAX(version), 0) FROM schema_version",
                r => Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), ct))[0];
            if (current > Schema.LatestVersion)
                throw new StorageException(
                    $"This database was written by a newer AsterBot (schema {current} > {Schema.LatestVersion}); upgrade AsterBot or restore a backup.");
            foreach (var migration in Schema.Migrations.Where(m => m.Version > current))
            {
                await tx.ExecuteAsync(dialect.Render(migration.Sql), ct);
                if (migration.MoveData is { } move) await move(tx, ct);
                await tx.ExecuteAsync("INSERT INTO schema_version (version, description) VALUES (@v, @d)", ct,
                    ("@v", migration.Version), ("@d", migration.Description));
            }
            return current;
        }, ct);
}
