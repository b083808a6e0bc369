using System.Text.RegularExpressions;

namespace AsterBot.Aster.Rest.Requests;

/// <summary>Aster's rule for <c>newClientOrderId</c>: 1–36 characters of letters, digits and <c>. : / _ -</c>.</summary>
public static partial class ClientOrderId
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    public static string? Problem(string? id) => id is null || IsValid(id)
        ? null
        : $"newClientOrderId '{id}' is invalid: use 1–36 characters from A–Z, a–z, 0–9 and . : / _ -.";

    [GeneratedRegex(@"^[\.A-Z\:/a-z0-9_-]{1,36}$")]
    private static partial Regex Pattern();
}
