using AsterBot.Aster.Auth;
using AsterBot.Aster.Environments;
using AsterBot.Aster.RateLimits;
using AsterBot.Chain.Crypto;

namespace AsterBot.Aster.Rest;

/// <summary>How an <see cref="AsterClient"/> connects. One client = one set of credentials (one API slot).</summary>
public sealed record AsterClientOptions
{
    public AsterEnvironment Environment { get; init; } = AsterEnvironment.Mainnet;

    /// <summary>Null for public data only. V1: <see cref="HmacSigner"/> (also set <see cref="ServerClock"/>); V3: the EIP-712 signer.</summary>
    public IRequestSigner? Signer { get; init; }

    /// <summary>The clock the V1 signer stamps timestamps with; the client measures its offset from the server.</summary>
    public ServerClock? ServerClock { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Paths used without credentials (with credentials the signer's generation decides).</summary>
    public ApiGeneration PublicGeneration { get; init; } = ApiGeneration.V1;

    /// <summary>Futures gates; share the <see cref="AsterRateLimits.RequestWeight"/> gate among accounts on one IP. Default: fresh futures limits.</summary>
    public AsterRateLimits? FuturesLimits { get; init; }

    /// <summary>Spot gates (see <see cref="FuturesLimits"/>).</summary>
    public AsterRateLimits? SpotLimits { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Fail on unmapped JSON fields and unknown enum names (tests); production tolerates new fields.</summary>
    public bool StrictJson { get; init; }

    /// <summary>Optional HttpClient (not disposed by the client). Default: a private pooled client.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>
    /// Options for V3 (API wallet) credentials: nonces from <see cref="Time"/>, signatures bound to the environment's
    /// chain id — so set <see cref="Environment"/> first. The key stays owned by the caller (dispose it when the client is done).
    /// </summary>
    public AsterClientOptions WithV3Credentials(EthAddress user, EthAddress signer, PrivateKey signerKey, bool includeUser = true) =>
        this with { Signer = new V3Signer(user, signer, signerKey, Environment.SigningChainId, new NonceSource(Time), includeUser), ServerClock = null };

    /// <summary>Options for V1 credentials: builds the signer and its server clock on <see cref="Time"/>.</summary>
    public AsterClientOptions WithV1Credentials(string apiKey, string apiSecret, int recvWindowMs = 5000)
    {
        var clock = new ServerClock(Time);
        return this with { ServerClock = clock, Signer = new HmacSigner(apiKey, apiSecret, clock, recvWindowMs) };
    }
}
