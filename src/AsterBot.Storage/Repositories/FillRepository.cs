using System.Data.Common;
using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>Executions. The exchange trade id makes a fill unique, so the same fill from REST and the stream counts once.</summary>
public sealed class FillRepository
{
    private readonly SqlRunner _sql;

    internal FillRepository(SqlRunner sql) => _sql = sql;

    /// <summary>Stores the fill; false if it was already recorded.</summary>
    public async Task<bool> TryRecordAsync(OwnerId owner, Fill fill, CancellationToken ct = default)
    {
        var d = _sql.Dialect;
        try
        {
            return await _sql.ExecuteAsync(
                "INSERT INTO fills (owner_id, slot_id, client_order_id, market, symbol, trade_id, price, quantity, fee, fee_asset, filled_at_ms) " +
                "VALUES (@o, @s, @c, @m, @sym, @t, @p, @q, @f, @fa, @at) ON CONFLICT (owner_id, slot_id, market, symbol, trade_id) DO NOTHING", ct,
                ("@o", owner.Value), ("@s", fill.SlotId), ("@c", fill.ClientOrderId), ("@m", fill.Market.ToString()), ("@sym", fill.Symbol),
                ("@t", fill.TradeId), ("@p", d.Money(fill.Price)), ("@q", d.Money(fill.Quantity)), ("@f", d.Money(fill.Fee)),
                ("@fa", fill.FeeAsset), ("@at", fill.FilledAtMs)) > 0;
        }
        catch (DbException e) when (d.IsForeignKeyViolation(e))
        {
            throw SlotReference.Missing(owner, fill.SlotId, e);
        }
    }

    public Task<List<Fill>> ListForOrderAsync(OwnerId owner, long slotId, string clientOrderId, CancellationToken ct = default) =>
        _sql.QueryAsync(
            "SELECT slot_id, client_order_id, market, symbol, trade_id, price, quantity, fee, fee_asset, filled_at_ms FROM fills " +
            "WHERE owner_id = @o AND slot_id = @s AND client_order_id = @c ORDER BY filled_at_ms, trade_id", Read, ct,
            ("@o", owner.Value), ("@s", slotId), ("@c", clientOrderId));

    private Fill Read(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), Enum.Parse<Market>(r.GetString(2)), r.GetString(3),
        r.GetInt64(4), _sql.Dialect.ReadMoney(r, 5), _sql.Dialect.ReadMoney(r, 6), _sql.Dialect.ReadMoney(r, 7), r.GetString(8), r.GetInt64(9));
}
