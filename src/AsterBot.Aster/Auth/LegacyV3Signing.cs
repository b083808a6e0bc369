using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using AsterBot.Chain.Crypto;

namespace AsterBot.Aster.Auth;

/// <summary>
/// Aster's V3 scheme before 2026-01-22 (API.md §3.5), kept for old agent keys and for the simulator: the business
/// parameters as compact JSON with sorted keys and string values, ABI-encoded with user, signer and nonce as
/// (string, address, address, uint256), hashed with keccak-256, then signed as an EIP-191 personal message.
/// </summary>
public static class LegacyV3Signing
{
    /// <summary>
    /// Python's <c>json.dumps(sort_keys=True)</c> without spaces: keys sorted by code point, every value a string,
    /// null values dropped, non-ASCII escaped as \uXXXX (Python's default).
    /// </summary>
    public static string CanonicalJson(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var sb = new StringBuilder("{");
        foreach (var (key, value) in parameters.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (sb.Length > 1) sb.Append(',');
            AppendJsonString(sb, key);
            sb.Append(':');
            AppendJsonString(sb, value!);
        }
        return sb.Append('}').ToString();
    }

    /// <summary>keccak256(abi.encode(json, user, signer, nonce)) — the hash the signer's wallet then personal-signs.</summary>
    public static byte[] ParameterHash(string json, EthAddress user, EthAddress signer, long nonce)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegative(nonce);
        var text = Encoding.UTF8.GetBytes(json);
        var paddedText = (text.Length + 31) / 32 * 32;
        // Head: offset of the dynamic string, the two addresses, the nonce; tail: the string's length and bytes.
        var encoded = new byte[4 * 32 + 32 + paddedText];
        encoded[31] = 4 * 32;
        user.Bytes.CopyTo(encoded.AsSpan(32 + 12));
        signer.Bytes.CopyTo(encoded.AsSpan(64 + 12));
        BinaryPrimitives.WriteInt64BigEndian(encoded.AsSpan(96 + 24), nonce);
        BinaryPrimitives.WriteInt64BigEndian(encoded.AsSpan(128 + 24), text.Length);
        text.CopyTo(encoded, 160);
        return Keccak256.Hash(encoded);
    }

    /// <summary>"0x" + r‖s‖v of the personal-message signature over <see cref="ParameterHash"/>.</summary>
    public static string Sign(string json, EthAddress user, EthAddress signer, long nonce, PrivateKey signerKey, ISecp256k1? curve = null)
    {
        var digest = PersonalMessage.Hash(ParameterHash(json, user, signer, nonce));
        return V3Signature.SignDigest(digest, signerKey, curve);
    }

    /// <summary>
    /// For the simulator: recovers who signed a legacy-scheme request from the received query string or form body.
    /// <c>nonce</c>, <c>user</c>, <c>signer</c> and <c>signature</c> are taken out; every other parameter (URL-decoded)
    /// goes into the canonical JSON. False when one of the four is missing or malformed.
    /// </summary>
    public static bool TryRecoverSigner(string wireString, out EthAddress signer, ISecp256k1? curve = null)
    {
        signer = default;
        if (string.IsNullOrEmpty(wireString)) return false;
        var business = new List<KeyValuePair<string, string?>>();
        string? nonceText = null, userText = null, signerText = null, signatureText = null;
        foreach (var pair in wireString.Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) return false;
            var name = WebUtility.UrlDecode(pair[..equals]);
            var value = WebUtility.UrlDecode(pair[(equals + 1)..]);
            switch (name)
            {
                case "nonce": nonceText = value; break;
                case "user": userText = value; break;
                case "signer": signerText = value; break;
                case "signature": signatureText = value; break;
                default: business.Add(new(name, value)); break;
            }
        }
        if (!long.TryParse(nonceText, NumberStyles.None, CultureInfo.InvariantCulture, out var nonce)
            || !EthAddress.TryParse(userText, out var user)
            || !EthAddress.TryParse(signerText, out var claimedSigner)
            || signatureText is null)
            return false;

        Span<byte> signature = stackalloc byte[65];
        if (!V3Signature.TryParseSignature(signatureText, signature)) return false;
        var digest = PersonalMessage.Hash(ParameterHash(CanonicalJson(business), user, claimedSigner, nonce));
        return (curve ?? Secp256k1.Default).TryRecoverAddress(digest, signature, out signer);
    }

    private static void AppendJsonString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ' or > '~': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}
