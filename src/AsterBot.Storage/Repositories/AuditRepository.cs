using System.Data.Common;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>Append-only record of who changed what. Details must never contain secrets.</summary>
public sealed class AuditRepository
{
    private readonly SqlRunner _sql;
    private readonly TimeProvider _time;

    internal AuditRepository(SqlRunner sql, TimeProvider time) => (_sql, _time) = (sql, time);

    public Task AppendAsync(OwnerId owner, string actor, string action, string detail, CancellationToken ct = default) =>
        _sql.ExecuteAsync("INSERT INTO audit_log (owner_id, actor, action, detail, at_ms) VALUES (@o, @a, @ac, @d, @at)", ct,
            ("@o", owner.Value), ("@a", actor), ("@ac", action), ("@d", detail), ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds()));

    public Task<List<AuditEntry>> ListRecentAsync(OwnerId owner, int limit, CancellationToken ct = default) =>
        _sql.QueryAsync("SELECT id, actor, action, detail, at_ms FROM audit_log WHERE owner_id = @o ORDER BY id DESC LIMIT @l",
            Read, ct, ("@o", owner.Value), ("@l", limit));

    private static AuditEntry Read(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4));
}
