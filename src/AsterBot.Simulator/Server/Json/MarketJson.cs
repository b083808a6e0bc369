using System.Text.Json;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Server.Json;

/// <summary>Public market-data shapes of both markets (API.md §5.3, §6).</summary>
public static class MarketJson
{
    /// <summary>exchangeInfo: the captured top level with the enabled symbols' captured entries.</summary>
    public static void ExchangeInfo(AsterJsonWriter w, string capturedDocument, IEnumerable<SymbolSpec> symbols, long serverTime)
    {
        using var doc = JsonDocument.Parse(capturedDocument);
        w.StartObject();
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            if (property.NameEquals("symbols"))
            {
                w.StartArray("symbols");
                foreach (var s in symbols) w.Raw.WriteRawValue(s.ExchangeInfoJson, skipInputValidation: true);
                w.EndArray();
            }
            else if (property.NameEquals("serverTime")) w.Id("serverTime", serverTime);
            else property.WriteTo(w.Raw);
        }
        w.EndObject();
    }

    public static void Depth(AsterJsonWriter w, DepthView d, SymbolSpec spec)
    {
        w.StartObject();
        w.Id("lastUpdateId", d.LastUpdateId);
        w.Id("E", d.Time);
        w.Id("T", d.Time);
        Levels(w, "bids", d.Bids, spec);
        Levels(w, "asks", d.Asks, spec);
        w.EndObject();
    }

    public static void Levels(AsterJsonWriter w, string name, IReadOnlyList<PriceQuantity> levels, SymbolSpec spec)
    {
        w.StartArray(name);
        foreach (var l in levels)
        {
            w.Raw.WriteStartArray();
            w.Raw.WriteStringValue(AsterJsonWriter.Format(l.Price, spec.PriceScale));
            w.Raw.WriteStringValue(AsterJsonWriter.Format(l.Quantity, spec.QuantityScale));
            w.Raw.WriteEndArray();
        }
        w.EndArray();
    }

    public static void Trade(AsterJsonWriter w, PublicTradeView t, SymbolSpec spec, Market market)
    {
        w.StartObject();
        w.Id("id", t.Id);
        w.Decimal("price", t.Price, spec.PriceScale);
        if (market == Market.Spot)
        {
            // Spot's real shape: qty carries the quote amount and baseQty the base amount (API.md §6).
            w.Decimal("qty", t.QuoteQty);
            w.Decimal("baseQty", t.Qty, spec.QuantityScale);
        }
        else
        {
            w.Decimal("qty", t.Qty, spec.QuantityScale);
            w.Decimal("quoteQty", t.QuoteQty);
        }
        w.Id("time", t.Time);
        w.Bool("isBuyerMaker", t.IsBuyerMaker);
        w.EndObject();
    }

    /// <summary>aggTrades: each simulated fill is its own aggregate (first = last = the trade id).</summary>
    public static void AggTrade(AsterJsonWriter w, PublicTradeView t, SymbolSpec spec)
    {
        w.StartObject();
        w.Id("a", t.Id);
        w.Decimal("p", t.Price, spec.PriceScale);
        w.Decimal("q", t.Qty, spec.QuantityScale);
        w.Id("f", t.Id);
        w.Id("l", t.Id);
        w.Id("T", t.Time);
        w.Bool("m", t.IsBuyerMaker);
        w.EndObject();
    }

    /// <summary>A kline row: futures has 12 columns (trailing "0"), spot 11.</summary>
    public static void Kline(AsterJsonWriter w, KlineView k, SymbolSpec spec, Market market)
    {
        var ps = spec.PriceScale;
        var qs = spec.QuantityScale;
        var raw = w.Raw;
        raw.WriteStartArray();
        raw.WriteNumberValue(k.OpenTime);
        raw.WriteStringValue(AsterJsonWriter.Format(k.Open, ps));
        raw.WriteStringValue(AsterJsonWriter.Format(k.High, ps));
        raw.WriteStringValue(AsterJsonWriter.Format(k.Low, ps));
        raw.WriteStringValue(AsterJsonWriter.Format(k.Close, ps));
        raw.WriteStringValue(AsterJsonWriter.Format(k.Volume, qs));
        raw.WriteNumberValue(k.CloseTime);
        raw.WriteStringValue(AsterJsonWriter.Plain(k.QuoteVolume));
        raw.WriteNumberValue(k.TradeCount);
        raw.WriteStringValue(AsterJsonWriter.Format(k.TakerBuyBaseVolume, qs));
        raw.WriteStringValue(AsterJsonWriter.Plain(k.TakerBuyQuoteVolume));
        if (market == Market.Futures) raw.WriteStringValue("0");
        raw.WriteEndArray();
    }

    /// <summary>An index-price candle: prices only; volumes "0", the trade column counts the candle's data points.</summary>
    public static void IndexKline(AsterJsonWriter w, KlineView k, SymbolSpec spec)
    {
        var ps = spec.PriceScale;
        var raw = w.Raw;
        raw.WriteStartArray();
        raw.WriteNumberValue(k.OpenTime);
        raw.WriteStringValue(AsterJsonWriter.Format(k.Open, ps));
        raw.WriteStringValue(AsterJsonWriter.Format(k.High, ps));
        raw.WriteStringValue(AsterJsonWriter.Format(k.Low, ps));
        raw.WriteStringValue(AsterJsonWriter.Format(k.Close, ps));
        raw.WriteStringValue("0");
        raw.WriteNumberValue(k.CloseTime);
        raw.WriteStringValue("0");
        raw.WriteNumberValue(k.TradeCount);
        raw.WriteStringValue("0");
        raw.WriteStringValue("0");
        raw.WriteStringValue("0");
        raw.WriteEndArray();
    }

    public static void PremiumIndex(AsterJsonWriter w, MarkPriceView m)
    {
        w.StartObject();
        w.String("symbol", m.Symbol);
        w.Decimal("markPrice", m.MarkPrice, 8);
        w.Decimal("indexPrice", m.IndexPrice, 8);
        w.Decimal("estimatedSettlePrice", m.EstimatedSettlePrice, 8);
        w.Decimal("lastFundingRate", m.LastFundingRate, 8);
        w.Id("nextFundingTime", m.NextFundingTime);
        w.Decimal("interestRate", m.InterestRate, 8);
        w.Id("time", m.Time);
        w.EndObject();
    }

    public static void FundingRate(AsterJsonWriter w, FundingRateView f)
    {
        w.StartObject();
        w.String("symbol", f.Symbol);
        w.Decimal("fundingRate", f.FundingRate, 8);
        w.Id("fundingTime", f.FundingTime);
        w.EndObject();
    }

    public static void Ticker24h(AsterJsonWriter w, Ticker24hView t, SymbolSpec spec, BookTickerView? book)
    {
        var ps = spec.PriceScale;
        var qs = spec.QuantityScale;
        w.StartObject();
        w.String("symbol", t.Symbol);
        w.Decimal("priceChange", t.PriceChange, ps);
        w.Decimal("priceChangePercent", t.PriceChangePercent, 3);
        w.Decimal("weightedAvgPrice", t.WeightedAvgPrice, ps);
        w.Decimal("prevClosePrice", t.OpenPrice, ps);
        w.Decimal("lastPrice", t.LastPrice, ps);
        w.Decimal("lastQty", 0, qs);
        w.Decimal("openPrice", t.OpenPrice, ps);
        w.Decimal("highPrice", t.HighPrice, ps);
        w.Decimal("lowPrice", t.LowPrice, ps);
        w.Decimal("volume", t.Volume, qs);
        w.Decimal("quoteVolume", t.QuoteVolume);
        w.Id("openTime", t.OpenTime);
        w.Id("closeTime", t.CloseTime);
        w.Id("firstId", 0);
        w.Id("lastId", 0);
        w.Id("count", t.Count);
        if (book is not null)
        {
            // Spot's 24hr ticker adds the book top and the assets.
            w.Decimal("bidPrice", book.BidPrice, ps);
            w.Decimal("bidQty", book.BidQty, qs);
            w.Decimal("askPrice", book.AskPrice, ps);
            w.Decimal("askQty", book.AskQty, qs);
            w.String("baseAsset", spec.BaseAsset);
            w.String("quoteAsset", spec.QuoteAsset);
        }
        w.EndObject();
    }

    public static void PriceTicker(AsterJsonWriter w, string symbol, decimal price, SymbolSpec spec, long time)
    {
        w.StartObject();
        w.String("symbol", symbol);
        w.Decimal("price", price, spec.PriceScale);
        w.Id("time", time);
        w.EndObject();
    }

    public static void BookTicker(AsterJsonWriter w, BookTickerView b, SymbolSpec spec)
    {
        w.StartObject();
        w.String("symbol", b.Symbol);
        w.Decimal("bidPrice", b.BidPrice, spec.PriceScale);
        w.Decimal("bidQty", b.BidQty, spec.QuantityScale);
        w.Decimal("askPrice", b.AskPrice, spec.PriceScale);
        w.Decimal("askQty", b.AskQty, spec.QuantityScale);
        w.Id("time", b.Time);
        w.EndObject();
    }
}
