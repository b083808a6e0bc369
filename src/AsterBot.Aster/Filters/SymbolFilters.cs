using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Filters;

/// <summary>
/// A symbol's trading rules from exchangeInfo, with rounding and a local check that refuses an order the exchange
/// would refuse, before anything is sent, naming the filter, the value and what is allowed.
/// Rounding choices: price to the tick grid, BUY down / SELL up by default (<see cref="PriceRounding.Passive"/>);
/// quantity always DOWN to the step (never more exposure than asked).
/// </summary>
public sealed class SymbolFilters
{
    public required string Symbol { get; init; }
    public required Market Market { get; init; }
    public PriceRule? Price { get; init; }
    public LotRule? Lot { get; init; }
    public LotRule? MarketLot { get; init; }
    public NotionalRule? Notional { get; init; }
    public PercentPriceRule? PercentPrice { get; init; }
    public PercentPriceBySideRule? PercentPriceBySide { get; init; }
    public int? MaxNumOrders { get; init; }
    public int? MaxNumAlgoOrders { get; init; }

    public static SymbolFilters From(FuturesSymbol symbol) => Build(symbol.Symbol, Market.Futures, symbol.Filters);

    public static SymbolFilters From(SpotSymbol symbol) => Build(symbol.Symbol, Market.Spot, symbol.Filters);

    /// <summary>The rules of <paramref name="symbol"/>, or null if exchangeInfo does not list it.</summary>
    public static SymbolFilters? Find(FuturesExchangeInfo info, string symbol) =>
        info.Symbols.FirstOrDefault(s => s.Symbol.Equals(symbol, StringComparison.OrdinalIgnoreCase)) is { } s ? From(s) : null;

    public static SymbolFilters? Find(SpotExchangeInfo info, string symbol) =>
        info.Symbols.FirstOrDefault(s => s.Symbol.Equals(symbol, StringComparison.OrdinalIgnoreCase)) is { } s ? From(s) : null;

    /// <summary>Puts a price on the tick grid (see <see cref="PriceRounding"/>); unchanged when there is no tick rule.</summary>
    public decimal RoundPrice(decimal price, OrderSide side, PriceRounding rounding = PriceRounding.Passive)
    {
        if (Price is not { TickSize: > 0 } rule) return price;
        var steps = (price - rule.MinPrice) / rule.TickSize;
        var whole = rounding == PriceRounding.Nearest ? Math.Round(steps, MidpointRounding.AwayFromZero)
            : side == OrderSide.Buy ? Math.Floor(steps) : Math.Ceiling(steps);
        return Trim(rule.MinPrice + whole * rule.TickSize, rule.TickSize);
    }

    /// <summary>Puts a quantity on the step grid, rounding DOWN; MARKET orders use MARKET_LOT_SIZE when present.</summary>
    public decimal RoundQuantity(decimal quantity, bool market = false)
    {
        var rule = LotFor(market);
        if (rule is not { StepSize: > 0 }) return quantity;
        var whole = Math.Floor((quantity - rule.MinQty) / rule.StepSize);
        return whole < 0 ? 0m : Trim(rule.MinQty + whole * rule.StepSize, rule.StepSize);
    }

    /// <summary>Null when the order passes every filter; otherwise the first violation.</summary>
    public AsterError? Check(OrderCheck order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return CheckPrice("price", order.Price) ?? CheckPrice("stopPrice", order.StopPrice)
            ?? CheckQuantity(order) ?? CheckNotional(order) ?? CheckPercentPrice(order);
    }

    private AsterError? CheckPrice(string name, decimal? value)
    {
        if (value is not { } price || Price is not { } rule) return null;
        if (rule.MinPrice > 0 && price < rule.MinPrice) return Violation("PRICE_FILTER", $"{name} {price} is below the minimum {rule.MinPrice}.");
        if (rule.MaxPrice > 0 && price > rule.MaxPrice) return Violation("PRICE_FILTER", $"{name} {price} is above the maximum {rule.MaxPrice}.");
        if (rule.TickSize > 0 && (price - rule.MinPrice) % rule.TickSize != 0)
            return Violation("PRICE_FILTER", $"{name} {price} is not a multiple of the tick size {rule.TickSize}; nearest valid: {RoundPrice(price, OrderSide.Buy)} or {RoundPrice(price, OrderSide.Sell)}.");
        return null;
    }

    private AsterError? CheckQuantity(OrderCheck order)
    {
        if (order.Quantity is not { } quantity) return null;
        var market = order.Type == OrderType.Market;
        var rule = LotFor(market);
        if (rule is null) return null;
        var filter = market && MarketLot is not null ? "MARKET_LOT_SIZE" : "LOT_SIZE";
        if (rule.MinQty > 0 && quantity < rule.MinQty) return Violation(filter, $"quantity {quantity} is below the minimum {rule.MinQty}.");
        if (rule.MaxQty > 0 && quantity > rule.MaxQty) return Violation(filter, $"quantity {quantity} is above the maximum {rule.MaxQty}.");
        if (rule.StepSize > 0 && (quantity - rule.MinQty) % rule.StepSize != 0)
            return Violation(filter, $"quantity {quantity} is not a multiple of the step size {rule.StepSize}; round down to {RoundQuantity(quantity, market)}.");
        return null;
    }

    private AsterError? CheckNotional(OrderCheck order)
    {
        if (Notional is not { } rule || order.ReduceOnly) return null; // reduce-only orders are exempt (-4164 text)
        var market = order.Type == OrderType.Market;
        var price = market ? order.ReferencePrice : order.Price ?? order.StopPrice;
        var notional = order.QuoteOrderQty ?? (price * order.Quantity);
        if (notional is not { } value) return null;
        var filter = Market == Market.Futures ? "MIN_NOTIONAL" : "NOTIONAL";
        if (rule.MinNotional is { } min && (!market || rule.ApplyMinToMarket) && value < min)
            return Violation(filter, $"notional {value} (price × quantity{(market ? " at the reference price" : "")}) is below the minimum {min}; raise the quantity or use reduce-only.");
        if (rule.MaxNotional is { } max && max > 0 && (!market || rule.ApplyMaxToMarket) && value > max)
            return Violation(Market == Market.Futures ? "MAX_NOTIONAL" : "NOTIONAL", $"notional {value} is above the maximum {max}.");
        return null;
    }

    private AsterError? CheckPercentPrice(OrderCheck order)
    {
        if (order.Price is not { } price || order.ReferencePrice is not { } reference || order.Type == OrderType.Market) return null;
        if (Market == Market.Futures && PercentPrice is { } futures)
        {
            if (order.Side == OrderSide.Buy && futures.MultiplierUp > 0 && price > reference * futures.MultiplierUp)
                return Violation("PERCENT_PRICE", $"BUY price {price} is above mark {reference} × {futures.MultiplierUp} = {reference * futures.MultiplierUp}.");
            if (order.Side == OrderSide.Sell && futures.MultiplierDown > 0 && price < reference * futures.MultiplierDown)
                return Violation("PERCENT_PRICE", $"SELL price {price} is below mark {reference} × {futures.MultiplierDown} = {reference * futures.MultiplierDown}.");
            return null;
        }
        if (PercentPrice is { } spot)
        {
            if (spot.MultiplierUp > 0 && price > reference * spot.MultiplierUp)
                return Violation("PERCENT_PRICE", $"price {price} is above index {reference} × {spot.MultiplierUp}.");
            if (spot.MultiplierDown > 0 && price < reference * spot.MultiplierDown)
                return Violation("PERCENT_PRICE", $"price {price} is below index {reference} × {spot.MultiplierDown}.");
        }
        if (PercentPriceBySide is { } bySide)
        {
            var (up, down, label) = order.Side == OrderSide.Buy
                ? (bySide.BidMultiplierUp, bySide.BidMultiplierDown, "bid")
                : (bySide.AskMultiplierUp, bySide.AskMultiplierDown, "ask");
            if (price > reference * up || price < reference * down)
                return Violation("PERCENT_PRICE_BY_SIDE", $"{order.Side.ToString().ToUpperInvariant()} price {price} is outside the {label} band [{reference * down}, {reference * up}] around {reference}.");
        }
        return null;
    }

    private LotRule? LotFor(bool market) => market ? MarketLot ?? Lot : Lot;

    private AsterError Violation(string filter, string detail) =>
        new(AsterErrorKind.FilterViolation, $"{Symbol} {filter}: {detail}") { Filter = filter };

    /// <summary>Expresses a rounded value with the increment's significant decimals (0.51230 → 0.5123 for tick 0.00010).</summary>
    private static decimal Trim(decimal value, decimal increment)
    {
        var scale = (increment / 1.0000000000000000000000000000m).Scale;
        return Math.Round(value, scale);
    }

    private static SymbolFilters Build(string symbol, Market market, IReadOnlyList<SymbolFilter> filters)
    {
        PriceRule? price = null;
        LotRule? lot = null, marketLot = null;
        decimal? minNotional = null, maxNotional = null;
        bool applyMin = true, applyMax = true;
        PercentPriceRule? percent = null;
        PercentPriceBySideRule? bySide = null;
        int? maxOrders = null, maxAlgo = null;
        foreach (var f in filters)
        {
            switch (f.FilterType)
            {
                case FilterType.PriceFilter: price = new(f.MinPrice ?? 0, f.MaxPrice ?? 0, f.TickSize ?? 0); break;
                case FilterType.LotSize: lot = new(f.MinQty ?? 0, f.MaxQty ?? 0, f.StepSize ?? 0); break;
                case FilterType.MarketLotSize: marketLot = new(f.MinQty ?? 0, f.MaxQty ?? 0, f.StepSize ?? 0); break;
                case FilterType.MinNotional: minNotional = Max(minNotional, f.Notional ?? f.MinNotional); break;
                case FilterType.Notional:
                    minNotional = Max(minNotional, f.MinNotional);
                    maxNotional = f.MaxNotional ?? maxNotional;
                    applyMin = f.ApplyMinToMarket ?? applyMin;
                    applyMax = f.ApplyMaxToMarket ?? applyMax;
                    break;
                case FilterType.MaxNotional: maxNotional = f.MaxNotional; break;
                case FilterType.PercentPrice: percent = new(f.MultiplierUp ?? 0, f.MultiplierDown ?? 0); break;
                case FilterType.PercentPriceBySide:
                    bySide = new(f.BidMultiplierUp ?? 0, f.BidMultiplierDown ?? 0, f.AskMultiplierUp ?? 0, f.AskMultiplierDown ?? 0);
                    break;
                case FilterType.MaxNumOrders: maxOrders = f.Limit; break;
                case FilterType.MaxNumAlgoOrders: maxAlgo = f.Limit; break;
            }
        }
        return new SymbolFilters
        {
            Symbol = symbol, Market = market, Price = price, Lot = lot, MarketLot = marketLot,
            Notional = minNotional is null && maxNotional is null ? null : new NotionalRule(minNotional, maxNotional, applyMin, applyMax),
            PercentPrice = percent, PercentPriceBySide = bySide, MaxNumOrders = maxOrders, MaxNumAlgoOrders = maxAlgo,
        };
    }

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
