using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Migrations;

/// <summary>
/// One forward-only schema step; <see cref="Sql"/> uses the {ID}/{MONEY}/{BLOB} tokens of <see cref="Sql.SqlDialect"/>.
/// <see cref="MoveData"/>, when present, runs after the SQL in the same transaction: for data that plain SQL cannot
/// convert exactly on both providers (e.g. decimals inside JSON text).
/// </summary>
internal sealed record Migration(int Version, string Description, string Sql, Func<SqlRunner, CancellationToken, Task>? MoveData = null);
