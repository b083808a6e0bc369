using System.Security.Cryptography;
using System.Text;
using AsterBot.Aster.Auth;
using AsterBot.Simulator.Server.Http;

namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// Legacy API-key authentication exactly as API.md §2 states it: <c>X-MBX-APIKEY</c> header; for signed routes
/// HMAC-SHA256 over query+body as received, and <c>timestamp &lt; serverTime + 1000 &amp;&amp; serverTime − timestamp
/// ≤ recvWindow</c> (default 5000, at most 60000). A key is refused (-2015) outside its IP whitelist, permission or market.
/// </summary>
public sealed class V1Authenticator(AccountRegistry accounts, SimulatorClock clock)
{
    public const string ApiKeyHeader = "X-MBX-APIKEY";

    public void Authenticate(AsterRequest request)
    {
        var key = request.Http.Request.Headers[ApiKeyHeader].ToString();
        if (!IsKeyShaped(key)) throw new AsterErrorException(AsterError.BadApiKeyFormat);
        if (!accounts.TryFindApiKey(key, out var account, out var credential))
            throw new AsterErrorException(AsterError.RejectedKey);
        // Aster answers a key used on the wrong market (a spot key on /fapi) like any other permission problem.
        if (!credential.IpWhitelist.Allows(request.ClientIp) || !credential.Allows(request.Route.Permission) || !credential.Covers(request.Route.Market))
            throw new AsterErrorException(AsterError.RejectedKey);

        if (request.Route.Security is Security.Trade or Security.UserData)
            VerifySignedRequest(request, credential);
        request.Account = account;
    }

    private void VerifySignedRequest(AsterRequest request, ApiKeyCredential credential)
    {
        var p = request.Params;
        var timestamp = p.RequiredLong("timestamp");
        var signature = p.Required("signature");
        var recvWindow = p.OptionalLong("recvWindow") ?? 5000;
        if (recvWindow is <= 0 or > 60000)
            throw new AsterErrorException(new AsterError(-1130, "Data sent for parameter 'recvWindow' is not valid: it must be between 1 and 60000 ms."));

        var serverTime = clock.NowMilliseconds;
        if (!(timestamp < serverTime + 1000 && serverTime - timestamp <= recvWindow))
            throw new AsterErrorException(AsterError.OutsideRecvWindow);

        var expected = HmacSigner.Signature(Encoding.UTF8.GetBytes(credential.Secret), SignedPayload.V1(p.RawQuery, p.RawBody));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
            throw new AsterErrorException(AsterError.InvalidSignature);
    }

    /// <summary>
    /// Real keys are 64 hex characters; the simulator also takes any short alphanumeric key an operator seeded
    /// (<c>--account apiKey=KEY</c>). Anything else (absent, spaces, punctuation, huge) is a format error (-2014).
    /// </summary>
    private static bool IsKeyShaped(string key) =>
        key.Length is > 0 and <= 128 && key.All(char.IsAsciiLetterOrDigit);
}
