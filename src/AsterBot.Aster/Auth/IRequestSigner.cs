namespace AsterBot.Aster.Auth;

/// <summary>Which of Aster's two key generations authenticates a request.</summary>
public enum AuthScheme
{
    /// <summary>Legacy API key + secret: HMAC-SHA256, <c>timestamp</c> and <c>recvWindow</c>, <c>X-MBX-APIKEY</c> header.</summary>
    V1Hmac,

    /// <summary>API wallet (agent): EIP-712 signature over the wire string, microsecond <c>nonce</c>, <c>signer</c>.</summary>
    V3Eip712,
}

/// <summary>
/// Adds authentication to a request whose business parameters are already URL-encoded in the order they will
/// be sent. The returned string is exactly what goes on the wire (query string for GET, form body otherwise),
/// with <c>signature</c> as the last parameter: Aster verifies the bytes as received, so nothing may reorder
/// or re-encode it afterwards.
/// </summary>
public interface IRequestSigner
{
    AuthScheme Scheme { get; }

    /// <summary>Value of the <c>X-MBX-APIKEY</c> header (V1), or null (V3 carries its identity in the parameters).</summary>
    string? ApiKeyHeader { get; }

    /// <param name="encodedParameters">URL-encoded business parameters without a leading '?', or "" when none.</param>
    string Sign(string encodedParameters);
}
