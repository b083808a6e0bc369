namespace AsterBot.Aster.Rest;

/// <summary>
/// A request exactly as it goes on the wire: verb, full URL (with the query string for GET), form body for other
/// verbs, and the API-key header. <see cref="ToString"/> and <see cref="Describe"/> mask the key; the signature is
/// not a secret (it authorizes only this one request) and is shown so it can be checked.
/// </summary>
public sealed record PreparedRequest(HttpMethod Method, Uri Url, string? Body, string? ApiKey)
{
    public const string ApiKeyHeaderName = "X-MBX-APIKEY";
    public const string FormContentType = "application/x-www-form-urlencoded";

    /// <summary>Multi-line description for dry runs and logs, key masked.</summary>
    public string Describe()
    {
        var lines = new List<string> { $"{Method} {Url}" };
        if (ApiKey is not null) lines.Add($"{ApiKeyHeaderName}: {Mask(ApiKey)}");
        if (Body is not null)
        {
            lines.Add($"Content-Type: {FormContentType}");
            lines.Add("");
            lines.Add(Body);
        }
        return string.Join('\n', lines);
    }

    /// <summary>Verb and path only: error messages and logs need no parameters, signature or identity.</summary>
    public override string ToString() => $"{Method} {Url.GetLeftPart(UriPartial.Path)}";

    /// <summary>Keeps the first and last 4 characters, enough to tell keys apart, useless to an attacker.</summary>
    public static string Mask(string key) => key.Length <= 8 ? "****" : key[..4] + "…" + key[^4..];
}
