using AsterBot.Aster.Auth;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>
/// Stands in for the EIP-712 signer in transport tests: appends the V3 identity parameters and a recognisable
/// signature, so path selection and parameter placement can be checked without the chain crypto.
/// </summary>
public sealed class FakeV3Signer : IRequestSigner
{
    public const string Signer = "0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0";
    private long _nonce = 1748310859508867;

    public AuthScheme Scheme => AuthScheme.V3Eip712;

    public string? ApiKeyHeader => null;

    public string Sign(string encodedParameters)
    {
        var prefix = encodedParameters.Length > 0 ? encodedParameters + "&" : "";
        return $"{prefix}nonce={Interlocked.Increment(ref _nonce)}&signer={Signer}&signature=0xfake";
    }
}
