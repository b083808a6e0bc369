using AsterBot.Aster.Environments;

namespace AsterBot.Slots;

/// <summary>"mainnet", "testnet" or an absolute http(s) base URL (a proxy or the simulator) serving both markets.</summary>
public static class SlotNetwork
{
    public static string Normalize(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Equals("mainnet", StringComparison.OrdinalIgnoreCase) || value.Equals("testnet", StringComparison.OrdinalIgnoreCase))
            return value.ToLowerInvariant();
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return uri.ToString();
        throw new SlotInputException($"Unknown network '{value}': use \"mainnet\", \"testnet\" or a base URL such as https://proxy.example:8443/.");
    }

    public static AsterEnvironment Environment(string network) => network switch
    {
        "mainnet" => AsterEnvironment.Mainnet,
        "testnet" => AsterEnvironment.Testnet,
        _ => AsterEnvironment.Custom(new Uri(network)),
    };
}
