using AsterBot.Simulator.Engine.Symbols;

namespace AsterBot.Simulator.Engine;

/// <summary>PRICE_FILTER and LOT_SIZE checks shared by futures and spot, in Aster's order and wording.</summary>
internal static class FilterChecks
{
    public static EngineError? Price(SymbolSpec spec, decimal price)
    {
        if (price <= 0) return AsterErrors.PriceLessThanZero;
        if (ExceedsPrecision(price, spec.PricePrecision)) return AsterErrors.PrecisionTooHigh;
        if (spec.MinPrice > 0 && price < spec.MinPrice) return AsterErrors.PriceBelowMin;
        if (spec.MaxPrice > 0 && price > spec.MaxPrice) return AsterErrors.PriceGreaterThanMax;
        if (spec.TickSize > 0 && (price - spec.MinPrice) % spec.TickSize != 0) return AsterErrors.PriceNotOnTick;
        return null;
    }

    public static EngineError? StopPrice(SymbolSpec spec, decimal stopPrice)
    {
        if (stopPrice <= 0) return AsterErrors.StopPriceLessThanZero;
        if (ExceedsPrecision(stopPrice, spec.PricePrecision)) return AsterErrors.PrecisionTooHigh;
        if (spec.MaxPrice > 0 && stopPrice > spec.MaxPrice) return AsterErrors.StopPriceGreaterThanMax;
        if (spec.MinPrice > 0 && stopPrice < spec.MinPrice) return AsterErrors.PriceBelowMin;
        if (spec.TickSize > 0 && (stopPrice - spec.MinPrice) % spec.TickSize != 0) return AsterErrors.PriceNotOnTick;
        return null;
    }

    /// <summary>LOT_SIZE, or MARKET_LOT_SIZE for market orders.</summary>
    public static EngineError? Quantity(SymbolSpec spec, decimal quantity, bool marketLot)
    {
        if (quantity <= 0) return AsterErrors.QuantityNotPositive;
        if (ExceedsPrecision(quantity, spec.QuantityPrecision)) return AsterErrors.PrecisionTooHigh;
        var (min, max, step) = marketLot
            ? (spec.MarketMinQty, spec.MarketMaxQty, spec.MarketStepSize)
            : (spec.MinQty, spec.MaxQty, spec.StepSize);
        if (min > 0 && quantity < min) return AsterErrors.QuantityBelowMin;
        if (max > 0 && quantity > max) return AsterErrors.QuantityAboveMax;
        if (step > 0 && (quantity - min) % step != 0) return AsterErrors.QuantityNotOnStep;
        return null;
    }

    /// <summary>More significant decimal places than allowed (trailing zeros of the wire text do not count).</summary>
    public static bool ExceedsPrecision(decimal value, int precision) =>
        // The cheap scale test first; normalising (dividing away trailing zeros) only when it is inconclusive.
        value.Scale > precision && (value / 1.000000000000000000000000000000000m).Scale > precision;
}
