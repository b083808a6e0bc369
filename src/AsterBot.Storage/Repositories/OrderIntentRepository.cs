using System.Data.Common;
using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>
/// Order intents and their exchange state. The client order id is unique per owner and slot, and state changes are
/// compare-and-set (UPDATE … WHERE state = expected) so two workers cannot both advance the same order.
/// </summary>
public sealed class OrderIntentRepository
{
    private const string Columns = "id, owner_id, slot_id, client_order_id, market, symbol, side, order_type, quantity, price, state, " +
        "exchange_order_id, reason, created_at_ms, updated_at_ms";
    private readonly SqlRunner _sql;
    private readonly TimeProvider _time;

    internal OrderIntentRepository(SqlRunner sql, TimeProvider time) => (_sql, _time) = (sql, time);

    /// <summary>Writes a new intent in state Intended; null if this client order id is already used on the slot.</summary>
    public async Task<OrderIntent?> TryRecordAsync(OwnerId owner, NewOrderIntent intent, CancellationToken ct = default)
    {
        var d = _sql.Dialect;
        try
        {
            var rows = await _sql.QueryAsync(
                "INSERT INTO order_intents (owner_id, slot_id, client_order_id, market, symbol, side, order_type, quantity, price, state, " +
                "created_at_ms, updated_at_ms) VALUES (@o, @s, @c, @m, @sym, @side, @t, @q, @p, @st, @at, @at) " +
                $"ON CONFLICT (owner_id, slot_id, client_order_id) DO NOTHING RETURNING {Columns}", Read, ct,
                ("@o", owner.Value), ("@s", intent.SlotId), ("@c", intent.ClientOrderId), ("@m", intent.Market.ToString()),
                ("@sym", intent.Symbol), ("@side", intent.Side.ToString()), ("@t", intent.Type.ToString()), ("@q", d.Money(intent.Quantity)),
                ("@p", intent.Price is { } price ? d.Money(price) : null), ("@st", OrderIntentState.Intended.ToString()),
                ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds()));
            return rows.SingleOrDefault();
        }
        catch (DbException e) when (d.IsForeignKeyViolation(e))
        {
            throw SlotReference.Missing(owner, intent.SlotId, e);
        }
    }

    public Task<OrderIntent?> GetAsync(OwnerId owner, long slotId, string clientOrderId, CancellationToken ct = default) =>
        _sql.QuerySingleAsync($"SELECT {Columns} FROM order_intents WHERE owner_id = @o AND slot_id = @s AND client_order_id = @c",
            Read, ct, ("@o", owner.Value), ("@s", slotId), ("@c", clientOrderId));

    /// <summary>Intents not yet final: what the engine reconciles with the exchange after a restart.</summary>
    public Task<List<OrderIntent>> ListOpenAsync(OwnerId owner, long slotId, CancellationToken ct = default) =>
        _sql.QueryAsync($"SELECT {Columns} FROM order_intents WHERE owner_id = @o AND slot_id = @s " +
            "AND state NOT IN ('Filled', 'Canceled', 'Rejected') ORDER BY id", Read, ct, ("@o", owner.Value), ("@s", slotId));

    /// <summary>
    /// Moves an intent from <paramref name="from"/> to <paramref name="to"/>; false if it is no longer in
    /// <paramref name="from"/> (someone else moved it) or does not exist for this owner.
    /// </summary>
    public async Task<bool> MoveAsync(OwnerId owner, long slotId, string clientOrderId, OrderIntentState from, OrderIntentState to,
        long? exchangeOrderId = null, string? reason = null, CancellationToken ct = default)
    {
        if (!OrderIntentStates.CanMove(from, to))
            throw new InvalidOperationException($"An order intent cannot go from {from} to {to}.");
        return await _sql.ExecuteAsync(
            "UPDATE order_intents SET state = @to, exchange_order_id = COALESCE(@x, exchange_order_id), reason = COALESCE(@r, reason), " +
            "updated_at_ms = @at WHERE owner_id = @o AND slot_id = @s AND client_order_id = @c AND state = @from", ct,
            ("@to", to.ToString()), ("@x", exchangeOrderId), ("@r", reason), ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds()),
            ("@o", owner.Value), ("@s", slotId), ("@c", clientOrderId), ("@from", from.ToString())) > 0;
    }

    private OrderIntent Read(DbDataReader r) => new(r.GetInt64(0), new OwnerId(r.GetInt64(1)), r.GetInt64(2), r.GetString(3),
        Enum.Parse<Market>(r.GetString(4)), r.GetString(5), Enum.Parse<OrderSide>(r.GetString(6)), Enum.Parse<OrderType>(r.GetString(7)),
        _sql.Dialect.ReadMoney(r, 8), r.IsDBNull(9) ? null : _sql.Dialect.ReadMoney(r, 9), Enum.Parse<OrderIntentState>(r.GetString(10)),
        r.IsDBNull(11) ? null : r.GetInt64(11), r.IsDBNull(12) ? null : r.GetString(12), r.GetInt64(13), r.GetInt64(14));
}
