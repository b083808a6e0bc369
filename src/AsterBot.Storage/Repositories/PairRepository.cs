using System.Data.Common;
using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>Traded pairs with their strategy configuration. A pair can only use a slot of the same owner (foreign key).</summary>
public sealed class PairRepository
{
    private const string Columns = "id, owner_id, slot_id, market, symbol, strategy, config_json, enabled, created_at_ms, updated_at_ms";
    private readonly SqlRunner _sql;
    private readonly TimeProvider _time;

    internal PairRepository(SqlRunner sql, TimeProvider time) => (_sql, _time) = (sql, time);

    public async Task<Pair> AddAsync(OwnerId owner, NewPair pair, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            return (await _sql.QueryAsync(
                "INSERT INTO pairs (owner_id, slot_id, market, symbol, strategy, config_json, enabled, created_at_ms, updated_at_ms) " +
                $"VALUES (@o, @s, @m, @sym, @st, @c, @e, @at, @at) RETURNING {Columns}", Read, ct,
                ("@o", owner.Value), ("@s", pair.SlotId), ("@m", pair.Market.ToString()), ("@sym", pair.Symbol),
                ("@st", pair.Strategy), ("@c", pair.ConfigJson), ("@e", pair.Enabled ? 1 : 0), ("@at", now)))[0];
        }
        catch (DbException e) when (_sql.Dialect.IsUniqueViolation(e))
        {
            throw new StorageException($"{pair.Symbol} ({pair.Market}) is already a pair on slot {pair.SlotId}; update it instead.", e);
        }
        catch (DbException e) when (_sql.Dialect.IsForeignKeyViolation(e))
        {
            throw SlotReference.Missing(owner, pair.SlotId, e);
        }
    }

    public Task<Pair?> GetAsync(OwnerId owner, long pairId, CancellationToken ct = default) =>
        _sql.QuerySingleAsync($"SELECT {Columns} FROM pairs WHERE owner_id = @o AND id = @id", Read, ct,
            ("@o", owner.Value), ("@id", pairId));

    public Task<List<Pair>> ListAsync(OwnerId owner, CancellationToken ct = default) =>
        _sql.QueryAsync($"SELECT {Columns} FROM pairs WHERE owner_id = @o ORDER BY id", Read, ct, ("@o", owner.Value));

    /// <summary>Changes the strategy, its configuration and the enabled flag; false if the owner has no such pair.</summary>
    public async Task<bool> UpdateStrategyAsync(OwnerId owner, long pairId, string strategy, string configJson, bool enabled,
        CancellationToken ct = default) =>
        await _sql.ExecuteAsync(
            "UPDATE pairs SET strategy = @st, config_json = @c, enabled = @e, updated_at_ms = @at WHERE owner_id = @o AND id = @id", ct,
            ("@st", strategy), ("@c", configJson), ("@e", enabled ? 1 : 0), ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds()),
            ("@o", owner.Value), ("@id", pairId)) > 0;

    public async Task<bool> DeleteAsync(OwnerId owner, long pairId, CancellationToken ct = default) =>
        await _sql.ExecuteAsync("DELETE FROM pairs WHERE owner_id = @o AND id = @id", ct, ("@o", owner.Value), ("@id", pairId)) > 0;

    private static Pair Read(DbDataReader r) => new(r.GetInt64(0), new OwnerId(r.GetInt64(1)), r.GetInt64(2),
        Enum.Parse<Market>(r.GetString(3)), r.GetString(4), r.GetString(5), r.GetString(6), r.GetInt32(7) != 0, r.GetInt64(8), r.GetInt64(9));
}
