using ClientOrderId = AsterBot.Aster.Rest.Requests.ClientOrderId;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;

namespace AsterBot.Simulator.Engine.Spot;

/// <summary>Stateless checks of a new spot order: mandatory parameters, symbol, enums, combinations, filters.</summary>
internal static class SpotOrderValidator
{
    public static EngineError? Validate(SpotOrderRequest r, EngineState state, out MarketState? market)
    {
        market = null;
        if (string.IsNullOrEmpty(r.Symbol)) return AsterErrors.MandatoryParameter("symbol");
        if (r.Side is null) return AsterErrors.MandatoryParameter("side");
        if (r.Type is null) return AsterErrors.MandatoryParameter("type");
        market = state.Market(Aster.Models.Market.Spot, r.Symbol);
        if (market is null) return AsterErrors.InvalidSymbol;
        var type = r.Type.Value;
        if (!market.Spec.Supports(type)) return AsterErrors.InvalidOrderType;
        if (r.TimeInForce is TimeInForce.Rpi) return AsterErrors.InvalidTimeInForce;
        if (Mandatory(r, type) is { } missing) return missing;
        if (Combinations(r, type) is { } combination) return combination;
        return Filters(r, type, market);
    }

    private static EngineError? Mandatory(SpotOrderRequest r, OrderType type)
    {
        if (type == OrderType.Limit && r.TimeInForce is null) return AsterErrors.MandatoryParameter("timeInForce");
        if (type == OrderType.Market)
        {
            if (r.Quantity is null && r.QuoteOrderQty is null) return AsterErrors.MandatoryParameter("quantity");
        }
        else if (r.Quantity is null) return AsterErrors.MandatoryParameter("quantity");
        if (type is OrderType.Limit or OrderType.Stop or OrderType.TakeProfit && r.Price is null)
            return AsterErrors.MandatoryParameter("price");
        if (type is OrderType.Stop or OrderType.TakeProfit or OrderType.StopMarket or OrderType.TakeProfitMarket && r.StopPrice is null)
            return AsterErrors.MandatoryParameter("stopPrice");
        return null;
    }

    private static EngineError? Combinations(SpotOrderRequest r, OrderType type)
    {
        if (r.Quantity is not null && r.QuoteOrderQty is not null) return AsterErrors.BadParameterCombination;
        if (r.QuoteOrderQty is not null && type != OrderType.Market) return AsterErrors.ParameterNotRequired("quoteOrderQty");
        if (r.Price is not null && type is OrderType.Market or OrderType.StopMarket or OrderType.TakeProfitMarket)
            return AsterErrors.ParameterNotRequired("price");
        if (r.StopPrice is not null && type is OrderType.Limit or OrderType.Market) return AsterErrors.ParameterNotRequired("stopPrice");
        if (r.NewClientOrderId is { } id && (!ClientOrderId.IsValid(id) || ClientIds.IsReserved(id))) return AsterErrors.InvalidClientOrderId;
        return null;
    }

    private static EngineError? Filters(SpotOrderRequest r, OrderType type, MarketState market)
    {
        var spec = market.Spec;
        if (r.Price is { } price && FilterChecks.Price(spec, price) is { } priceError) return priceError;
        if (r.StopPrice is { } stop && FilterChecks.StopPrice(spec, stop) is { } stopError) return stopError;
        var marketLot = type is OrderType.Market or OrderType.StopMarket or OrderType.TakeProfitMarket;
        if (r.Quantity is { } qty && FilterChecks.Quantity(spec, qty, marketLot) is { } qtyError) return qtyError;
        if (r.QuoteOrderQty is <= 0) return AsterErrors.InvalidParameter("quoteOrderQty");
        var reference = r.Price ?? r.StopPrice ?? market.LastPrice;
        var notional = r.QuoteOrderQty ?? (r.Quantity ?? 0) * reference;
        if (spec.MinNotional > 0 && notional < spec.MinNotional) return AsterErrors.MinNotional(spec.MinNotional);
        if (r.Price is { } limit && spec.MultiplierUp > 0)
        {
            // Spot PERCENT_PRICE is against the index price and bounds both sides.
            if (limit > market.IndexPrice * spec.MultiplierUp) return AsterErrors.PriceAboveMultiplierCap;
            if (limit < market.IndexPrice * spec.MultiplierDown) return AsterErrors.PriceBelowMultiplierFloor;
        }
        return null;
    }
}
