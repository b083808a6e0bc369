namespace AsterBot.Aster.Rest.Requests;

/// <summary>Aster's rule for <c>newClientOrderId</c>: 1–36 characters of letters, digits and <c>. : / _ -</c>.</summary>
public static class ClientOrderId
{
    public const int MaxLength = 36;

    /// <summary>A plain scan rather than a regex: every order of a backtest checks its id, on both sides of the simulator.</summary>
    public static bool IsValid(string id)
    {
        if (id.Length is 0 or > MaxLength) return false;
        foreach (var c in id)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '/' or '_' or '-')) return false;
        return true;
    }

    public static string? Problem(string? id) => id is null || IsValid(id)
        ? null
        : $"newClientOrderId '{id}' is invalid: use 1–36 characters from A–Z, a–z, 0–9 and . : / _ -.";
}
