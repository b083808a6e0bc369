using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.Json;
using static AsterBot.Simulator.Server.Http.Answers;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>Futures account endpoints (API.md §5.5): balances, account, positions, settings, history, transfer.</summary>
public static class FuturesAccountEndpoints
{
    private const Market M = Market.Futures;

    public static void Map(RouteBuilder routes, SimulatorState state)
    {
        var engine = state.Engine;
        SymbolSpec? Spec(string symbol) => state.Symbols.Find(M, symbol);

        routes.Futures("GET", "balance", Security.UserData, Permission.Read, 5, r =>
        {
            var account = engine.GetFuturesAccount(r.RequireAccount().Id).Unwrap();
            var alias = "sim" + r.RequireAccount().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return OkArray(account.Assets, (w, a) => FuturesJson.Balance(w, a, alias));
        }, v1Version: "v2");

        AsterHandler accountHandler = r =>
        {
            var account = engine.GetFuturesAccount(r.RequireAccount().Id).Unwrap();
            return Ok(w => FuturesJson.Account(w, account, Spec));
        };
        routes.Futures("GET", "account", Security.UserData, Permission.Read, 5, accountHandler, v1Version: "v4", v3Name: "accountWithJoinMargin");
        // Renamed on 2026-03-28; ccxt and the demos still call the old V3 path.
        routes.FuturesV3("GET", "account", Security.UserData, Permission.Read, 5, accountHandler);

        routes.Futures("GET", "positionRisk", Security.UserData, Permission.Read, 5, r =>
        {
            var spec = r.Params.OptionalSymbol(state, M);
            var positions = engine.GetPositions(r.RequireAccount().Id, spec?.Symbol).Unwrap();
            return OkArray(positions, (w, p) => FuturesJson.Position(w, p, Spec(p.Symbol)!));
        }, v1Version: "v2");

        routes.Futures("POST", "leverage", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var leverage = r.Params.OptionalInt("leverage") ?? throw new AsterErrorException(AsterError.MandatoryMissing("leverage"));
            var result = engine.SetLeverage(r.RequireAccount().Id, spec.Symbol, leverage).Unwrap();
            return Ok(w =>
            {
                w.StartObject();
                w.Int("leverage", result.Leverage);
                w.Decimal("maxNotionalValue", result.MaxNotionalValue);
                w.String("symbol", result.Symbol);
                w.EndObject();
            });
        });

        routes.Futures("POST", "marginType", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var type = r.Params.Required("marginType") switch
            {
                "ISOLATED" => MarginType.Isolated,
                "CROSSED" => MarginType.Crossed,
                _ => throw new AsterErrorException(new AsterError(-4044, "Margin type must be ISOLATED or CROSSED.")),
            };
            engine.SetMarginType(r.RequireAccount().Id, spec.Symbol, type).Unwrap();
            return ValueTask.FromResult(AsterResult.Success());
        });

        routes.Futures("POST", "positionSide/dual", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var hedge = r.Params.OptionalBool("dualSidePosition") ?? throw new AsterErrorException(AsterError.MandatoryMissing("dualSidePosition"));
            engine.SetPositionMode(r.RequireAccount().Id, hedge).Unwrap();
            return ValueTask.FromResult(AsterResult.Success());
        });
        routes.Futures("GET", "positionSide/dual", Security.UserData, Permission.Read, 30, r =>
        {
            var hedge = engine.GetPositionMode(r.RequireAccount().Id).Unwrap();
            return Ok(w => { w.StartObject(); w.Bool("dualSidePosition", hedge); w.EndObject(); });
        });

        // The engine margins in USDT only, so multi-assets mode is always off and cannot be switched on.
        routes.Futures("POST", "multiAssetsMargin", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var on = r.Params.OptionalBool("multiAssetsMargin") ?? throw new AsterErrorException(AsterError.MandatoryMissing("multiAssetsMargin"));
            if (on) throw new AsterErrorException(new AsterError(-1020, "This operation is not supported: the simulator margins in USDT only (no multi-assets mode)."));
            return ValueTask.FromResult(AsterResult.Success());
        });
        routes.Futures("GET", "multiAssetsMargin", Security.UserData, Permission.Read, 30, _ =>
            Ok(w => { w.StartObject(); w.Bool("multiAssetsMargin", false); w.EndObject(); }));

        routes.Futures("POST", "positionMargin", Security.Trade, Permission.PerpTrade, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var amount = r.Params.RequiredDecimal("amount");
            var type = r.Params.OptionalInt("type") ?? throw new AsterErrorException(AsterError.MandatoryMissing("type"));
            if (type is not (1 or 2)) throw new AsterErrorException(AsterError.BadParameter("type"));
            var side = r.Params.Optional("positionSide") is { } text
                ? WireNames.TryParse<PositionSide>(text, out var ps) ? ps : throw new AsterErrorException(new AsterError(-4060, "Invalid position side."))
                : (PositionSide?)null;
            engine.ModifyIsolatedMargin(r.RequireAccount().Id, spec.Symbol, side, amount, add: type == 1).Unwrap();
            return Ok(w =>
            {
                w.StartObject();
                w.Raw.WriteNumber("amount", amount);
                w.Int("code", 200);
                w.String("msg", "Successfully modify position margin.");
                w.Int("type", type);
                w.EndObject();
            });
        });

        routes.Futures("GET", "positionMargin/history", Security.UserData, Permission.Read, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var p = r.Params;
            var rows = engine.GetPositionMarginHistory(r.RequireAccount().Id, spec.Symbol, p.OptionalInt("type"), p.OptionalLong("startTime"),
                p.OptionalLong("endTime"), p.Limit(500, 1000)).Unwrap();
            return OkArray(rows, FuturesJson.PositionMarginChange);
        });

        routes.Futures("GET", "userTrades", Security.UserData, Permission.Read, 5, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var p = r.Params;
            var trades = engine.GetFuturesTrades(r.RequireAccount().Id, spec.Symbol, p.OptionalLong("startTime"), p.OptionalLong("endTime"), p.OptionalLong("fromId"), p.Limit(500, 1000)).Unwrap();
            return OkArray(trades, (w, t) => FuturesJson.Trade(w, t, spec));
        });

        routes.Futures("GET", "income", Security.UserData, Permission.Read, 30, r =>
        {
            var p = r.Params;
            var spec = p.OptionalSymbol(state, M);
            var rows = engine.GetIncome(r.RequireAccount().Id, spec?.Symbol, p.Optional("incomeType"), p.OptionalLong("startTime"), p.OptionalLong("endTime"), p.Limit(100, 1000)).Unwrap();
            return OkArray(rows, FuturesJson.Income);
        });

        routes.Futures("GET", "commissionRate", Security.UserData, Permission.Read, 20, r =>
        {
            var spec = r.Params.RequireSymbol(state, M);
            var (maker, taker) = engine.GetFuturesCommissionRate(r.RequireAccount().Id, spec.Symbol).Unwrap();
            return Ok(w => CommissionRate(w, spec.Symbol, maker, taker));
        });

        routes.Futures("GET", "leverageBracket", Security.UserData, Permission.Read, 1, r =>
        {
            var spec = r.Params.OptionalSymbol(state, M);
            var rows = engine.GetLeverageBrackets(spec?.Symbol).Unwrap();
            void WriteOne(AsterJsonWriter w, Engine.Views.LeverageBracketView b)
            {
                w.StartObject();
                w.String("symbol", b.Symbol);
                w.StartArray("brackets");
                foreach (var x in b.Brackets)
                {
                    w.StartObject();
                    w.Int("bracket", x.Bracket);
                    w.Int("initialLeverage", x.MaxLeverage);
                    w.Raw.WriteNumber("notionalCap", x.NotionalCap);
                    w.Raw.WriteNumber("notionalFloor", x.NotionalFloor);
                    w.Raw.WriteNumber("maintMarginRatio", x.MaintMarginRatio);
                    w.Raw.WriteNumber("cum", x.Cum);
                    w.EndObject();
                }
                w.EndArray();
                w.EndObject();
            }
            // An object when a symbol was sent, else an array (API.md §5.5).
            return spec is null ? OkArray(rows, WriteOne) : Ok(w => WriteOne(w, rows[0]));
        });

        routes.Futures("POST", "asset/wallet/transfer", Security.Trade, Permission.PerpTrade, 5, r => Transfer(state, r));
    }

    public static void CommissionRate(AsterJsonWriter w, string symbol, decimal maker, decimal taker)
    {
        w.StartObject();
        w.String("symbol", symbol);
        w.Decimal("makerCommissionRate", maker, 6);
        w.Decimal("takerCommissionRate", taker, 6);
        w.EndObject();
    }

    /// <summary>Spot ↔ futures transfer; the same call exists on both hosts.</summary>
    public static ValueTask<AsterResult> Transfer(SimulatorState state, AsterRequest r)
    {
        var p = r.Params;
        var amount = p.RequiredDecimal("amount");
        var asset = p.Required("asset");
        var clientTranId = p.Required("clientTranId");
        var direction = WireNames.TryParse<TransferDirection>(p.Required("kindType"), out var d) ? d : throw new AsterErrorException(AsterError.BadParameter("kindType"));
        var result = state.Engine.Transfer(r.RequireAccount().Id, asset, amount, direction, clientTranId).Unwrap();
        return Ok(w => { w.StartObject(); w.Id("tranId", result.TranId); w.String("status", result.Status); w.EndObject(); });
    }
}
