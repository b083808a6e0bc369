using System.Text.Json;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.Json;
using static AsterBot.Simulator.Server.Http.Answers;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>Futures orders (API.md §5.4–5.5): place, batch, modify (V3), query, cancel, open/all orders.</summary>
public static class FuturesTradeEndpoints
{
    private const Market M = Market.Futures;

    public static void Map(RouteBuilder routes, SimulatorState state)
    {
        var engine = state.Engine;
        var orders = new MarketOrderRoutes<FuturesOrderView>(state, M, Permission.PerpTrade, engine.GetFuturesOrder,
            engine.CancelFuturesOrder, engine.GetOpenFuturesOrders, engine.GetAllFuturesOrders, FuturesJson.Order);
        orders.Map(routes);

        routes.Futures("POST", "order", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var request = OrderRequests.Futures(OrderFields.From(r.Params), state);
            var order = engine.PlaceFuturesOrder(r.RequireAccount().Id, request).Unwrap();
            return orders.Answer(order, withTime: false);
        }, placesOrders: true);

        routes.Futures("POST", "batchOrders", Security.Trade, Permission.PerpTrade, 5, r =>
        {
            var items = BatchLists.Orders(r.Params);
            var accountId = r.RequireAccount().Id;
            // Aster processes a batch concurrently and answers in input order; the engine serialises them anyway.
            var results = items.Select(item => Attempt(() => engine.PlaceFuturesOrder(accountId, OrderRequests.Futures(OrderFields.From(item), state)).Unwrap())).ToList();
            return OkArray(results, (w, x) => WriteOutcome(w, state, x));
        }, placesOrders: true);

        routes.Futures("GET", "openOrder", Security.UserData, Permission.Read, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            return orders.Answer(engine.GetOpenFuturesOrder(r.RequireAccount().Id, spec.Symbol, OrderRequests.Ref(r.Params)).Unwrap(), withTime: true);
        });

        // Modify exists only in V3 (an empty V1 version registers no V1 path); it counts as an order.
        routes.Futures("PUT", "order", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var order = engine.ModifyFuturesOrder(r.RequireAccount().Id, spec.Symbol, OrderRequests.Ref(r.Params),
                r.Params.OptionalDecimal("quantity"), r.Params.OptionalDecimal("price")).Unwrap();
            return orders.Answer(order, withTime: false);
        }, v1Version: "", placesOrders: true);

        routes.Futures("DELETE", "batchOrders", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var refs = CancelList(r.Params);
            var accountId = r.RequireAccount().Id;
            var results = refs.Select(o => Attempt(() => engine.CancelFuturesOrder(accountId, spec.Symbol, o).Unwrap())).ToList();
            return OkArray(results, (w, x) => WriteOutcome(w, state, x));
        });

        routes.Futures("DELETE", "allOpenOrders", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            engine.CancelAllFuturesOrders(r.RequireAccount().Id, spec.Symbol).Unwrap();
            // Aster answers this one with the code as a string.
            return Ok(w => { w.StartObject(); w.String("code", "200"); w.String("msg", "The operation of cancel all open order is done."); w.EndObject(); });
        });
    }

    /// <summary>orderIdList (numbers) or origClientOrderIdList (strings), at most 10.</summary>
    public static IReadOnlyList<OrderRef> CancelList(AsterParameters p)
    {
        List<OrderRef> refs;
        if (p.Has("orderIdList"))
            refs = [.. BatchLists.Parse(p, "orderIdList").Select(e => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var id)
                ? OrderRef.ById(id) : throw new AsterErrorException(AsterError.BadParameter("orderIdList")))];
        else if (p.Has("origClientOrderIdList"))
            refs = [.. BatchLists.Parse(p, "origClientOrderIdList").Select(e => e.ValueKind == JsonValueKind.String
                ? OrderRef.ByClientId(e.GetString()!) : throw new AsterErrorException(AsterError.BadParameter("origClientOrderIdList")))];
        else throw new AsterErrorException(AsterError.MandatoryMissing("orderIdList"));
        if (refs.Count is 0 or > 10)
            throw new AsterErrorException(new AsterError(-4032, "Exceed maximum cancel order size: send 1 to 10 orders."));
        return refs;
    }

    /// <summary>One batch item's outcome: the order, or the Aster error it got (other items still proceed).</summary>
    public static object Attempt<T>(Func<T> action) where T : notnull
    {
        try
        {
            return action();
        }
        catch (AsterErrorException e)
        {
            return e.Error;
        }
    }

    private static void WriteOutcome(AsterJsonWriter w, SimulatorState state, object outcome)
    {
        if (outcome is FuturesOrderView order) FuturesJson.Order(w, order, state.Symbols.Find(M, order.Symbol)!, withTime: false);
        else WriteError(w, (AsterError)outcome);
    }

    public static void WriteError(AsterJsonWriter w, AsterError e)
    {
        w.StartObject();
        w.Int("code", e.Code);
        w.String("msg", e.Message);
        w.EndObject();
    }
}
