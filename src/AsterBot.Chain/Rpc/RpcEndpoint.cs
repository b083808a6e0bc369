namespace AsterBot.Chain.Rpc;

/// <summary>
/// One node's URL. <see cref="DisplayName"/> is what messages and logs show: scheme, host and port only, because
/// hosted RPC providers put the customer's access key in the path or query.
/// </summary>
public sealed class RpcEndpoint
{
    public RpcEndpoint(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"RPC endpoint '{Redact(url)}' must be an absolute http:// or https:// URL.", nameof(url));
        Url = url;
        DisplayName = Redact(url);
    }

    public Uri Url { get; }

    public string DisplayName { get; }

    /// <summary>Parses a user-supplied endpoint, with an error message that tells how to write one.</summary>
    public static RpcEndpoint Parse(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException(
                "An RPC endpoint must be an absolute http(s) URL such as https://bsc-dataseed.bnbchain.org (got a value that is not).");
        return new RpcEndpoint(url);
    }

    public override string ToString() => DisplayName;

    private static string Redact(Uri url) =>
        url.IsAbsoluteUri ? $"{url.Scheme}://{url.Host}{(url.IsDefaultPort ? "" : ":" + url.Port)}" : "(relative URL)";
}
