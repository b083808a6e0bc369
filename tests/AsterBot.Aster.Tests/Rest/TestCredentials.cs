using System.Text;
using AsterBot.Aster.Auth;
using AsterBot.Aster.Environments;
using AsterBot.Aster.Rest;
using AsterBot.Chain.Crypto;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>Aster's published V1 demo key pair (API.md §2) and helpers to build clients against a loopback server.</summary>
public static class TestCredentials
{
    public const string ApiKey = "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83";
    public const string ApiSecret = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";

    public static AsterClient V1Client(Uri baseUri, TimeProvider? time = null, TimeSpan? timeout = null) =>
        new(new AsterClientOptions
        {
            Environment = AsterEnvironment.Custom(baseUri),
            Time = time ?? TimeProvider.System,
            StrictJson = true,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(20),
        }.WithV1Credentials(ApiKey, ApiSecret));

    // Aster's doc demo API wallet (API.md §3.2): the private key is public test material.
    public static readonly EthAddress User = EthAddress.Parse("0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e");
    public static readonly EthAddress Signer = EthAddress.Parse("0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0");
    public const string SignerKey = "0x4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1";

    /// <summary>A V3 client with the real EIP-712 signer (chain 1666, the custom environment's default).</summary>
    public static AsterClient V3Client(Uri baseUri, TimeProvider? time = null, AsterBot.Aster.RateLimits.AsterRateLimits? futuresLimits = null) =>
        new(new AsterClientOptions
        {
            Environment = AsterEnvironment.Custom(baseUri),
            Time = time ?? TimeProvider.System,
            StrictJson = true,
            FuturesLimits = futuresLimits,
        }.WithV3Credentials(User, Signer, PrivateKey.Parse(SignerKey)));

    /// <summary>True when the V3 wire string's signature recovers to the doc signer on chain 1666.</summary>
    public static bool V3Verifies(string query, string body) =>
        V3Signature.TryRecoverSigner(query + body, 1666, out var recovered) && recovered == Signer;

    public static AsterClient PublicClient(Uri baseUri, TimeSpan? timeout = null) =>
        new(new AsterClientOptions { Environment = AsterEnvironment.Custom(baseUri), StrictJson = true, RequestTimeout = timeout ?? TimeSpan.FromSeconds(20) });

    /// <summary>True when the wire string ends with a signature that is HMAC-SHA256 of everything before it (query + body).</summary>
    public static bool HmacVerifies(string query, string body)
    {
        var total = query + body;
        var at = total.LastIndexOf("&signature=", StringComparison.Ordinal);
        if (at < 0) return false;
        var signed = total[..at];
        var signature = total[(at + "&signature=".Length)..];
        return HmacSigner.Signature(Encoding.ASCII.GetBytes(ApiSecret), signed) == signature;
    }
}
