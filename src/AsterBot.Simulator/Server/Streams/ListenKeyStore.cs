using System.Security.Cryptography;
using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>
/// User-data stream keys: one per account and market, valid for <see cref="Ttl"/> (60 min on Aster). Creating a key
/// while one is active returns the same key and extends it; keepalive extends; an expired key raises
/// <see cref="Expired"/> so its connections get <c>listenKeyExpired</c>.
/// </summary>
public sealed class ListenKeyStore(TimeProvider clock, TimeSpan ttl)
{
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);

    public TimeSpan Ttl { get; } = ttl;

    /// <summary>Raised (outside the lock) with each key that expired or was force-expired.</summary>
    public event Action<ListenKeyInfo>? Expired;

    public sealed record ListenKeyInfo(string Key, long AccountId, Market Market, DateTimeOffset ExpiresAt);

    private sealed record Entry(long AccountId, Market Market, DateTimeOffset ExpiresAt);

    public string CreateOrExtend(long accountId, Market market)
    {
        Sweep();
        var now = clock.GetUtcNow();
        lock (_byKey)
        {
            foreach (var (key, e) in _byKey)
                if (e.AccountId == accountId && e.Market == market)
                {
                    _byKey[key] = e with { ExpiresAt = now + Ttl };
                    return key;
                }
            var fresh = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            _byKey[fresh] = new Entry(accountId, market, now + Ttl);
            return fresh;
        }
    }

    /// <summary>Extends the account's key for the market (or the named one); false when there is no live key.</summary>
    public bool KeepAlive(long accountId, Market market, string? key)
    {
        Sweep();
        var now = clock.GetUtcNow();
        lock (_byKey)
        {
            var found = _byKey.FirstOrDefault(kv => kv.Value.AccountId == accountId && kv.Value.Market == market && (key is null || kv.Key == key));
            if (found.Key is null) return false;
            _byKey[found.Key] = found.Value with { ExpiresAt = now + Ttl };
            return true;
        }
    }

    public bool Delete(long accountId, Market market, string? key)
    {
        lock (_byKey)
        {
            var found = _byKey.FirstOrDefault(kv => kv.Value.AccountId == accountId && kv.Value.Market == market && (key is null || kv.Key == key));
            return found.Key is not null && _byKey.Remove(found.Key);
        }
    }

    /// <summary>The live key (an expired one not yet swept counts as gone).</summary>
    public ListenKeyInfo? Find(string key)
    {
        var now = clock.GetUtcNow();
        lock (_byKey)
            return _byKey.TryGetValue(key, out var e) && e.ExpiresAt > now ? new ListenKeyInfo(key, e.AccountId, e.Market, e.ExpiresAt) : null;
    }

    public IReadOnlyList<ListenKeyInfo> All
    {
        get { lock (_byKey) return [.. _byKey.Select(kv => new ListenKeyInfo(kv.Key, kv.Value.AccountId, kv.Value.Market, kv.Value.ExpiresAt))]; }
    }

    /// <summary>Force-expires every key of the account (or all keys): the listen-key-expiry fault.</summary>
    public int ExpireNow(long? accountId = null)
    {
        List<ListenKeyInfo> gone;
        lock (_byKey)
        {
            gone = [.. _byKey.Where(kv => accountId is null || kv.Value.AccountId == accountId)
                .Select(kv => new ListenKeyInfo(kv.Key, kv.Value.AccountId, kv.Value.Market, kv.Value.ExpiresAt))];
            foreach (var g in gone) _byKey.Remove(g.Key);
        }
        foreach (var g in gone) Expired?.Invoke(g);
        return gone.Count;
    }

    /// <summary>Removes keys past their expiry and announces them; called periodically and on each use.</summary>
    public void Sweep()
    {
        var now = clock.GetUtcNow();
        List<ListenKeyInfo> gone;
        lock (_byKey)
        {
            gone = [.. _byKey.Where(kv => kv.Value.ExpiresAt <= now)
                .Select(kv => new ListenKeyInfo(kv.Key, kv.Value.AccountId, kv.Value.Market, kv.Value.ExpiresAt))];
            foreach (var g in gone) _byKey.Remove(g.Key);
        }
        foreach (var g in gone) Expired?.Invoke(g);
    }
}
