namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// Separates the <c>signature</c> parameter from the raw texts a request carried, leaving exactly what the
/// client signed. Nothing is decoded or reordered: Aster verifies the bytes as received.
/// </summary>
public static class SignedPayload
{
    /// <summary>V1: <c>totalParams</c> = query string followed by the body, no separator (API.md §2).</summary>
    public static string V1(string rawQuery, string rawBody) => Strip(rawQuery) + Strip(rawBody);

    /// <summary>
    /// V3: the sent string minus <c>&amp;signature=…</c>. Parameters normally travel in one place (query for GET,
    /// body otherwise); when a client splits them, the query part comes first, joined to the body with '&amp;'.
    /// </summary>
    public static string V3(string rawQuery, string rawBody)
    {
        var q = Strip(rawQuery);
        var b = Strip(rawBody);
        return q.Length == 0 ? b : b.Length == 0 ? q : q + "&" + b;
    }

    private static string Strip(string raw)
    {
        if (!raw.Contains("signature=", StringComparison.Ordinal)) return raw;
        return string.Join('&', raw.Split('&').Where(p => !p.StartsWith("signature=", StringComparison.Ordinal)));
    }
}
