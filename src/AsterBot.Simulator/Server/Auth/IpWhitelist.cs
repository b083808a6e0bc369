using System.Net;

namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// The addresses a key or agent may be used from: single IPs or CIDR ranges. Aster's docs disagree on the
/// separator (space for registerAndApproveAgent, comma elsewhere), so both are accepted. Empty = any address.
/// </summary>
public sealed class IpWhitelist
{
    private readonly IPNetwork[] _networks;

    private IpWhitelist(IPNetwork[] networks, string text) { _networks = networks; Text = text; }

    public static readonly IpWhitelist Any = new([], "");

    /// <summary>The whitelist as Aster echoes it back (the text it was given, normalised to single spaces).</summary>
    public string Text { get; }

    public static bool TryParse(string? text, out IpWhitelist whitelist)
    {
        whitelist = Any;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var networks = new IPNetwork[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Contains('/'))
            {
                if (!IPNetwork.TryParse(parts[i], out networks[i])) return false;
            }
            else
            {
                if (!IPAddress.TryParse(parts[i], out var ip)) return false;
                networks[i] = new IPNetwork(ip, ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            }
        }
        whitelist = new IpWhitelist(networks, string.Join(' ', parts));
        return true;
    }

    public bool Allows(IPAddress address)
    {
        if (_networks.Length == 0) return true;
        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        foreach (var n in _networks)
            if (n.Contains(candidate)) return true;
        return false;
    }

    public override string ToString() => Text;
}
