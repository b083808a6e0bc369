namespace AsterBot.Simulator.Server.Auth;

/// <summary>EVM address text helpers: the simulator keys wallets and agents by lowercase 0x-hex.</summary>
public static class Address
{
    public static bool IsValid(string? text) =>
        text is { Length: 42 } && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        && !text.AsSpan(2).ContainsAnyExcept("0123456789abcdefABCDEF");

    public static string Normalize(string text) => text.ToLowerInvariant();
}
