namespace AsterBot.Storage.Migrations;

/// <summary>One forward-only schema step; <see cref="Sql"/> uses the {ID}/{MONEY}/{BLOB} tokens of <see cref="Sql.SqlDialect"/>.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
