using System.Data.Common;
using AsterBot.Storage.Model;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>Owners. Creating one is the only store call without an <see cref="OwnerId"/>: it makes the id.</summary>
public sealed class UserRepository
{
    private const string Columns = "id, display_name, telegram_user_id, created_at_ms";
    private readonly SqlRunner _sql;
    private readonly TimeProvider _time;

    internal UserRepository(SqlRunner sql, TimeProvider time) => (_sql, _time) = (sql, time);

    public async Task<User> CreateAsync(string displayName, long? telegramUserId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var rows = await _sql.QueryAsync(
            $"INSERT INTO users (display_name, telegram_user_id, created_at_ms) VALUES (@n, @t, @at) RETURNING {Columns}",
            Read, ct, ("@n", displayName), ("@t", telegramUserId), ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds()));
        return rows[0];
    }

    public Task<User?> GetAsync(OwnerId owner, CancellationToken ct = default) =>
        _sql.QuerySingleAsync($"SELECT {Columns} FROM users WHERE id = @o", Read, ct, ("@o", owner.Value));

    /// <summary>The hosted bot's login: which owner a Telegram user is, if registered.</summary>
    public Task<User?> FindByTelegramIdAsync(long telegramUserId, CancellationToken ct = default) =>
        _sql.QuerySingleAsync($"SELECT {Columns} FROM users WHERE telegram_user_id = @t", Read, ct, ("@t", telegramUserId));

    private static User Read(DbDataReader r) =>
        new(new OwnerId(r.GetInt64(0)), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.GetInt64(3));
}
