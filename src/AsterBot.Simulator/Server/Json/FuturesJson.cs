using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Server.Json;

/// <summary>Futures response shapes (API.md §5.4–5.5), decimals at the symbol's scales.</summary>
public static class FuturesJson
{
    /// <param name="withTime">Query/list responses add <c>time</c> (creation time); place/cancel answers do not.</param>
    public static void Order(AsterJsonWriter w, in FuturesOrderView o, SymbolSpec spec, bool withTime)
    {
        var ps = spec.PriceScale;
        var qs = spec.QuantityScale;
        w.StartObject();
        w.String("clientOrderId", o.ClientOrderId);
        w.Decimal("cumQty", o.ExecutedQty, qs);
        w.Decimal("cumQuote", o.CumQuote);
        w.Decimal("executedQty", o.ExecutedQty, qs);
        w.Id("orderId", o.OrderId);
        w.Decimal("avgPrice", o.AvgPrice, ps);
        w.Decimal("origQty", o.OrigQty, qs);
        w.Decimal("price", o.Price, ps);
        w.Bool("reduceOnly", o.ReduceOnly);
        w.String("side", WireNames.Of(o.Side));
        w.String("positionSide", WireNames.Of(o.PositionSide));
        w.String("status", WireNames.Of(o.Status));
        w.Decimal("stopPrice", o.StopPrice, ps);
        w.Bool("closePosition", o.ClosePosition);
        w.String("symbol", o.Symbol);
        if (withTime) w.Id("time", o.Time);
        w.String("timeInForce", WireNames.Of(o.TimeInForce));
        w.String("type", WireNames.Of(o.Type));
        w.String("origType", WireNames.Of(o.OrigType));
        if (o.ActivationPrice is { } activation) w.Decimal("activatePrice", activation, ps);
        if (o.CallbackRate is { } rate) w.Decimal("priceRate", rate);
        w.Id("updateTime", o.UpdateTime);
        w.String("workingType", WireNames.Of(o.WorkingType));
        w.Bool("priceProtect", o.PriceProtect);
        w.EndObject();
    }

    public static void Position(AsterJsonWriter w, FuturesPositionView p, SymbolSpec spec)
    {
        w.StartObject();
        w.String("symbol", p.Symbol);
        w.Decimal("positionAmt", p.PositionAmt, spec.QuantityScale);
        w.Decimal("entryPrice", p.EntryPrice, spec.PriceScale);
        w.Decimal("markPrice", p.MarkPrice, 8);
        w.Decimal("unRealizedProfit", p.UnrealizedProfit, 8);
        w.Decimal("liquidationPrice", p.LiquidationPrice, spec.PriceScale);
        w.String("leverage", p.Leverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.Decimal("maxNotionalValue", p.MaxNotional);
        w.String("marginType", MarginTypeText(p.MarginType));
        w.Decimal("isolatedMargin", p.IsolatedMargin, 8);
        w.String("isAutoAddMargin", "false");
        w.String("positionSide", WireNames.Of(p.PositionSide));
        w.Decimal("notional", p.Notional, 8);
        w.Decimal("isolatedWallet", p.IsolatedWallet, 8);
        w.Id("updateTime", p.UpdateTime);
        w.EndObject();
    }

    /// <summary>Position rows of /fapi/v4/account (a different field set from positionRisk).</summary>
    public static void AccountPosition(AsterJsonWriter w, FuturesPositionView p, SymbolSpec spec)
    {
        w.StartObject();
        w.String("symbol", p.Symbol);
        w.Decimal("initialMargin", p.InitialMargin, 8);
        w.Decimal("maintMargin", p.MaintMargin, 8);
        w.Decimal("unrealizedProfit", p.UnrealizedProfit, 8);
        w.Decimal("positionInitialMargin", p.InitialMargin, 8);
        w.Decimal("openOrderInitialMargin", p.OpenOrderInitialMargin, 8);
        w.String("leverage", p.Leverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.Bool("isolated", p.MarginType == Aster.Models.MarginType.Isolated);
        w.Decimal("entryPrice", p.EntryPrice, spec.PriceScale);
        w.Decimal("maxNotional", p.MaxNotional);
        w.String("positionSide", WireNames.Of(p.PositionSide));
        w.Decimal("positionAmt", p.PositionAmt, spec.QuantityScale);
        w.Decimal("notional", p.Notional, 8);
        w.Decimal("isolatedWallet", p.IsolatedWallet, 8);
        w.Id("updateTime", p.UpdateTime);
        w.EndObject();
    }

    public static void Account(AsterJsonWriter w, FuturesAccountView a, Func<string, SymbolSpec?> spec)
    {
        w.StartObject();
        w.Id("feeTier", 0);
        w.Bool("canTrade", true);
        w.Bool("canDeposit", true);
        w.Bool("canWithdraw", true);
        w.Id("updateTime", a.UpdateTime);
        w.Decimal("totalInitialMargin", a.TotalInitialMargin, 8);
        w.Decimal("totalMaintMargin", a.TotalMaintMargin, 8);
        w.Decimal("totalWalletBalance", a.TotalWalletBalance, 8);
        w.Decimal("totalUnrealizedProfit", a.TotalUnrealizedProfit, 8);
        w.Decimal("totalMarginBalance", a.TotalMarginBalance, 8);
        w.Decimal("totalPositionInitialMargin", a.TotalPositionInitialMargin, 8);
        w.Decimal("totalOpenOrderInitialMargin", a.TotalOpenOrderInitialMargin, 8);
        w.Decimal("totalCrossWalletBalance", a.TotalCrossWalletBalance, 8);
        w.Decimal("totalCrossUnPnl", a.TotalCrossUnPnl, 8);
        w.Decimal("availableBalance", a.AvailableBalance, 8);
        w.Decimal("maxWithdrawAmount", a.MaxWithdrawAmount, 8);
        w.StartArray("assets");
        foreach (var asset in a.Assets) Asset(w, asset);
        w.EndArray();
        w.StartArray("positions");
        foreach (var p in a.Positions)
            if (spec(p.Symbol) is { } s) AccountPosition(w, p, s);
        w.EndArray();
        w.EndObject();
    }

    private static void Asset(AsterJsonWriter w, FuturesAssetView a)
    {
        w.StartObject();
        w.String("asset", a.Asset);
        w.Decimal("walletBalance", a.WalletBalance, 8);
        w.Decimal("unrealizedProfit", a.UnrealizedProfit, 8);
        w.Decimal("marginBalance", a.MarginBalance, 8);
        w.Decimal("maintMargin", a.MaintMargin, 8);
        w.Decimal("initialMargin", a.InitialMargin, 8);
        w.Decimal("positionInitialMargin", a.PositionInitialMargin, 8);
        w.Decimal("openOrderInitialMargin", a.OpenOrderInitialMargin, 8);
        w.Decimal("maxWithdrawAmount", a.MaxWithdrawAmount, 8);
        w.Decimal("crossWalletBalance", a.CrossWalletBalance, 8);
        w.Decimal("crossUnPnl", a.CrossUnPnl, 8);
        w.Decimal("availableBalance", a.AvailableBalance, 8);
        w.Bool("marginAvailable", a.MarginAvailable);
        w.Id("updateTime", a.UpdateTime);
        w.EndObject();
    }

    /// <summary>GET /fapi/v2/balance rows.</summary>
    public static void Balance(AsterJsonWriter w, FuturesAssetView a, string accountAlias)
    {
        w.StartObject();
        w.String("accountAlias", accountAlias);
        w.String("asset", a.Asset);
        w.Decimal("balance", a.WalletBalance, 8);
        w.Decimal("crossWalletBalance", a.CrossWalletBalance, 8);
        w.Decimal("crossUnPnl", a.CrossUnPnl, 8);
        w.Decimal("availableBalance", a.AvailableBalance, 8);
        w.Decimal("maxWithdrawAmount", a.MaxWithdrawAmount, 8);
        w.Bool("marginAvailable", a.MarginAvailable);
        w.Id("updateTime", a.UpdateTime);
        w.EndObject();
    }

    public static void Trade(AsterJsonWriter w, FuturesTradeView t, SymbolSpec spec)
    {
        w.StartObject();
        w.Bool("buyer", t.Buyer);
        w.Decimal("commission", t.Commission, 8);
        w.String("commissionAsset", t.CommissionAsset);
        w.Id("id", t.Id);
        w.Bool("maker", t.Maker);
        w.Id("orderId", t.OrderId);
        w.Decimal("price", t.Price, spec.PriceScale);
        w.Decimal("qty", t.Qty, spec.QuantityScale);
        w.Decimal("quoteQty", t.QuoteQty);
        w.Decimal("realizedPnl", t.RealizedPnl, 8);
        w.String("side", WireNames.Of(t.Side));
        w.String("positionSide", WireNames.Of(t.PositionSide));
        w.String("symbol", t.Symbol);
        w.Id("time", t.Time);
        w.EndObject();
    }

    public static void PositionMarginChange(AsterJsonWriter w, PositionMarginChangeView c)
    {
        w.StartObject();
        w.Decimal("amount", c.Amount, 8);
        w.String("asset", c.Asset);
        w.String("symbol", c.Symbol);
        w.Id("time", c.Time);
        w.Int("type", c.Type);
        w.String("positionSide", WireNames.Of(c.PositionSide));
        w.EndObject();
    }

    public static void Income(AsterJsonWriter w, IncomeView i)
    {
        w.StartObject();
        w.String("symbol", i.Symbol);
        w.String("incomeType", i.IncomeType);
        w.Decimal("income", i.Income, 8);
        w.String("asset", i.Asset);
        w.String("info", i.Info);
        w.Id("time", i.Time);
        w.String("tranId", i.TranId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.String("tradeId", i.TradeId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        w.EndObject();
    }

    /// <summary>Responses show margin types in lower case: "isolated" / "cross".</summary>
    public static string MarginTypeText(Aster.Models.MarginType type) => type == Aster.Models.MarginType.Isolated ? "isolated" : "cross";
}
