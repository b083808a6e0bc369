using System.Security.Cryptography;
using System.Text;
using AsterBot.Aster.Rest.Requests;

namespace AsterBot.Trading.Execution;

/// <summary>
/// Deterministic client order ids: the same pair, decision and leg always give the same id, so a decision replayed
/// after a crash or a lost answer finds its order instead of placing a second one. Aster accepts 1–36 characters of
/// [.A-Z:/a-z0-9_-]; an id that would not fit (long or foreign signal ids) is replaced by a hash of its parts.
/// </summary>
public static class ClientOrderIds
{
    public const int MaxLength = ClientOrderId.MaxLength;
    public const int MaxPairKeyLength = 12;

    /// <summary>"PAIRKEY-key-leg" (or "PAIRKEY-h" + hash when that would be too long or use other characters).</summary>
    public static string For(string pairKey, string key, string leg)
    {
        var plain = $"{pairKey}-{key}-{leg}";
        if (ClientOrderId.IsValid(plain)) return plain;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + leg)));
        return $"{pairKey}-h{hash[..(MaxLength - pairKey.Length - 2)]}";
    }

    /// <summary>Whether an order carries this pair's prefix (so reconciliation may adopt it).</summary>
    public static bool BelongsTo(string clientOrderId, string pairKey) =>
        clientOrderId.Length > pairKey.Length && clientOrderId[pairKey.Length] == '-' && clientOrderId.StartsWith(pairKey, StringComparison.Ordinal);

    /// <summary>Null when the pair key can prefix client ids; otherwise what is wrong with it.</summary>
    public static string? CheckPairKey(string pairKey)
    {
        if (string.IsNullOrEmpty(pairKey) || pairKey.Length > MaxPairKeyLength)
            return $"A pair key must have 1 to {MaxPairKeyLength} characters; got '{pairKey}'.";
        foreach (var c in pairKey)
            if (!char.IsAsciiLetterOrDigit(c))
                return $"A pair key may only use letters and digits (it prefixes client order ids); got '{pairKey}'.";
        return null;
    }
}
