using System.Data.Common;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>Received trading signals, deduplicated by their id per owner (webhooks are retried by senders).</summary>
public sealed class SignalRepository
{
    private readonly SqlRunner _sql;

    internal SignalRepository(SqlRunner sql) => _sql = sql;

    /// <summary>Stores the signal; false if a signal with this id was already received (the caller must not act twice).</summary>
    public async Task<bool> TryRecordAsync(OwnerId owner, Signal signal, CancellationToken ct = default) =>
        await _sql.ExecuteAsync(
            "INSERT INTO signals (owner_id, signal_id, source, payload, received_at_ms) VALUES (@o, @id, @src, @p, @at) " +
            "ON CONFLICT (owner_id, signal_id) DO NOTHING", ct,
            ("@o", owner.Value), ("@id", signal.SignalId), ("@src", signal.Source), ("@p", signal.Payload), ("@at", signal.ReceivedAtMs)) > 0;

    public Task<List<Signal>> ListRecentAsync(OwnerId owner, int limit, CancellationToken ct = default) =>
        _sql.QueryAsync("SELECT signal_id, source, payload, received_at_ms FROM signals WHERE owner_id = @o ORDER BY id DESC LIMIT @l",
            Read, ct, ("@o", owner.Value), ("@l", limit));

    private static Signal Read(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3));
}
