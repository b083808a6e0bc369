using System.Globalization;
using AsterBot.Simulator.Server.Auth;

namespace AsterBot.Simulator.Server.Admin;

/// <summary>An agent to approve when an account is created.</summary>
public sealed record AgentSeed(
    string Address,
    string Name = "sim-agent",
    bool CanRead = true,
    bool CanPerpTrade = true,
    bool CanSpotTrade = true,
    bool CanWithdraw = false,
    string IpWhitelist = "",
    long ExpiresAtMs = 0);

/// <summary>
/// An account to create: wallet (generated when absent), futures and spot balances, an optional V1 key, agents.
/// </summary>
public sealed record AccountSeed
{
    public string? Wallet { get; init; }

    public IReadOnlyDictionary<string, decimal> FuturesBalances { get; init; } = new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, decimal> SpotBalances { get; init; } = new Dictionary<string, decimal>();

    public string? ApiKey { get; init; }

    public string? ApiSecret { get; init; }

    public string ApiKeyIpWhitelist { get; init; } = "";

    /// <summary>Whether the V1 key may trade (false: a read-only key, refused with -2015 on trading routes).</summary>
    public bool ApiKeyCanTrade { get; init; } = true;

    /// <summary>The markets the V1 key works on (default both); a spot-only key is refused with -2015 on /fapi, and the reverse.</summary>
    public ApiKeyScope ApiKeyScope { get; init; } = ApiKeyScope.Both;

    public IReadOnlyList<AgentSeed> Agents { get; init; } = [];

    /// <summary>
    /// Parses the CLI form <c>wallet=0xABC…,signer=0xDEF…,USDT=10000</c> or <c>apiKey=KEY,apiSecret=SECRET,USDT=10000</c>
    /// (with <c>apiKeyScope=futures|spot|both</c> to limit the key to one market).
    /// An upper-case name is a futures balance; <c>spot:ASSET=n</c> is a spot balance.
    /// </summary>
    public static AccountSeed Parse(string spec)
    {
        string? wallet = null, apiKey = null, apiSecret = null, signer = null;
        var scope = ApiKeyScope.Both;
        var futures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var spot = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) throw new FormatException($"'{part}' in --account is not name=value (e.g. USDT=10000).");
            var name = part[..eq];
            var value = part[(eq + 1)..];
            switch (name)
            {
                case "wallet": wallet = RequireAddress(name, value); break;
                case "signer": signer = RequireAddress(name, value); break;
                case "apiKey": apiKey = value; break;
                case "apiSecret": apiSecret = value; break;
                case "apiKeyScope":
                    if (!Enum.TryParse(value, ignoreCase: true, out scope) || !Enum.IsDefined(scope))
                        throw new FormatException($"apiKeyScope='{value}' in --account is not futures, spot or both.");
                    break;
                default:
                    var isSpot = name.StartsWith("spot:", StringComparison.Ordinal);
                    var asset = isSpot ? name[5..] : name;
                    if (asset.Length == 0 || !asset.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
                        throw new FormatException($"'{name}' in --account is neither wallet, signer, apiKey, apiSecret, apiKeyScope nor an asset such as USDT.");
                    if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                        throw new FormatException($"Balance '{value}' for {asset} is not a non-negative decimal number (e.g. 10000 or 0.5).");
                    (isSpot ? spot : futures)[asset] = amount;
                    break;
            }
        }
        if ((apiKey is null) != (apiSecret is null))
            throw new FormatException("--account needs both apiKey= and apiSecret= for a V1 key, or neither.");
        if (signer is not null && wallet is null)
            throw new FormatException("--account signer= needs wallet= too (the signer may equal the wallet).");
        var agents = signer is null || signer.Equals(wallet, StringComparison.OrdinalIgnoreCase) ? [] : new[] { new AgentSeed(signer) };
        return new AccountSeed
        {
            Wallet = wallet, ApiKey = apiKey, ApiSecret = apiSecret, ApiKeyScope = scope, FuturesBalances = futures, SpotBalances = spot, Agents = agents,
        };
    }

    private static string RequireAddress(string name, string value) =>
        Address.IsValid(value) ? value : throw new FormatException($"{name}='{value}' is not an address: expected 0x followed by 40 hex digits.");

    // Never print the secret.
    public override string ToString() => $"AccountSeed(wallet={Wallet ?? "generated"}, apiKey={(ApiKey is null ? "none" : "set")}, agents={Agents.Count})";
}
