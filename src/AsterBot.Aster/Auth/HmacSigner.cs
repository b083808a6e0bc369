using System.Security.Cryptography;
using System.Text;

namespace AsterBot.Aster.Auth;

/// <summary>
/// V1 (legacy) authentication: appends <c>recvWindow</c> and <c>timestamp</c> from the server clock, then
/// <c>signature = hex(HMAC-SHA256(secret, totalParams))</c> over the string exactly as sent.
/// </summary>
public sealed class HmacSigner : IRequestSigner
{
    private readonly byte[] _secret;
    private readonly ServerClock _clock;

    public HmacSigner(string apiKey, string apiSecret, ServerClock clock, int recvWindowMs = 5000)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!IsKeyShaped(apiKey))
            throw new ArgumentException("The API key is malformed: expected 64 hexadecimal characters as shown by Aster when the key was created.", nameof(apiKey));
        if (!IsKeyShaped(apiSecret))
            throw new ArgumentException("The API secret is malformed: expected 64 hexadecimal characters as shown by Aster when the key was created.", nameof(apiSecret));
        if (recvWindowMs is <= 0 or > 60000)
            throw new ArgumentOutOfRangeException(nameof(recvWindowMs), recvWindowMs, "recvWindow must be between 1 and 60000 ms.");
        ApiKeyHeader = apiKey;
        _secret = Encoding.ASCII.GetBytes(apiSecret);
        _clock = clock;
        RecvWindowMs = recvWindowMs;
    }

    public AuthScheme Scheme => AuthScheme.V1Hmac;

    public string? ApiKeyHeader { get; }

    public int RecvWindowMs { get; }

    public string Sign(string encodedParameters)
    {
        var sb = new StringBuilder(encodedParameters.Length + 128);
        sb.Append(encodedParameters);
        if (sb.Length > 0) sb.Append('&');
        sb.Append("recvWindow=").Append(RecvWindowMs).Append("&timestamp=").Append(_clock.NowMilliseconds);
        var total = sb.ToString();
        return total + "&signature=" + Signature(_secret, total);
    }

    /// <summary>Hex HMAC-SHA256 of <paramref name="totalParams"/> (query string followed by body, no separator).</summary>
    public static string Signature(ReadOnlySpan<byte> secret, string totalParams)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(totalParams), mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>Aster's V1 keys and secrets are 64 hex characters; anything else is a paste error.</summary>
    private static bool IsKeyShaped(string? value) =>
        value is { Length: 64 } && value.AsSpan().ContainsAnyExcept("0123456789abcdefABCDEF") is false;

    public override string ToString() => "HmacSigner(key=" + ApiKeyHeader![..6] + "…)";
}
