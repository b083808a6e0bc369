using System.Globalization;
using System.Text.Json;
using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Symbols;

/// <summary>
/// The symbols of both markets, loaded from Aster's real exchangeInfo captures embedded in this assembly,
/// plus leverage brackets (not published by Aster) and starting prices from our own data files.
/// </summary>
public sealed class SymbolCatalog
{
    private readonly Dictionary<string, SymbolSpec> _futures;
    private readonly Dictionary<string, SymbolSpec> _spot;
    private readonly Dictionary<string, decimal> _initialPrices;

    private SymbolCatalog(
        Dictionary<string, SymbolSpec> futures, Dictionary<string, SymbolSpec> spot,
        Dictionary<string, decimal> initialPrices, string futuresInfo, string spotInfo)
    {
        _futures = futures;
        _spot = spot;
        _initialPrices = initialPrices;
        FuturesExchangeInfoJson = futuresInfo;
        SpotExchangeInfoJson = spotInfo;
    }

    /// <summary>The captured futures exchangeInfo document (top-level fields such as rateLimits and assets).</summary>
    public string FuturesExchangeInfoJson { get; }
    public string SpotExchangeInfoJson { get; }

    public IReadOnlyCollection<SymbolSpec> Futures => _futures.Values;
    public IReadOnlyCollection<SymbolSpec> Spot => _spot.Values;

    public SymbolSpec? Find(Market market, string symbol) =>
        (market == Market.Futures ? _futures : _spot).GetValueOrDefault(symbol);

    /// <summary>A plausible starting price: from the data file by base asset, else 10,000 ticks.</summary>
    public decimal InitialPrice(SymbolSpec spec)
    {
        var price = _initialPrices.TryGetValue(spec.BaseAsset, out var p) ? p : spec.TickSize * 10_000m;
        var rounded = spec.RoundPriceDown(price);
        return rounded > 0 ? rounded : spec.TickSize;
    }

    private static readonly Lazy<SymbolCatalog> Embedded = new(Load);

    /// <summary>The embedded catalog, parsed once and shared (it is immutable).</summary>
    public static SymbolCatalog LoadEmbedded() => Embedded.Value;

    private static SymbolCatalog Load()
    {
        var brackets = ReadBrackets(ReadResource("leverage-brackets.json"));
        var futuresInfo = ReadResource("futures-exchangeInfo.json");
        var spotInfo = ReadResource("spot-exchangeInfo.json");
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(ReadResource("initial-prices.json")))
            foreach (var p in doc.RootElement.EnumerateObject())
                if (!p.Name.StartsWith('_')) prices[p.Name] = ParseDecimal(p.Value);
        return new SymbolCatalog(
            ParseSymbols(futuresInfo, Market.Futures, brackets), ParseSymbols(spotInfo, Market.Spot, brackets),
            prices, futuresInfo, spotInfo);
    }

    private static Dictionary<string, SymbolSpec> ParseSymbols(string json, Market market, BracketTable brackets)
    {
        var result = new Dictionary<string, SymbolSpec>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(json);
        foreach (var s in doc.RootElement.GetProperty("symbols").EnumerateArray())
        {
            var spec = ParseSymbol(s, market, brackets);
            result[spec.Symbol] = spec;
        }
        return result;
    }

    private static SymbolSpec ParseSymbol(JsonElement s, Market market, BracketTable brackets)
    {
        var symbol = s.GetProperty("symbol").GetString()!;
        JsonElement? Filter(string type)
        {
            foreach (var f in s.GetProperty("filters").EnumerateArray())
                if (f.GetProperty("filterType").GetString() == type) return f;
            return null;
        }
        decimal Dec(JsonElement? e, string name) =>
            e is { } el && el.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? ParseDecimal(v) : 0m;
        int Int(JsonElement? e, string name, int fallback) =>
            e is { } el && el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : fallback;
        decimal Top(string name) => s.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? ParseDecimal(v) : 0m;

        var price = Filter("PRICE_FILTER");
        var lot = Filter("LOT_SIZE");
        var marketLot = Filter("MARKET_LOT_SIZE") ?? lot;
        var minNotional = Filter("MIN_NOTIONAL");
        var percent = Filter("PERCENT_PRICE");
        return new SymbolSpec
        {
            Symbol = symbol,
            Market = market,
            BaseAsset = s.GetProperty("baseAsset").GetString()!,
            QuoteAsset = s.GetProperty("quoteAsset").GetString()!,
            Status = s.GetProperty("status").GetString()!,
            PricePrecision = s.GetProperty("pricePrecision").GetInt32(),
            QuantityPrecision = s.GetProperty("quantityPrecision").GetInt32(),
            MinPrice = Dec(price, "minPrice"),
            MaxPrice = Dec(price, "maxPrice"),
            TickSize = Dec(price, "tickSize"),
            MinQty = Dec(lot, "minQty"),
            MaxQty = Dec(lot, "maxQty"),
            StepSize = Dec(lot, "stepSize"),
            MarketMinQty = Dec(marketLot, "minQty"),
            MarketMaxQty = Dec(marketLot, "maxQty"),
            MarketStepSize = Dec(marketLot, "stepSize"),
            MaxNumOrders = Int(Filter("MAX_NUM_ORDERS"), "limit", 200),
            MaxNumAlgoOrders = Int(Filter("MAX_NUM_ALGO_ORDERS"), "limit", 10),
            // Futures call it "notional", spot "minNotional".
            MinNotional = market == Market.Futures ? Dec(minNotional, "notional") : Dec(minNotional, "minNotional"),
            MultiplierUp = Dec(percent, "multiplierUp"),
            MultiplierDown = Dec(percent, "multiplierDown"),
            TriggerProtect = Top("triggerProtect"),
            LiquidationFee = Top("liquidationFee"),
            MarketTakeBound = Top("marketTakeBound"),
            Brackets = market == Market.Futures ? brackets.For(symbol) : [],
            OrderTypes = ParseEnums<OrderType>(s, "orderTypes"),
            TimeInForces = ParseEnums<TimeInForce>(s, "timeInForce"),
            ExchangeInfoJson = s.GetRawText(),
        };
    }

    private static List<T> ParseEnums<T>(JsonElement s, string name) where T : struct, Enum
    {
        var list = new List<T>();
        if (!s.TryGetProperty(name, out var arr)) return list;
        foreach (var v in arr.EnumerateArray())
            if (Enum.TryParse<T>(v.GetString()!.Replace("_", ""), ignoreCase: true, out var parsed)) list.Add(parsed);
        return list;
    }

    private static decimal ParseDecimal(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : decimal.Parse(v.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string ReadResource(string fileName)
    {
        var assembly = typeof(SymbolCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream("AsterBot.Simulator.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource Data/{fileName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static BracketTable ReadBrackets(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var majors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in root.GetProperty("majorSymbols").EnumerateArray()) majors.Add(m.GetString()!);
        return new BracketTable(Tiers(root.GetProperty("default")), Tiers(root.GetProperty("major")), majors);
    }

    /// <summary>Builds tiers with floors and cumulative maintenance amounts so the MM formula is continuous.</summary>
    private static LeverageBracket[] Tiers(JsonElement list)
    {
        var result = new List<LeverageBracket>();
        decimal floor = 0, cum = 0, previousRatio = 0;
        foreach (var t in list.EnumerateArray())
        {
            var ratio = t.GetProperty("maintMarginRatio").GetDecimal();
            var capElement = t.GetProperty("notionalCap");
            var cap = capElement.ValueKind == JsonValueKind.Null ? decimal.MaxValue : capElement.GetDecimal();
            cum += floor * (ratio - previousRatio);
            result.Add(new LeverageBracket(result.Count + 1, t.GetProperty("initialLeverage").GetInt32(), floor, cap, ratio, cum));
            floor = cap;
            previousRatio = ratio;
        }
        return [.. result];
    }

    private sealed record BracketTable(LeverageBracket[] Default, LeverageBracket[] Major, HashSet<string> Majors)
    {
        public LeverageBracket[] For(string symbol) => Majors.Contains(symbol) ? Major : Default;
    }
}
