using System.Data.Common;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>An outbox of messages to the owner (Telegram, dashboard); delivery marks them so a restart does not resend.</summary>
public sealed class NotificationRepository
{
    private readonly SqlRunner _sql;
    private readonly TimeProvider _time;

    internal NotificationRepository(SqlRunner sql, TimeProvider time) => (_sql, _time) = (sql, time);

    public async Task<long> AddAsync(OwnerId owner, string channel, string text, CancellationToken ct = default) =>
        (await _sql.QueryAsync("INSERT INTO notifications (owner_id, channel, text, created_at_ms) VALUES (@o, @c, @t, @at) RETURNING id",
            r => r.GetInt64(0), ct, ("@o", owner.Value), ("@c", channel), ("@t", text), ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds())))[0];

    public Task<List<Notification>> ListUndeliveredAsync(OwnerId owner, CancellationToken ct = default) =>
        _sql.QueryAsync("SELECT id, channel, text, created_at_ms, delivered_at_ms FROM notifications " +
            "WHERE owner_id = @o AND delivered_at_ms IS NULL ORDER BY id", Read, ct, ("@o", owner.Value));

    /// <summary>Marks one notification delivered; false if it does not exist for this owner or was already delivered.</summary>
    public async Task<bool> MarkDeliveredAsync(OwnerId owner, long notificationId, CancellationToken ct = default) =>
        await _sql.ExecuteAsync("UPDATE notifications SET delivered_at_ms = @at WHERE owner_id = @o AND id = @id AND delivered_at_ms IS NULL", ct,
            ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds()), ("@o", owner.Value), ("@id", notificationId)) > 0;

    private static Notification Read(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt64(4));
}
