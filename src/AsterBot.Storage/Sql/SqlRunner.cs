using System.Data.Common;

namespace AsterBot.Storage.Sql;

/// <summary>
/// Runs parameterised SQL either on a fresh pooled connection per call, or inside one open transaction (the
/// store's unit of work). Repositories only see this, so the same repository code serves both.
/// </summary>
internal sealed class SqlRunner
{
    private readonly DbConnection? _connection;
    private readonly DbTransaction? _transaction;

    public SqlRunner(SqlDialect dialect) => Dialect = dialect;

    private SqlRunner(SqlDialect dialect, DbConnection connection, DbTransaction transaction)
    {
        Dialect = dialect;
        _connection = connection;
        _transaction = transaction;
    }

    public SqlDialect Dialect { get; }

    public Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        UseAsync(async (connection, tx) =>
        {
            await using var command = Command(connection, tx, sql, parameters);
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    public Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct,
        params (string Name, object? Value)[] parameters) =>
        UseAsync(async (connection, tx) =>
        {
            await using var command = Command(connection, tx, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct)) rows.Add(map(reader));
            return rows;
        }, ct);

    public async Task<T?> QuerySingleAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct,
        params (string Name, object? Value)[] parameters) where T : class =>
        (await QueryAsync(sql, map, ct, parameters)).SingleOrDefault();

    /// <summary>Runs <paramref name="work"/> in one write transaction (or in the current one, if already inside).</summary>
    public async Task<T> InTransactionAsync<T>(Func<SqlRunner, Task<T>> work, CancellationToken ct)
    {
        if (_transaction is not null) return await work(this);
        try
        {
            await using var connection = await Dialect.OpenAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            var result = await work(new SqlRunner(Dialect, connection, tx));
            await tx.CommitAsync(ct);
            return result;
        }
        catch (DbException e) when (Dialect.Explain(e) is { } clear) { throw clear; }
    }

    private async Task<T> UseAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken ct)
    {
        if (_connection is not null) return await work(_connection, _transaction);
        try
        {
            await using var connection = await Dialect.OpenAsync(ct);
            return await work(connection, null);
        }
        catch (DbException e) when (Dialect.Explain(e) is { } clear) { throw clear; }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
