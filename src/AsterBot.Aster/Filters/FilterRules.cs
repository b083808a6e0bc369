namespace AsterBot.Aster.Filters;

/// <summary>PRICE_FILTER: price within [min, max] on a grid of tick size from min. A zero field disables its rule.</summary>
public sealed record PriceRule(decimal MinPrice, decimal MaxPrice, decimal TickSize);

/// <summary>LOT_SIZE / MARKET_LOT_SIZE: quantity within [min, max] on a grid of step size from min.</summary>
public sealed record LotRule(decimal MinQty, decimal MaxQty, decimal StepSize);

/// <summary>
/// PERCENT_PRICE. Futures: BUY price ≤ mark × up, SELL price ≥ mark × down. Spot: index × down ≤ price ≤ index × up.
/// </summary>
public sealed record PercentPriceRule(decimal MultiplierUp, decimal MultiplierDown);

/// <summary>Spot PERCENT_PRICE_BY_SIDE: the band depends on the side.</summary>
public sealed record PercentPriceBySideRule(decimal BidMultiplierUp, decimal BidMultiplierDown, decimal AskMultiplierUp, decimal AskMultiplierDown);

/// <summary>MIN_NOTIONAL / NOTIONAL / MAX_NOTIONAL combined: price × quantity within [min, max].</summary>
public sealed record NotionalRule(decimal? MinNotional, decimal? MaxNotional, bool ApplyMinToMarket, bool ApplyMaxToMarket);

/// <summary>How a limit price that is off the tick grid is rounded.</summary>
public enum PriceRounding
{
    /// <summary>BUY down, SELL up: never pay more or receive less than asked (the default).</summary>
    Passive,
    /// <summary>To the nearest tick (ties away from zero).</summary>
    Nearest,
}
