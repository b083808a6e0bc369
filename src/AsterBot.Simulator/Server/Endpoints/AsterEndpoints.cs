using AsterBot.Simulator.Server.Http;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>Registers every Aster REST endpoint the simulator answers.</summary>
public static class AsterEndpoints
{
    public static void MapAll(SimulatorState state)
    {
        var routes = new RouteBuilder(state.Routes);
        SystemEndpoints.Map(routes, state);
        ListenKeyEndpoints.Map(routes, state);
        AgentEndpoints.Map(routes, state);
        MarketDataEndpoints.Map(routes, state);
        FuturesTradeEndpoints.Map(routes, state);
        new CountdownCancelAll(state.Engine, state.Clock).Map(routes, state);
        FuturesAccountEndpoints.Map(routes, state);
        SpotEndpoints.Map(routes, state);
    }
}
