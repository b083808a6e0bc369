using AsterBot.Aster.Models;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Faults;
using AsterBot.Simulator.Server.Http;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>
/// User-data stream keys (API.md §5.6, §6): POST returns the live key (extended) or a new one, PUT keeps it alive,
/// DELETE closes it. Weight 1. V1: API key header only; V3: signed.
/// </summary>
public static class ListenKeyEndpoints
{
    public static void Map(RouteBuilder routes, SimulatorState state)
    {
        foreach (var market in new[] { Market.Futures, Market.Spot })
        {
            void Add(string method, AsterHandler handler)
            {
                if (market == Market.Futures) routes.Futures(method, "listenKey", Security.UserStream, Permission.Read, 1, handler);
                else routes.Spot(method, "listenKey", Security.UserStream, Permission.Read, 1, handler);
            }

            Add("POST", r =>
            {
                var key = state.ListenKeys.CreateOrExtend(r.RequireAccount().Id, market);
                return ValueTask.FromResult(new AsterResult(w => { w.StartObject(); w.String("listenKey", key); w.EndObject(); }));
            });
            Add("PUT", r =>
            {
                ExpireIfFaulted(state, r);
                if (!state.ListenKeys.KeepAlive(r.RequireAccount().Id, market, r.Params.Optional("listenKey")))
                    throw new AsterErrorException(AsterError.InvalidListenKey);
                return ValueTask.FromResult(AsterResult.EmptyObject);
            });
            Add("DELETE", r =>
            {
                ExpireIfFaulted(state, r);
                if (!state.ListenKeys.Delete(r.RequireAccount().Id, market, r.Params.Optional("listenKey")))
                    throw new AsterErrorException(AsterError.InvalidListenKey);
                return ValueTask.FromResult(AsterResult.EmptyObject);
            });
        }
    }

    /// <summary>The listen-key-expiry fault: the key dies just before the client's keepalive reaches it.</summary>
    private static void ExpireIfFaulted(SimulatorState state, AsterRequest r)
    {
        if (state.Faults.Roll(r.Http.Request.Method, r.Route.Path, FaultKind.ListenKeyExpiry) is not null)
            state.ListenKeys.ExpireNow(r.RequireAccount().Id);
    }
}
