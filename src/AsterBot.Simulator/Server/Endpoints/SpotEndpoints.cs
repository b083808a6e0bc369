using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Views;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.Json;
using static AsterBot.Simulator.Server.Http.Answers;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>Spot trading and account endpoints (API.md §6).</summary>
public static class SpotEndpoints
{
    private const Market M = Market.Spot;

    public static void Map(RouteBuilder routes, SimulatorState state)
    {
        var engine = state.Engine;
        var orders = new MarketOrderRoutes<SpotOrderView>(state, M, Permission.SpotTrade, engine.GetSpotOrder,
            engine.CancelSpotOrder, engine.GetOpenSpotOrders, engine.GetAllSpotOrders, SpotJson.Order);
        orders.Map(routes);

        routes.Spot("POST", "order", Security.Trade, Permission.SpotTrade, 1, r =>
        {
            var request = OrderRequests.Spot(OrderFields.From(r.Params), state);
            return orders.Answer(engine.PlaceSpotOrder(r.RequireAccount().Id, request).Unwrap(), withTime: false);
        }, placesOrders: true);

        routes.Spot("GET", "openOrder", Security.UserData, Permission.Read, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var order = engine.GetSpotOrder(r.RequireAccount().Id, spec.Symbol, OrderRequests.Ref(r.Params)).Unwrap();
            if (order.Status is not (OrderStatus.New or OrderStatus.PartiallyFilled))
                throw new AsterErrorException(new AsterError(-2013, "Order does not exist."));
            return orders.Answer(order, withTime: true);
        });

        routes.Spot("DELETE", "allOpenOrders", Security.Trade, Permission.SpotTrade, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var accountId = r.RequireAccount().Id;
            if (r.Params.Has("orderIdList") || r.Params.Has("origClientOrderIdList"))
                foreach (var o in FuturesTradeEndpoints.CancelList(r.Params)) engine.CancelSpotOrder(accountId, spec.Symbol, o).Unwrap();
            else engine.CancelAllSpotOrders(accountId, spec.Symbol).Unwrap();
            return Ok(w => { w.StartObject(); w.Int("code", 200); w.String("msg", "The operation of cancel all open order is done."); w.EndObject(); });
        });

        routes.Spot("GET", "account", Security.UserData, Permission.Read, 5, r =>
        {
            var account = engine.GetSpotAccount(r.RequireAccount().Id).Unwrap();
            return Ok(w => SpotJson.Account(w, account));
        });

        routes.Spot("GET", "userTrades", Security.UserData, Permission.Read, 5, r =>
        {
            var p = r.Params;
            var spec = p.OptionalSymbol(state, M);
            var orderId = p.OptionalLong("orderId");
            if (orderId is not null && spec is null) throw new AsterErrorException(AsterError.MandatoryMissing("symbol"));
            var trades = engine.GetSpotTrades(r.RequireAccount().Id, spec?.Symbol, orderId, p.OptionalLong("startTime"), p.OptionalLong("endTime"), p.OptionalLong("fromId"), p.Limit(500, 1000)).Unwrap();
            return OkArray(trades, (w, t) => SpotJson.Trade(w, t, state.Symbols.Find(M, t.Symbol)!));
        });

        routes.Spot("GET", "transactionHistory", Security.UserData, Permission.Read, 30, r =>
        {
            var p = r.Params;
            var rows = engine.GetSpotTransactions(r.RequireAccount().Id, p.Optional("asset"), p.Optional("type"), p.OptionalLong("startTime"), p.OptionalLong("endTime"), p.Limit(100, 1000)).Unwrap();
            return OkArray(rows, Transaction);
        });

        routes.Spot("GET", "commissionRate", Security.UserData, Permission.Read, 20, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var (maker, taker) = engine.GetSpotCommissionRate(r.RequireAccount().Id, spec.Symbol).Unwrap();
            return Ok(w => FuturesAccountEndpoints.CommissionRate(w, spec.Symbol, maker, taker));
        });

        routes.Spot("POST", "asset/wallet/transfer", Security.Trade, Permission.SpotTrade, 5, r => FuturesAccountEndpoints.Transfer(state, r));
    }

    private static void Transaction(AsterJsonWriter w, SpotTransactionView t)
    {
        w.StartObject();
        w.Id("tranId", t.TranId);
        if (t.TradeId is { } id) w.Id("tradeId", id); else w.Raw.WriteNull("tradeId");
        w.String("asset", t.Asset);
        w.String("symbol", t.Symbol);
        w.Decimal("balanceDelta", t.BalanceDelta, 8);
        w.String("balanceInfo", t.Type);
        w.Id("time", t.Time);
        w.String("type", t.Type);
        w.EndObject();
    }
}
