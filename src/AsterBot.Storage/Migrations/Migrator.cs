using System.Data.Common;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Migrations;

/// <summary>
/// Brings a database to <see cref="Schema.LatestVersion"/> at start-up: all pending migrations in one transaction,
/// under the provider's write/advisory lock, so two processes starting together apply each step exactly once.
/// A database from a newer AsterBot is refused untouched.
/// </summary>
internal static class Migrator
{
    public static async Task ApplyAsync(SqlDialect dialect, CancellationToken ct)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(ct);
            await using var tx = await dialect.BeginWriteAsync(connection, ct);
            await dialect.LockForMigrationAsync(connection, tx, ct);
            await ExecuteAsync(connection, tx,
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL)", ct);
            var current = await CurrentVersionAsync(connection, tx, ct);
            if (current > Schema.LatestVersion)
                throw new StorageException(
                    $"This database was written by a newer AsterBot (schema {current} > {Schema.LatestVersion}); upgrade AsterBot or restore a backup.");
            foreach (var migration in Schema.Migrations.Where(m => m.Version > current))
            {
                await ExecuteAsync(connection, tx, dialect.Render(migration.Sql), ct);
                await ExecuteAsync(connection, tx,
                    $"INSERT INTO schema_version (version, description) VALUES ({migration.Version}, @d)", ct, migration.Description);
            }
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (dialect.Explain(e) is { } clear) { throw clear; }
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken ct, string? description = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        if (description is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@d";
            parameter.Value = description;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(ct);
    }
}
