using AsterBot.Testing;
using Npgsql;

namespace AsterBot.Storage.Tests;

public sealed class PostgresTarget(PostgresServer server, string connectionString) : StoreTarget
{
    public string ConnectionString { get; } = connectionString;

    public override Task<AsterStore> OpenAsync(StoreOptions options) => AsterStore.OpenPostgresAsync(ConnectionString, options);

    public override Task<string> DumpAsync() => server.DumpAsync(ConnectionString);

    public override string[] ChildArguments => ["postgres", ConnectionString];

    // pg_dump of a database written by the v1 code, restored with psql.
    public override Task LoadV1DatabaseAsync() =>
        server.RestoreAsync(ConnectionString, Path.Combine(AppContext.BaseDirectory, "TestData", "v1-slots.pg.sql"));

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
