using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Server.Json;

/// <summary>Spot response shapes (API.md §6), decimals at the symbol's scales.</summary>
public static class SpotJson
{
    public static void Order(AsterJsonWriter w, in SpotOrderView o, SymbolSpec spec, bool withTime)
    {
        var ps = spec.PriceScale;
        var qs = spec.QuantityScale;
        w.StartObject();
        w.String("symbol", o.Symbol);
        w.Id("orderId", o.OrderId);
        w.String("clientOrderId", o.ClientOrderId);
        w.Id("updateTime", o.UpdateTime);
        if (withTime) w.Id("time", o.Time);
        w.Decimal("price", o.Price, ps);
        w.Decimal("avgPrice", o.AvgPrice, ps);
        w.Decimal("origQty", o.OrigQty, qs);
        w.Decimal("cumQty", o.ExecutedQty, qs);
        w.Decimal("executedQty", o.ExecutedQty, qs);
        w.Decimal("cumQuote", o.CumQuote);
        w.String("status", WireNames.Of(o.Status));
        w.String("timeInForce", WireNames.Of(o.TimeInForce));
        w.Decimal("stopPrice", o.StopPrice, ps);
        w.String("origType", WireNames.Of(o.OrigType));
        w.String("type", WireNames.Of(o.Type));
        w.String("side", WireNames.Of(o.Side));
        w.Id("orderListId", -1);
        w.EndObject();
    }

    public static void Account(AsterJsonWriter w, SpotAccountView a)
    {
        w.StartObject();
        w.Id("feeTier", 0);
        w.Bool("canTrade", true);
        w.Bool("canDeposit", true);
        w.Bool("canWithdraw", true);
        w.Bool("canBurnAsset", true);
        w.Id("updateTime", a.UpdateTime);
        w.StartArray("balances");
        foreach (var b in a.Balances)
        {
            w.StartObject();
            w.String("asset", b.Asset);
            w.Decimal("free", b.Free, 8);
            w.Decimal("locked", b.Locked, 8);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }

    public static void Trade(AsterJsonWriter w, SpotTradeView t, SymbolSpec spec)
    {
        w.StartObject();
        w.String("symbol", t.Symbol);
        w.Id("id", t.Id);
        w.Id("orderId", t.OrderId);
        w.String("side", WireNames.Of(t.Side));
        w.Decimal("price", t.Price, spec.PriceScale);
        w.Decimal("qty", t.Qty, spec.QuantityScale);
        w.Decimal("quoteQty", t.QuoteQty);
        w.Decimal("commission", t.Commission, 8);
        w.String("commissionAsset", t.CommissionAsset);
        w.Id("time", t.Time);
        w.Id("counterpartyId", t.CounterpartyAccountId);
        w.Id("createUpdateId", t.Id);
        w.Bool("maker", t.Maker);
        w.Bool("buyer", t.Buyer);
        w.EndObject();
    }
}
