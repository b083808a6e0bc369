using System.Data.Common;
using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>Position snapshots over time; the latest one per symbol is what the dashboard and risk checks start from.</summary>
public sealed class PositionRepository
{
    private const string Columns = "slot_id, market, symbol, quantity, entry_price, taken_at_ms";
    private readonly SqlRunner _sql;

    internal PositionRepository(SqlRunner sql) => _sql = sql;

    public async Task SaveAsync(OwnerId owner, PositionSnapshot snapshot, CancellationToken ct = default)
    {
        var d = _sql.Dialect;
        try
        {
            await _sql.ExecuteAsync(
                $"INSERT INTO position_snapshots (owner_id, {Columns}) VALUES (@o, @s, @m, @sym, @q, @e, @at)", ct,
                ("@o", owner.Value), ("@s", snapshot.SlotId), ("@m", snapshot.Market.ToString()), ("@sym", snapshot.Symbol),
                ("@q", d.Money(snapshot.Quantity)), ("@e", d.Money(snapshot.EntryPrice)), ("@at", snapshot.TakenAtMs));
        }
        catch (DbException e) when (d.IsForeignKeyViolation(e))
        {
            throw SlotReference.Missing(owner, snapshot.SlotId, e);
        }
    }

    public Task<PositionSnapshot?> LatestAsync(OwnerId owner, long slotId, Market market, string symbol, CancellationToken ct = default) =>
        _sql.QuerySingleAsync(
            $"SELECT {Columns} FROM position_snapshots WHERE owner_id = @o AND slot_id = @s AND market = @m AND symbol = @sym " +
            "ORDER BY taken_at_ms DESC, id DESC LIMIT 1", Read, ct,
            ("@o", owner.Value), ("@s", slotId), ("@m", market.ToString()), ("@sym", symbol));

    private PositionSnapshot Read(DbDataReader r) => new(r.GetInt64(0), Enum.Parse<Market>(r.GetString(1)), r.GetString(2),
        _sql.Dialect.ReadMoney(r, 3), _sql.Dialect.ReadMoney(r, 4), r.GetInt64(5));
}
