using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Engine.Views;
using AsterBot.Simulator.Server.Json;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>User-data events as Aster sends them (API.md §7.4).</summary>
public static class UserPayloads
{
    public static byte[] OrderTradeUpdate(FuturesOrderUpdate e, SymbolSpec spec) => Payload.Build(w =>
    {
        var o = e.Order;
        int ps = spec.PriceScale;
        w.StartObject();
        w.String("e", "ORDER_TRADE_UPDATE");
        w.Id("E", e.EventTime);
        w.Id("T", e.EventTime);
        w.StartObject("o");
        OrderFields(w, o, "sp", e.ExecutionType, e.LastFilledQuantity, e.LastFilledPrice, spec);
        if (e.CommissionAsset is not null)
        {
            // N/n are omitted when the update carries no commission.
            w.String("N", e.CommissionAsset);
            w.Decimal("n", e.Commission, 8);
        }
        w.Id("T", o.UpdateTime);
        w.Id("t", e.TradeId);
        w.String("b", "0");
        w.String("a", "0");
        w.Bool("m", e.IsMaker);
        w.Bool("R", o.ReduceOnly);
        w.String("wt", WireNames.Of(o.WorkingType));
        w.String("ot", WireNames.Of(o.OrigType));
        w.String("ps", WireNames.Of(o.PositionSide));
        w.Bool("cp", o.ClosePosition);
        if (o.ActivationPrice is { } activation) w.Decimal("AP", activation, ps);
        if (o.CallbackRate is { } rate) w.Decimal("cr", rate);
        w.Decimal("rp", e.RealizedProfit, 8);
        w.EndObject();
        w.EndObject();
    });

    public static byte[] AccountUpdate(FuturesAccountUpdate e, Func<string, SymbolSpec?> spec) => Payload.Build(w =>
    {
        w.StartObject();
        w.String("e", "ACCOUNT_UPDATE");
        w.Id("E", e.EventTime);
        w.Id("T", e.EventTime);
        w.StartObject("a");
        w.String("m", e.Reason);
        w.StartArray("B");
        foreach (var b in e.Balances)
        {
            w.StartObject();
            w.String("a", b.Asset);
            w.Decimal("wb", b.WalletBalance, 8);
            w.Decimal("cw", b.CrossWalletBalance, 8);
            w.Decimal("bc", b.BalanceChange, 8);
            w.EndObject();
        }
        w.EndArray();
        w.StartArray("P");
        foreach (var p in e.Positions)
        {
            var s = spec(p.Symbol);
            w.StartObject();
            w.String("s", p.Symbol);
            w.Decimal("pa", p.PositionAmt, s?.QuantityScale ?? 8);
            w.Decimal("ep", p.EntryPrice, s?.PriceScale ?? 8);
            w.String("cr", "0");
            w.Decimal("up", p.UnrealizedProfit, 8);
            w.String("mt", FuturesJson.MarginTypeText(p.MarginType));
            w.Decimal("iw", p.IsolatedWallet, 8);
            w.String("ps", WireNames.Of(p.PositionSide));
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        w.EndObject();
    });

    public static byte[] ConfigUpdate(FuturesConfigUpdate e) => Payload.Build(w =>
    {
        w.StartObject();
        w.String("e", "ACCOUNT_CONFIG_UPDATE");
        w.Id("E", e.EventTime);
        w.Id("T", e.EventTime);
        if (e.Symbol is not null && e.Leverage is { } leverage)
        {
            w.StartObject("ac");
            w.String("s", e.Symbol);
            w.Int("l", leverage);
            w.EndObject();
        }
        if (e.HedgeMode is { } hedge)
        {
            w.StartObject("ai");
            w.Bool("j", false);
            w.Bool("d", hedge);
            w.EndObject();
        }
        w.EndObject();
    });

    public static byte[] MarginCall(MarginCallEvent e, Func<string, SymbolSpec?> spec) => Payload.Build(w =>
    {
        w.StartObject();
        w.String("e", "MARGIN_CALL");
        w.Id("E", e.EventTime);
        w.Decimal("cw", e.CrossWalletBalance, 8);
        w.StartArray("p");
        foreach (var p in e.Positions)
        {
            w.StartObject();
            w.String("s", p.Symbol);
            w.String("ps", WireNames.Of(p.PositionSide));
            w.Decimal("pa", p.PositionAmt, spec(p.Symbol)?.QuantityScale ?? 8);
            w.String("mt", p.MarginType == Aster.Models.MarginType.Isolated ? "ISOLATED" : "CROSSED");
            w.Decimal("iw", p.IsolatedWallet, 8);
            w.Decimal("mp", p.MarkPrice, 8);
            w.Decimal("up", p.UnrealizedProfit, 8);
            w.Decimal("mm", p.MaintMargin, 8);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });

    public static byte[] ExecutionReport(SpotOrderUpdate e, SymbolSpec spec) => Payload.Build(w =>
    {
        var o = e.Order;
        w.StartObject();
        w.String("e", "executionReport");
        w.Id("E", e.EventTime);
        OrderFields(w, o, "P", e.ExecutionType, e.LastFilledQuantity, e.LastFilledPrice, spec);
        w.Decimal("n", e.Commission, 8);
        w.String("N", e.CommissionAsset);
        w.Id("T", o.UpdateTime);
        w.Id("t", e.TradeId);
        w.Bool("m", e.IsMaker);
        w.String("ot", WireNames.Of(o.OrigType));
        w.Id("O", o.Time);
        w.Decimal("Z", o.CumQuote);
        w.Decimal("Y", e.LastFilledPrice * e.LastFilledQuantity);
        w.Decimal("Q", o.QuoteOrderQty ?? 0);
        w.EndObject();
    });

    public static byte[] OutboundAccountPosition(SpotAccountUpdate e) => Payload.Build(w =>
    {
        w.StartObject();
        w.StartArray("B");
        foreach (var b in e.Balances)
        {
            w.StartObject();
            w.String("a", b.Asset);
            w.Decimal("f", b.Free, 8);
            w.Decimal("l", b.Locked, 8);
            w.EndObject();
        }
        w.EndArray();
        w.String("e", "outboundAccountPosition");
        w.Id("T", e.EventTime);
        w.Id("E", e.EventTime);
        w.String("m", e.Reason);
        w.EndObject();
    });

    /// <summary>
    /// The order fields an ORDER_TRADE_UPDATE "o" object and an executionReport share, in their common wire order;
    /// only the stop price's key differs ("sp" on futures, "P" on spot). Generic over the view struct: no boxing.
    /// </summary>
    private static void OrderFields<TView>(AsterJsonWriter w, in TView o, string stopPriceKey, Aster.Models.ExecutionType execution,
        decimal lastFilledQuantity, decimal lastFilledPrice, SymbolSpec spec) where TView : struct, IOrderView
    {
        int ps = spec.PriceScale, qs = spec.QuantityScale;
        w.String("s", o.Symbol);
        w.String("c", o.ClientOrderId);
        w.String("S", WireNames.Of(o.Side));
        w.String("o", WireNames.Of(o.Type));
        w.String("f", WireNames.Of(o.TimeInForce));
        w.Decimal("q", o.OrigQty, qs);
        w.Decimal("p", o.Price, ps);
        w.Decimal("ap", o.AvgPrice, ps);
        w.Decimal(stopPriceKey, o.StopPrice, ps);
        w.String("x", WireNames.Of(execution));
        w.String("X", WireNames.Of(o.Status));
        w.Id("i", o.OrderId);
        w.Decimal("l", lastFilledQuantity, qs);
        w.Decimal("z", o.ExecutedQty, qs);
        w.Decimal("L", lastFilledPrice, ps);
    }
}
