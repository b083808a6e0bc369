using System.Net;
using AsterBot.Simulator.Server.Auth;
using Microsoft.AspNetCore.Http;

namespace AsterBot.Simulator.Server.Http;

/// <summary>What a handler gets: the parsed parameters, the authenticated account (signed routes), the caller.</summary>
public sealed class AsterRequest(HttpContext http, AsterRoute route, AsterParameters parameters, IPAddress clientIp)
{
    public HttpContext Http { get; } = http;

    public AsterRoute Route { get; } = route;

    public AsterParameters Params { get; } = parameters;

    public IPAddress ClientIp { get; } = clientIp;

    /// <summary>The account the request acts for; set by authentication on signed routes.</summary>
    public SimAccount? Account { get; internal set; }

    public SimAccount RequireAccount() =>
        Account ?? throw new InvalidOperationException($"Route {Route.Path} reads the account but is not authenticated.");
}
