using System.Net;
using Microsoft.AspNetCore.Http;

namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// The caller's IP: the connection's remote address, or the first X-Forwarded-For entry when the simulator was told
/// to trust it (tests use this to pretend other addresses; a real deployment must not trust a client header).
/// </summary>
public sealed class ClientIpResolver(bool trustForwardedFor)
{
    public bool TrustForwardedFor { get; } = trustForwardedFor;

    public IPAddress Resolve(HttpContext http)
    {
        if (TrustForwardedFor && http.Request.Headers.TryGetValue("X-Forwarded-For", out var header))
        {
            var first = header.ToString().Split(',')[0].Trim();
            if (IPAddress.TryParse(first, out var forwarded)) return forwarded;
        }
        var remote = http.Connection.RemoteIpAddress ?? IPAddress.Loopback;
        return remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
    }
}
