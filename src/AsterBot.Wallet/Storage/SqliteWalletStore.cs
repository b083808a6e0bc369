using System.Globalization;
using System.Numerics;
using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using Microsoft.Data.Sqlite;

namespace AsterBot.Wallet.Storage;

/// <summary>
/// <see cref="IWalletStore"/> on a SQLite file. Every multi-row change runs in one IMMEDIATE transaction, so
/// concurrent processes on the same file serialise instead of interleaving (SQLite retries while the file is busy).
/// </summary>
public sealed class SqliteWalletStore : IWalletStore
{
    private readonly string _connectionString;

    private SqliteWalletStore(string connectionString) => _connectionString = connectionString;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its wallet tables up to date.</summary>
    public static SqliteWalletStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var store = new SqliteWalletStore(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString());
        using var connection = store.Connect();
        // WAL lets the watcher write while a CLI reads; it is a property of the file, set once.
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL";
            wal.ExecuteNonQuery();
        }
        WalletSchema.Apply(connection);
        return store;
    }

    public async Task<DepositAddress> GetOrIssueDepositAddressAsync(string sourceId, string ownerId,
        Func<uint, AddressKey> derive, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = Connect();
        await using var tx = connection.BeginTransaction();
        var existing = await QueryAsync(connection, tx, ReadDepositAddress,
            "SELECT idx, address, owner_id, issued_at FROM wallet_deposit_addresses WHERE source_id = $s AND owner_id = $o",
            ct, ("$s", sourceId), ("$o", ownerId));
        if (existing.Count > 0) return existing[0];

        var next = await ScalarAsync(connection, tx,
            "SELECT next_index FROM wallet_deposit_counters WHERE source_id = $s", ct, ("$s", sourceId)) is long n ? n : 0L;
        if (next >= 0x8000_0000L)
            throw new InvalidOperationException("All 2^31 non-hardened deposit indexes of this xpub are issued; configure a new account xpub.");
        var index = (uint)next;
        var issued = new DepositAddress(index, derive(index), ownerId, now);
        await ExecuteAsync(connection, tx,
            "INSERT INTO wallet_deposit_counters (source_id, next_index) VALUES ($s, $n) " +
            "ON CONFLICT (source_id) DO UPDATE SET next_index = excluded.next_index", ct, ("$s", sourceId), ("$n", next + 1));
        await ExecuteAsync(connection, tx,
            "INSERT INTO wallet_deposit_addresses (source_id, idx, address, owner_id, issued_at) VALUES ($s, $i, $a, $o, $t)", ct,
            ("$s", sourceId), ("$i", (long)index), ("$a", issued.Address.ToString()), ("$o", ownerId), ("$t", ToUnixMs(issued.IssuedAt)));
        await tx.CommitAsync(ct);
        return issued;
    }

    public async Task<IReadOnlyList<DepositAddress>> ListDepositAddressesAsync(string sourceId, uint fromIndex, CancellationToken ct)
    {
        await using var connection = Connect();
        return await QueryAsync(connection, null, ReadDepositAddress,
            "SELECT idx, address, owner_id, issued_at FROM wallet_deposit_addresses WHERE source_id = $s AND idx >= $i ORDER BY idx",
            ct, ("$s", sourceId), ("$i", (long)fromIndex));
    }

    public async Task InsertSessionAsync(VerificationSession s, CancellationToken ct)
    {
        await using var connection = Connect();
        await ExecuteAsync(connection, null,
            "INSERT INTO wallet_sessions (id, owner_id, claimed_wallet, deposit_address, deposit_index, amount_wei, confirmations, " +
            "created_at, expires_at, status, verified_tx, verified_at) VALUES ($id, $o, $w, $a, $i, $amt, $c, $cr, $ex, $st, NULL, NULL)", ct,
            ("$id", s.Id), ("$o", s.OwnerId), ("$w", s.ClaimedWallet.ToString()), ("$a", s.DepositAddress.ToString()),
            ("$i", (long)s.DepositIndex), ("$amt", s.AmountWei.ToString(CultureInfo.InvariantCulture)), ("$c", (long)s.RequiredConfirmations),
            ("$cr", ToUnixMs(s.CreatedAt)), ("$ex", ToUnixMs(s.ExpiresAt)), ("$st", s.Status.ToString()));
    }

    public async Task<VerificationSession?> FindSessionAsync(string sessionId, CancellationToken ct)
    {
        await using var connection = Connect();
        var found = await QueryAsync(connection, null, ReadSession,
            "SELECT id, owner_id, claimed_wallet, deposit_address, deposit_index, amount_wei, confirmations, created_at, " +
            "expires_at, status, verified_tx, verified_at FROM wallet_sessions WHERE id = $id", ct, ("$id", sessionId));
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<ObservedTransfer>> FindTransfersToAsync(AddressKey depositAddress, CancellationToken ct)
    {
        await using var connection = Connect();
        return await QueryAsync(connection, null, r => new ObservedTransfer(ReadTransfer(r), r.IsDBNull(7) ? null : r.GetString(7)),
            "SELECT t.tx_hash, t.from_address, t.to_address, t.value_wei, t.block_number, t.block_hash, t.block_timestamp, u.session_id " +
            "FROM wallet_transfers t LEFT JOIN wallet_used_transfers u ON u.tx_hash = t.tx_hash " +
            "WHERE t.to_address = $a ORDER BY t.block_number", ct, ("$a", depositAddress.ToString()));
    }

    public async Task<bool> TryMarkVerifiedAsync(string sessionId, string transactionHash, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = Connect();
        await using var tx = connection.BeginTransaction();
        var inserted = await ExecuteAsync(connection, tx,
            "INSERT INTO wallet_used_transfers (tx_hash, session_id) VALUES ($h, $s) ON CONFLICT DO NOTHING", ct,
            ("$h", transactionHash), ("$s", sessionId));
        if (inserted == 0) return false;
        await ExecuteAsync(connection, tx,
            "UPDATE wallet_sessions SET status = $st, verified_tx = $h, verified_at = $t WHERE id = $s", ct,
            ("$st", nameof(SessionStatus.Verified)), ("$h", transactionHash), ("$t", ToUnixMs(at)), ("$s", sessionId));
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task MarkExpiredAsync(string sessionId, CancellationToken ct)
    {
        await using var connection = Connect();
        await ExecuteAsync(connection, null, "UPDATE wallet_sessions SET status = $st WHERE id = $s AND status = $pending", ct,
            ("$st", nameof(SessionStatus.Expired)), ("$s", sessionId), ("$pending", nameof(SessionStatus.Pending)));
    }

    public async Task<IReadOnlyList<BlockRef>> LoadRecentBlocksAsync(CancellationToken ct)
    {
        await using var connection = Connect();
        var newestFirst = await QueryAsync(connection, null, ReadBlock,
            "SELECT number, hash, timestamp FROM wallet_blocks ORDER BY number DESC LIMIT 1000", ct);
        return newestFirst.AsEnumerable().Reverse().ToList();
    }

    public async Task<bool> CommitBlockAsync(BlockRef? expectedTip, BlockRef block, IReadOnlyList<MatchedTransfer> matches,
        int keepBlocks, CancellationToken ct)
    {
        await using var connection = Connect();
        await using var tx = connection.BeginTransaction();
        var tips = await QueryAsync(connection, tx, ReadBlock,
            "SELECT number, hash, timestamp FROM wallet_blocks ORDER BY number DESC LIMIT 1", ct);
        BlockRef? tip = tips.Count > 0 ? tips[0] : null;
        if (tip?.Number != expectedTip?.Number || tip?.Hash != expectedTip?.Hash) return false;

        await ExecuteAsync(connection, tx, "INSERT INTO wallet_blocks (number, hash, timestamp) VALUES ($n, $h, $t)", ct,
            ("$n", (long)block.Number), ("$h", block.Hash), ("$t", block.Timestamp.ToUnixTimeSeconds()));
        foreach (var m in matches)
        {
            await ExecuteAsync(connection, tx,
                "INSERT INTO wallet_transfers (tx_hash, from_address, to_address, value_wei, block_number, block_hash, block_timestamp) " +
                "VALUES ($h, $f, $to, $v, $n, $bh, $bt)", ct,
                ("$h", m.TransactionHash), ("$f", m.From.ToString()), ("$to", m.To.ToString()),
                ("$v", m.ValueWei.ToString(CultureInfo.InvariantCulture)), ("$n", (long)m.BlockNumber), ("$bh", m.BlockHash),
                ("$bt", m.BlockTimestamp.ToUnixTimeSeconds()));
        }
        await ExecuteAsync(connection, tx, "DELETE FROM wallet_blocks WHERE number < $keepFrom", ct,
            ("$keepFrom", (long)block.Number - keepBlocks + 1));
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<int> RewindAsync(ulong lastGoodBlock, CancellationToken ct)
    {
        await using var connection = Connect();
        await using var tx = connection.BeginTransaction();
        await ExecuteAsync(connection, tx, "DELETE FROM wallet_transfers WHERE block_number > $n", ct, ("$n", (long)lastGoodBlock));
        var dropped = await ExecuteAsync(connection, tx, "DELETE FROM wallet_blocks WHERE number > $n", ct, ("$n", (long)lastGoodBlock));
        await tx.CommitAsync(ct);
        return dropped;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static DepositAddress ReadDepositAddress(SqliteDataReader r) =>
        new((uint)r.GetInt64(0), AddressKey.Parse(r.GetString(1), "deposit address"), r.GetString(2), FromUnixMs(r.GetInt64(3)));

    private static BlockRef ReadBlock(SqliteDataReader r) =>
        new((ulong)r.GetInt64(0), r.GetString(1), DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(2)));

    private static MatchedTransfer ReadTransfer(SqliteDataReader r) => new(
        r.GetString(0), AddressKey.Parse(r.GetString(1), "from"), AddressKey.Parse(r.GetString(2), "to"),
        BigInteger.Parse(r.GetString(3), CultureInfo.InvariantCulture), (ulong)r.GetInt64(4), r.GetString(5),
        DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(6)));

    private static VerificationSession ReadSession(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), AddressKey.Parse(r.GetString(2), "claimed wallet"), AddressKey.Parse(r.GetString(3), "deposit address"),
        (uint)r.GetInt64(4), BigInteger.Parse(r.GetString(5), CultureInfo.InvariantCulture), (int)r.GetInt64(6),
        FromUnixMs(r.GetInt64(7)), FromUnixMs(r.GetInt64(8)), Enum.Parse<SessionStatus>(r.GetString(9)),
        r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : FromUnixMs(r.GetInt64(11)));

    private static long ToUnixMs(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, SqliteTransaction? tx, Func<SqliteDataReader, T> read,
        string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
