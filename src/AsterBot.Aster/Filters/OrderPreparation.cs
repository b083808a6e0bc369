using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest.Requests;

namespace AsterBot.Aster.Filters;

/// <summary>Rounds an order's prices and quantity to a symbol's grid, then checks every filter: the last step before sending.</summary>
public static class OrderPreparation
{
    /// <summary>The order with price/stop/activation prices on the tick grid and quantity stepped down, or the filter it violates.</summary>
    /// <param name="markPrice">Current mark price: used for MARKET min-notional and PERCENT_PRICE (skipped when null).</param>
    public static AsterResult<FuturesOrderRequest> Prepare(this SymbolFilters filters, FuturesOrderRequest order, decimal? markPrice,
        PriceRounding rounding = PriceRounding.Passive)
    {
        var rounded = order with
        {
            Price = Round(filters, order.Price, order.Side, rounding),
            StopPrice = Round(filters, order.StopPrice, order.Side, rounding),
            ActivationPrice = Round(filters, order.ActivationPrice, order.Side, rounding),
            Quantity = order.Quantity is { } q ? filters.RoundQuantity(q, order.Type == OrderType.Market) : null,
        };
        var error = filters.Check(new OrderCheck(rounded.Side, rounded.Type, rounded.Quantity, rounded.Price)
        {
            StopPrice = rounded.StopPrice,
            ReduceOnly = rounded.ReduceOnly == true || rounded.ClosePosition == true,
            ReferencePrice = markPrice,
        });
        return error is null ? AsterResult<FuturesOrderRequest>.Success(rounded) : error;
    }

    /// <param name="referencePrice">Index (or average) price: used for MARKET notional and percent-price checks (skipped when null).</param>
    public static AsterResult<SpotOrderRequest> Prepare(this SymbolFilters filters, SpotOrderRequest order, decimal? referencePrice,
        PriceRounding rounding = PriceRounding.Passive)
    {
        var rounded = order with
        {
            Price = Round(filters, order.Price, order.Side, rounding),
            StopPrice = Round(filters, order.StopPrice, order.Side, rounding),
            Quantity = order.Quantity is { } q ? filters.RoundQuantity(q, order.Type == OrderType.Market) : null,
        };
        var error = filters.Check(new OrderCheck(rounded.Side, rounded.Type, rounded.Quantity, rounded.Price)
        {
            StopPrice = rounded.StopPrice, ReferencePrice = referencePrice, QuoteOrderQty = rounded.QuoteOrderQty,
        });
        return error is null ? AsterResult<SpotOrderRequest>.Success(rounded) : error;
    }

    private static decimal? Round(SymbolFilters filters, decimal? price, OrderSide side, PriceRounding rounding) =>
        price is { } p ? filters.RoundPrice(p, side, rounding) : null;
}
