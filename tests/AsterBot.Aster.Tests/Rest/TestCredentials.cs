using System.Text;
using AsterBot.Aster.Auth;
using AsterBot.Aster.Environments;
using AsterBot.Aster.Rest;

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
