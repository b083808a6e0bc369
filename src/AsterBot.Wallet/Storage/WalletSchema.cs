using Microsoft.Data.Sqlite;

namespace AsterBot.Wallet.Storage;

/// <summary>
/// The wallet tables, versioned forward-only: migration N turns version N-1 into version N and is never edited
/// once released. A database newer than this code is refused instead of being written with an older layout.
/// </summary>
internal static class WalletSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE wallet_deposit_counters (
            source_id   TEXT PRIMARY KEY,
            next_index  INTEGER NOT NULL);
        CREATE TABLE wallet_deposit_addresses (
            source_id   TEXT NOT NULL,
            idx         INTEGER NOT NULL,
            address     TEXT NOT NULL UNIQUE,
            owner_id    TEXT NOT NULL,
            issued_at   INTEGER NOT NULL,
            PRIMARY KEY (source_id, idx),
            UNIQUE (source_id, owner_id));
        CREATE TABLE wallet_sessions (
            id                 TEXT PRIMARY KEY,
            owner_id           TEXT NOT NULL,
            claimed_wallet     TEXT NOT NULL,
            deposit_address    TEXT NOT NULL,
            deposit_index      INTEGER NOT NULL,
            amount_wei         TEXT NOT NULL,
            confirmations      INTEGER NOT NULL,
            created_at         INTEGER NOT NULL,
            expires_at         INTEGER NOT NULL,
            status             TEXT NOT NULL,
            verified_tx        TEXT,
            verified_at        INTEGER);
        CREATE TABLE wallet_blocks (
            number      INTEGER PRIMARY KEY,
            hash        TEXT NOT NULL,
            timestamp   INTEGER NOT NULL);
        CREATE TABLE wallet_transfers (
            tx_hash          TEXT PRIMARY KEY,
            from_address     TEXT NOT NULL,
            to_address       TEXT NOT NULL,
            value_wei        TEXT NOT NULL,
            block_number     INTEGER NOT NULL,
            block_hash       TEXT NOT NULL,
            block_timestamp  INTEGER NOT NULL);
        CREATE INDEX wallet_transfers_by_to ON wallet_transfers (to_address);
        CREATE INDEX wallet_transfers_by_block ON wallet_transfers (block_number);
        CREATE TABLE wallet_used_transfers (
            tx_hash     TEXT PRIMARY KEY,
            session_id  TEXT NOT NULL UNIQUE);
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    public static void Apply(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction(); // IMMEDIATE: two processes starting together migrate once
        Execute(connection, tx, "CREATE TABLE IF NOT EXISTS wallet_schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT MAX(version) FROM wallet_schema_version";
        var current = read.ExecuteScalar() is long v ? (int)v : 0;
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"The database's wallet tables are at schema version {current}, newer than this AsterBot understands " +
                $"({LatestVersion}). Upgrade AsterBot, or point --db at another file.");
        for (var version = current + 1; version <= LatestVersion; version++)
        {
            Execute(connection, tx, Migrations[version - 1]);
            Execute(connection, tx, $"INSERT INTO wallet_schema_version (version) VALUES ({version})");
        }
        tx.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
