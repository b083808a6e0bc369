namespace AsterBot.Aster.Environments;

/// <summary>
/// Where an Aster deployment lives: REST and WebSocket base URLs for futures and spot, and the chain id V3 request
/// signatures are bound to. Mainnet and testnet are predefined; <see cref="Custom"/> points at a simulator or proxy.
/// </summary>
public sealed record AsterEnvironment
{
    public AsterEnvironment(string name, Uri futuresRestUri, Uri spotRestUri, Uri futuresStreamUri, Uri spotStreamUri, long signingChainId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        FuturesRestUri = RequireScheme(futuresRestUri, nameof(futuresRestUri), "http", "https");
        SpotRestUri = RequireScheme(spotRestUri, nameof(spotRestUri), "http", "https");
        FuturesStreamUri = RequireScheme(futuresStreamUri, nameof(futuresStreamUri), "ws", "wss");
        SpotStreamUri = RequireScheme(spotStreamUri, nameof(spotStreamUri), "ws", "wss");
        if (signingChainId <= 0)
            throw new ArgumentOutOfRangeException(nameof(signingChainId), signingChainId, "The V3 signing chain id must be positive (mainnet 1666, testnet 714).");
        SigningChainId = signingChainId;
    }

    public string Name { get; }
    public Uri FuturesRestUri { get; }
    public Uri SpotRestUri { get; }
    public Uri FuturesStreamUri { get; }
    public Uri SpotStreamUri { get; }

    /// <summary>EIP-712 domain chainId of V3 request signatures (not the chain funds live on).</summary>
    public long SigningChainId { get; }

    public static AsterEnvironment Mainnet { get; } = new("mainnet",
        new Uri("https://fapi.asterdex.com"), new Uri("https://sapi.asterdex.com"),
        new Uri("wss://fstream.asterdex.com"), new Uri("wss://sstream.asterdex.com"), 1666);

    public static AsterEnvironment Testnet { get; } = new("testnet",
        new Uri("https://fapi.asterdex-testnet.com"), new Uri("https://sapi.asterdex-testnet.com"),
        new Uri("wss://fstream.asterdex-testnet.com"), new Uri("wss://sstream.asterdex-testnet.com"), 714);

    /// <summary>
    /// One host serving both markets (the built-in simulator, a proxy). Its WebSocket base is the same host with
    /// ws/wss unless given; spot streams share it unless <paramref name="spotStreamBaseUri"/> says otherwise (the
    /// simulator serves them under /spot on the same port). Signatures default to the mainnet chain id, as the
    /// simulator expects.
    /// </summary>
    public static AsterEnvironment Custom(Uri restBaseUri, Uri? streamBaseUri = null, long signingChainId = 1666, string name = "custom",
        Uri? spotStreamBaseUri = null)
    {
        ArgumentNullException.ThrowIfNull(restBaseUri);
        if (!restBaseUri.IsAbsoluteUri)
            throw new ArgumentException($"The base URL '{restBaseUri}' must be absolute, e.g. http://127.0.0.1:5000.", nameof(restBaseUri));
        var stream = streamBaseUri ?? new UriBuilder(restBaseUri) { Scheme = restBaseUri.Scheme == "https" ? "wss" : "ws" }.Uri;
        return new AsterEnvironment(name, restBaseUri, restBaseUri, stream, spotStreamBaseUri ?? stream, signingChainId);
    }

    /// <summary>Parses "mainnet" or "testnet" (case-insensitive); anything else is refused with the accepted names.</summary>
    public static AsterEnvironment FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "mainnet" => Mainnet,
        "testnet" => Testnet,
        _ => throw new ArgumentException($"Unknown network '{name}': use 'mainnet' or 'testnet', or a custom base URL.", nameof(name)),
    };

    public Uri RestUri(Models.Market market) => market == Models.Market.Futures ? FuturesRestUri : SpotRestUri;

    public Uri StreamUri(Models.Market market) => market == Models.Market.Futures ? FuturesStreamUri : SpotStreamUri;

    private static Uri RequireScheme(Uri uri, string parameter, params string[] schemes)
    {
        ArgumentNullException.ThrowIfNull(uri, parameter);
        if (!uri.IsAbsoluteUri || !schemes.Contains(uri.Scheme))
            throw new ArgumentException($"'{uri}' is not a valid base URL here: expected an absolute {string.Join(" or ", schemes)} URL.", parameter);
        return uri;
    }
}
