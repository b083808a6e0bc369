using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Engine.Views;
using AsterBot.Simulator.Server.Json;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>Market stream payloads (API.md §7.2–7.3); spot differs in aggTrade (M), bookTicker (no e) and partial depth.</summary>
public static class MarketPayloads
{
    public static byte[] AggTrade(TradeEvent t, SymbolSpec spec) => Payload.Build(w => TradeObject(w, t, spec, aggregate: true));

    public static byte[] Trade(TradeEvent t, SymbolSpec spec) => Payload.Build(w => TradeObject(w, t, spec, aggregate: false));

    /// <summary>
    /// trade and aggTrade differ only in the id key ("t" / "a") and aggTrade's extras: each simulated fill is its
    /// own aggregate (f = l = the trade id), and spot adds "M".
    /// </summary>
    private static void TradeObject(AsterJsonWriter w, TradeEvent t, SymbolSpec spec, bool aggregate)
    {
        w.StartObject();
        w.String("e", aggregate ? "aggTrade" : "trade");
        w.Id("E", t.EventTime);
        w.String("s", t.Symbol);
        w.Id(aggregate ? "a" : "t", t.TradeId);
        w.Decimal("p", t.Price, spec.PriceScale);
        w.Decimal("q", t.Quantity, spec.QuantityScale);
        if (aggregate)
        {
            w.Id("f", t.TradeId);
            w.Id("l", t.TradeId);
        }
        w.Id("T", t.EventTime);
        w.Bool("m", t.BuyerIsMaker);
        if (aggregate && t.Market == Market.Spot) w.Bool("M", true);
        w.EndObject();
    }

    public static byte[] MarkPrice(MarkPriceUpdate m) => Payload.Build(w => MarkPriceObject(w, m));

    public static byte[] MarkPriceArray(MarkPriceUpdate m) => Payload.Build(w => { w.StartArray(); MarkPriceObject(w, m); w.EndArray(); });

    private static void MarkPriceObject(AsterJsonWriter w, MarkPriceUpdate m)
    {
        w.StartObject();
        w.String("e", "markPriceUpdate");
        w.Id("E", m.EventTime);
        w.String("s", m.Symbol);
        w.Decimal("p", m.MarkPrice, 8);
        w.Decimal("i", m.IndexPrice, 8);
        w.Decimal("P", m.EstimatedSettlePrice, 8);
        w.Decimal("r", m.FundingRate, 8);
        w.Id("T", m.NextFundingTime);
        w.EndObject();
    }

    public static byte[] Kline(long eventTime, string symbol, string interval, KlineView k, bool closed, SymbolSpec spec) => Payload.Build(w =>
    {
        int ps = spec.PriceScale, qs = spec.QuantityScale;
        w.StartObject();
        w.String("e", "kline");
        w.Id("E", eventTime);
        w.String("s", symbol);
        w.StartObject("k");
        w.Id("t", k.OpenTime);
        w.Id("T", k.CloseTime);
        w.String("s", symbol);
        w.String("i", interval);
        w.Id("f", 0);
        w.Id("L", 0);
        w.Decimal("o", k.Open, ps);
        w.Decimal("c", k.Close, ps);
        w.Decimal("h", k.High, ps);
        w.Decimal("l", k.Low, ps);
        w.Decimal("v", k.Volume, qs);
        w.Int("n", k.TradeCount);
        w.Bool("x", closed);
        w.Decimal("q", k.QuoteVolume);
        w.Decimal("V", k.TakerBuyBaseVolume, qs);
        w.Decimal("Q", k.TakerBuyQuoteVolume);
        w.String("B", "0");
        w.EndObject();
        w.EndObject();
    });

    public static byte[] DepthDiff(DepthUpdate d, SymbolSpec spec) => Payload.Build(w =>
    {
        w.StartObject();
        w.String("e", "depthUpdate");
        w.Id("E", d.EventTime);
        w.Id("T", d.EventTime);
        w.String("s", d.Symbol);
        w.Id("U", d.FirstUpdateId);
        w.Id("u", d.FinalUpdateId);
        w.Id("pu", d.PreviousFinalUpdateId);
        Payload.Levels(w, "b", d.Bids, spec.PriceScale, spec.QuantityScale);
        Payload.Levels(w, "a", d.Asks, spec.PriceScale, spec.QuantityScale);
        w.EndObject();
    });

    /// <summary>Partial book: futures as a depthUpdate with b/a; spot as lastUpdateId with bids/asks.</summary>
    public static byte[] PartialDepth(Market market, string symbol, DepthView d, long previousUpdateId, SymbolSpec spec) => Payload.Build(w =>
    {
        w.StartObject();
        if (market == Market.Futures)
        {
            w.String("e", "depthUpdate");
            w.Id("E", d.Time);
            w.Id("T", d.Time);
            w.String("s", symbol);
            w.Id("U", previousUpdateId + 1);
            w.Id("u", d.LastUpdateId);
            w.Id("pu", previousUpdateId);
            Payload.Levels(w, "b", d.Bids, spec.PriceScale, spec.QuantityScale);
            Payload.Levels(w, "a", d.Asks, spec.PriceScale, spec.QuantityScale);
        }
        else
        {
            w.Id("lastUpdateId", d.LastUpdateId);
            Payload.Levels(w, "bids", d.Bids, spec.PriceScale, spec.QuantityScale);
            Payload.Levels(w, "asks", d.Asks, spec.PriceScale, spec.QuantityScale);
        }
        w.EndObject();
    });

    public static byte[] BookTicker(Market market, BookTickerView b, SymbolSpec spec) => Payload.Build(w =>
    {
        w.StartObject();
        if (market == Market.Futures) w.String("e", "bookTicker");
        w.Id("u", b.UpdateId);
        if (market == Market.Futures)
        {
            w.Id("E", b.Time);
            w.Id("T", b.Time);
        }
        w.String("s", b.Symbol);
        w.Decimal("b", b.BidPrice, spec.PriceScale);
        w.Decimal("B", b.BidQty, spec.QuantityScale);
        w.Decimal("a", b.AskPrice, spec.PriceScale);
        w.Decimal("A", b.AskQty, spec.QuantityScale);
        w.EndObject();
    });

    public static byte[] Ticker(Ticker24hView t, SymbolSpec spec, long eventTime, bool mini) => Payload.Build(w =>
    {
        int ps = spec.PriceScale, qs = spec.QuantityScale;
        w.StartObject();
        w.String("e", mini ? "24hrMiniTicker" : "24hrTicker");
        w.Id("E", eventTime);
        w.String("s", t.Symbol);
        if (!mini)
        {
            w.Decimal("p", t.PriceChange, ps);
            w.Decimal("P", t.PriceChangePercent, 3);
            w.Decimal("w", t.WeightedAvgPrice, ps);
        }
        w.Decimal("c", t.LastPrice, ps);
        if (!mini) w.Decimal("Q", 0, qs);
        w.Decimal("o", t.OpenPrice, ps);
        w.Decimal("h", t.HighPrice, ps);
        w.Decimal("l", t.LowPrice, ps);
        w.Decimal("v", t.Volume, qs);
        w.Decimal("q", t.QuoteVolume);
        if (!mini)
        {
            w.Id("O", t.OpenTime);
            w.Id("C", t.CloseTime);
            w.Id("F", 0);
            w.Id("L", 0);
            w.Id("n", t.Count);
        }
        w.EndObject();
    });

    public static byte[] ForceOrder(LiquidationEvent l, SymbolSpec spec) => Payload.Build(w =>
    {
        w.StartObject();
        w.String("e", "forceOrder");
        w.Id("E", l.EventTime);
        w.StartObject("o");
        w.String("s", l.Symbol);
        w.String("S", WireNames.Of(l.Side));
        w.String("o", "LIMIT");
        w.String("f", "IOC");
        w.Decimal("q", l.Quantity, spec.QuantityScale);
        w.Decimal("p", l.Price, spec.PriceScale);
        w.Decimal("ap", l.AveragePrice, spec.PriceScale);
        w.String("X", "FILLED");
        w.Decimal("l", l.Quantity, spec.QuantityScale);
        w.Decimal("z", l.Quantity, spec.QuantityScale);
        w.Id("T", l.EventTime);
        w.EndObject();
        w.EndObject();
    });
}
