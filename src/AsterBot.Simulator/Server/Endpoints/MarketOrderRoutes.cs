using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Engine.Views;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.Json;
using static AsterBot.Simulator.Server.Http.Answers;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>Writes one order in a market's REST shape (see <see cref="FuturesJson.Order"/>, <see cref="SpotJson.Order"/>).</summary>
public delegate void OrderJsonWriter<TView>(AsterJsonWriter w, in TView order, SymbolSpec spec, bool withTime);

/// <summary>
/// The order routes spot and futures answer alike (GET order, DELETE order, GET openOrders, GET allOrders), written
/// once and fed with one market's engine calls and order JSON; each market's endpoint class maps the rest.
/// </summary>
public sealed class MarketOrderRoutes<TView>(
    SimulatorState state,
    Market market,
    Permission tradePermission,
    Func<long, string, OrderRef, EngineResult<TView>> get,
    Func<long, string, OrderRef, EngineResult<TView>> cancel,
    Func<long, string?, EngineResult<IReadOnlyList<TView>>> open,
    Func<long, string, long?, long?, long?, int, EngineResult<IReadOnlyList<TView>>> all,
    OrderJsonWriter<TView> write) where TView : struct, IOrderView
{
    public void Map(RouteBuilder routes)
    {
        Add(routes, "GET", "order", Security.UserData, Permission.Read, _ => 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, market);
            return Answer(get(r.RequireAccount().Id, spec.Symbol, OrderRequests.Ref(r.Params)).Unwrap(), withTime: true);
        });

        Add(routes, "DELETE", "order", Security.Trade, tradePermission, _ => 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, market);
            return Answer(cancel(r.RequireAccount().Id, spec.Symbol, OrderRequests.Ref(r.Params)).Unwrap(), withTime: false);
        });

        Add(routes, "GET", "openOrders", Security.UserData, Permission.Read, p => p.Has("symbol") ? 1 : 40, r =>
        {
            var spec = r.Params.OptionalSymbol(state, market);
            var orders = open(r.RequireAccount().Id, spec?.Symbol).Unwrap();
            return OkArray(orders, (w, o) => write(w, o, state.Symbols.Find(market, o.Symbol)!, withTime: true));
        });

        Add(routes, "GET", "allOrders", Security.UserData, Permission.Read, _ => 5, r =>
        {
            var spec = r.Params.RequireSymbol(state, market);
            var p = r.Params;
            var orders = all(r.RequireAccount().Id, spec.Symbol, p.OptionalLong("orderId"), p.OptionalLong("startTime"),
                p.OptionalLong("endTime"), p.Limit(500, 1000)).Unwrap();
            return OkArray(orders, (w, o) => write(w, o, spec, withTime: true));
        });
    }

    /// <summary>One order as the answer, at its symbol's scales.</summary>
    public ValueTask<AsterResult> Answer(TView order, bool withTime) =>
        Ok(w => write(w, order, state.Symbols.Find(market, order.Symbol)!, withTime));

    private void Add(RouteBuilder routes, string method, string name, Security security, Permission permission,
        Func<AsterParameters, int> weight, AsterHandler handler)
    {
        if (market == Market.Futures) routes.Futures(method, name, security, permission, weight, handler);
        else routes.Spot(method, name, security, permission, weight, handler);
    }
}
