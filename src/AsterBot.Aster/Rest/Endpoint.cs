namespace AsterBot.Aster.Rest;

/// <summary>How a request is authenticated (Aster's security types).</summary>
public enum EndpointSecurity
{
    /// <summary>Public: no key, no signature.</summary>
    None,
    /// <summary>V1: API key header only; V3: public.</summary>
    MarketData,
    /// <summary>Listen keys. V1: API key header only; V3: signed.</summary>
    UserStream,
    /// <summary>TRADE / USER_DATA / TRANSFER: signed in both generations.</summary>
    Signed,
}

/// <summary>Which key generation's paths a client speaks.</summary>
public enum ApiGeneration { V1, V3 }

/// <summary>
/// One REST endpoint as data: verb, its path in each generation (null where that generation lacks it), security,
/// request weight, and whether it counts against the per-account order limit.
/// </summary>
public sealed record Endpoint(HttpMethod Method, string? V1Path, string? V3Path, EndpointSecurity Security, int Weight, bool CountsAsOrder = false)
{
    public string? PathFor(ApiGeneration generation) => generation == ApiGeneration.V3 ? V3Path : V1Path;

    /// <summary>GET is the only verb whose retry can never duplicate an effect.</summary>
    public bool IsStateChanging => Method != HttpMethod.Get;

    public static Endpoint Get(string? v1, string? v3, EndpointSecurity security, int weight) => new(HttpMethod.Get, v1, v3, security, weight);
    public static Endpoint Post(string? v1, string? v3, EndpointSecurity security, int weight, bool order = false) => new(HttpMethod.Post, v1, v3, security, weight, order);
    public static Endpoint Put(string? v1, string? v3, EndpointSecurity security, int weight, bool order = false) => new(HttpMethod.Put, v1, v3, security, weight, order);
    public static Endpoint Delete(string? v1, string? v3, EndpointSecurity security, int weight) => new(HttpMethod.Delete, v1, v3, security, weight);
}
