using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>Connectivity and clock: ping, server time, and V3 noop (burns a nonce; API.md §3.3).</summary>
public static class SystemEndpoints
{
    public static void Map(RouteBuilder routes, SimulatorState state)
    {
        AsterHandler ping = _ => ValueTask.FromResult(AsterResult.EmptyObject);
        AsterHandler time = _ => ValueTask.FromResult(new AsterResult(w =>
        {
            w.StartObject();
            w.Id("serverTime", state.Clock.NowMilliseconds);
            w.EndObject();
        }));
        AsterHandler noop = _ => ValueTask.FromResult(AsterResult.Success());

        routes.Futures("GET", "ping", Security.None, Permission.Read, 1, ping);
        routes.Futures("GET", "time", Security.None, Permission.Read, 1, time);
        routes.Spot("GET", "ping", Security.None, Permission.Read, 1, ping);
        routes.Spot("GET", "time", Security.None, Permission.Read, 1, time);
        routes.FuturesV3("POST", "noop", Security.Trade, Permission.Read, 1, noop);
        routes.Table.Add(new AsterRoute("POST", "/api/v3/noop", ApiGeneration.V3, Aster.Models.Market.Spot, Security.Trade, Permission.Read, _ => 1, noop));
    }
}
