using System.Data.Common;
using AsterBot.Storage.Model;
using AsterBot.Storage.Secrets;
using AsterBot.Storage.Sql;

namespace AsterBot.Storage.Repositories;

/// <summary>
/// API credential slots. The secret is sealed with the owner bound as associated data, and a change of fields plus
/// credentials (and its audit entry) is one transaction: a crash leaves either the old slot or the new one.
/// </summary>
public sealed class ApiSlotRepository
{
    private const string SettingsColumns = "exchange, network, maker_fee, taker_fee, processing_delay_s, rate_limit_ms, archived, allow_withdrawals";
    private const string SettingsParameters = "@ex, @net, @mf, @tf, @d, @rl, @ar, @aw";
    private const string Columns = "id, owner_id, name, kind, public_key, created_at_ms, updated_at_ms, " + SettingsColumns;
    private readonly SqlRunner _sql;
    private readonly SecretBox _secrets;
    private readonly TimeProvider _time;

    internal ApiSlotRepository(SqlRunner sql, SecretBox secrets, TimeProvider time) => (_sql, _secrets, _time) = (sql, secrets, time);

    public async Task<ApiSlot> AddAsync(OwnerId owner, ApiSlotFields fields, CancellationToken ct = default)
    {
        Validate(fields);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            return await _sql.InTransactionAsync(async tx =>
            {
                var slot = (await tx.QueryAsync(
                    $"INSERT INTO api_slots (owner_id, name, kind, public_key, secret_blob, created_at_ms, updated_at_ms, {SettingsColumns}) " +
                    $"VALUES (@o, @n, @k, @p, @s, @at, @at, {SettingsParameters}) RETURNING {Columns}",
                    Read, ct, [("@o", owner.Value), ("@n", fields.Name), ("@k", fields.Kind), ("@p", fields.PublicKey),
                    ("@s", _secrets.Seal(fields.Secret, SecretContext(owner))), ("@at", now), .. Settings(fields.Settings)]))[0];
                await new AuditRepository(tx, _time).AppendAsync(owner, "store", "slot.added", $"slot {slot.Id} '{slot.Name}'", ct);
                return slot;
            }, ct);
        }
        catch (DbException e) when (_sql.Dialect.IsUniqueViolation(e))
        {
            throw new StorageException($"A slot named '{fields.Name}' already exists; choose another name or update that slot.", e);
        }
    }

    public Task<ApiSlot?> GetAsync(OwnerId owner, long slotId, CancellationToken ct = default) =>
        _sql.QuerySingleAsync($"SELECT {Columns} FROM api_slots WHERE owner_id = @o AND id = @id", Read, ct,
            ("@o", owner.Value), ("@id", slotId));

    /// <summary>The slot the user calls <paramref name="name"/> (how the CLI and Telegram address slots).</summary>
    public Task<ApiSlot?> FindByNameAsync(OwnerId owner, string name, CancellationToken ct = default) =>
        _sql.QuerySingleAsync($"SELECT {Columns} FROM api_slots WHERE owner_id = @o AND name = @n", Read, ct,
            ("@o", owner.Value), ("@n", name));

    public Task<List<ApiSlot>> ListAsync(OwnerId owner, CancellationToken ct = default) =>
        _sql.QueryAsync($"SELECT {Columns} FROM api_slots WHERE owner_id = @o ORDER BY id", Read, ct, ("@o", owner.Value));

    /// <summary>Decrypts the slot's secret; null if the owner has no such slot.</summary>
    public async Task<SecretText?> ReadSecretAsync(OwnerId owner, long slotId, CancellationToken ct = default)
    {
        var blobs = await _sql.QueryAsync("SELECT secret_blob FROM api_slots WHERE owner_id = @o AND id = @id",
            r => (byte[])r.GetValue(0), ct, ("@o", owner.Value), ("@id", slotId));
        return blobs.Count == 0 ? null : _secrets.Open(blobs[0], SecretContext(owner));
    }

    /// <summary>Replaces the slot's fields and credentials atomically; false if the owner has no such slot.</summary>
    public async Task<bool> UpdateAsync(OwnerId owner, long slotId, ApiSlotFields fields, CancellationToken ct = default)
    {
        Validate(fields);
        var sealedSecret = _secrets.Seal(fields.Secret, SecretContext(owner));
        try
        {
            return await _sql.InTransactionAsync(async tx =>
            {
                var changed = await tx.ExecuteAsync(
                    "UPDATE api_slots SET name = @n, kind = @k, public_key = @p, secret_blob = @s, updated_at_ms = @at, " +
                    "exchange = @ex, network = @net, maker_fee = @mf, taker_fee = @tf, processing_delay_s = @d, rate_limit_ms = @rl, " +
                    "archived = @ar, allow_withdrawals = @aw WHERE owner_id = @o AND id = @id", ct,
                    [("@n", fields.Name), ("@k", fields.Kind), ("@p", fields.PublicKey), ("@s", sealedSecret),
                    ("@at", _time.GetUtcNow().ToUnixTimeMilliseconds()), ("@o", owner.Value), ("@id", slotId), .. Settings(fields.Settings)]);
                if (changed == 0) return false;
                await new AuditRepository(tx, _time).AppendAsync(owner, "store", "slot.updated", $"slot {slotId} '{fields.Name}'", ct);
                return true;
            }, ct);
        }
        catch (DbException e) when (_sql.Dialect.IsUniqueViolation(e))
        {
            throw new StorageException($"A slot named '{fields.Name}' already exists; choose another name.", e);
        }
    }

    /// <summary>Deletes the slot and its pairs; refused while orders, fills or positions still refer to it.</summary>
    public async Task<bool> DeleteAsync(OwnerId owner, long slotId, CancellationToken ct = default)
    {
        try
        {
            return await _sql.ExecuteAsync("DELETE FROM api_slots WHERE owner_id = @o AND id = @id", ct,
                ("@o", owner.Value), ("@id", slotId)) > 0;
        }
        catch (DbException e) when (_sql.Dialect.IsForeignKeyViolation(e))
        {
            throw new StorageException($"Slot {slotId} still has order history; it cannot be deleted (disable its pairs instead).", e);
        }
    }

    // Binding the owner means a blob copied into another owner's row fails its integrity check.
    private static string SecretContext(OwnerId owner) => $"asterbot/api-slot/owner/{owner.Value}";

    private static void Validate(ApiSlotFields fields)
    {
        if (string.IsNullOrWhiteSpace(fields.Name)) throw new ArgumentException("A slot needs a name.", nameof(fields));
        if (string.IsNullOrWhiteSpace(fields.Kind)) throw new ArgumentException("A slot needs a kind.", nameof(fields));
    }

    // Booleans are 0/1 integers (like pairs.enabled): one column type that both providers read alike.
    private (string, object?)[] Settings(ApiSlotSettings s) =>
    [
        ("@ex", s.Exchange), ("@net", s.Network), ("@mf", Money(s.MakerFee)), ("@tf", Money(s.TakerFee)),
        ("@d", _sql.Dialect.Money(s.ProcessingDelaySeconds)), ("@rl", s.RateLimitMs), ("@ar", s.Archived ? 1 : 0), ("@aw", s.AllowWithdrawals ? 1 : 0),
    ];

    private object? Money(decimal? value) => value is { } v ? _sql.Dialect.Money(v) : null;

    private ApiSlot Read(DbDataReader r) => new(r.GetInt64(0), new OwnerId(r.GetInt64(1)), r.GetString(2), r.GetString(3), r.GetString(4),
        new ApiSlotSettings
        {
            Exchange = r.GetString(7),
            Network = r.GetString(8),
            MakerFee = r.IsDBNull(9) ? null : _sql.Dialect.ReadMoney(r, 9),
            TakerFee = r.IsDBNull(10) ? null : _sql.Dialect.ReadMoney(r, 10),
            ProcessingDelaySeconds = _sql.Dialect.ReadMoney(r, 11),
            RateLimitMs = Convert.ToInt32(r.GetValue(12), System.Globalization.CultureInfo.InvariantCulture),
            Archived = Convert.ToInt64(r.GetValue(13), System.Globalization.CultureInfo.InvariantCulture) != 0,
            AllowWithdrawals = Convert.ToInt64(r.GetValue(14), System.Globalization.CultureInfo.InvariantCulture) != 0,
        },
        r.GetInt64(5), r.GetInt64(6));
}
