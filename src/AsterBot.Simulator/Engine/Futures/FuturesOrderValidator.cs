using ClientOrderId = AsterBot.Aster.Rest.Requests.ClientOrderId;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>
/// The stateless checks of a new futures order, in Aster's order (API.md §11): mandatory parameters, symbol,
/// enums, parameter combinations, filters, then position mode. Position, margin and book checks follow in
/// <see cref="FuturesTrading"/>.
/// </summary>
internal static class FuturesOrderValidator
{
    public static EngineError? Validate(FuturesOrderRequest r, EngineState state, FuturesAccount account, out MarketState? market)
    {
        market = null;
        if (string.IsNullOrEmpty(r.Symbol)) return AsterErrors.MandatoryParameter("symbol");
        if (r.Side is null) return AsterErrors.MandatoryParameter("side");
        if (r.Type is null) return AsterErrors.MandatoryParameter("type");
        market = state.Market(Aster.Models.Market.Futures, r.Symbol);
        if (market is null) return AsterErrors.InvalidSymbol;
        var spec = market.Spec;
        var type = r.Type.Value;
        if (type == OrderType.Liquidation || !spec.Supports(type)) return AsterErrors.InvalidOrderType;
        if (r.TimeInForce is TimeInForce.Rpi) return AsterErrors.InvalidTimeInForce;
        if (r.WorkingType is not null && !IsConditional(type)) return AsterErrors.ParameterNotRequired("workingType");

        if (Mandatory(r, type) is { } missing) return missing;
        if (Combinations(r, type) is { } combination) return combination;
        if (Filters(r, type, market) is { } filter) return filter;

        var positionSide = r.PositionSide ?? PositionSide.Both;
        if (account.HedgeMode ? positionSide == PositionSide.Both : positionSide != PositionSide.Both)
            return AsterErrors.PositionSideMismatch;
        if (account.HedgeMode && r.ReduceOnly == true) return AsterErrors.ParameterNotRequired("reduceOnly");
        return null;
    }

    public static bool IsConditional(OrderType type) => type is OrderType.Stop or OrderType.StopMarket
        or OrderType.TakeProfit or OrderType.TakeProfitMarket or OrderType.TrailingStopMarket;

    private static EngineError? Mandatory(FuturesOrderRequest r, OrderType type)
    {
        var closePosition = r.ClosePosition == true;
        switch (type)
        {
            case OrderType.Limit:
                if (r.TimeInForce is null) return AsterErrors.MandatoryParameter("timeInForce");
                if (r.Quantity is null) return AsterErrors.MandatoryParameter("quantity");
                if (r.Price is null) return AsterErrors.MandatoryParameter("price");
                break;
            case OrderType.Market:
                if (r.Quantity is null) return AsterErrors.MandatoryParameter("quantity");
                break;
            case OrderType.Stop or OrderType.TakeProfit:
                if (r.Quantity is null) return AsterErrors.MandatoryParameter("quantity");
                if (r.Price is null) return AsterErrors.MandatoryParameter("price");
                if (r.StopPrice is null) return AsterErrors.MandatoryParameter("stopPrice");
                break;
            case OrderType.StopMarket or OrderType.TakeProfitMarket:
                if (r.StopPrice is null) return AsterErrors.MandatoryParameter("stopPrice");
                if (r.Quantity is null && !closePosition) return AsterErrors.MandatoryParameter("quantity");
                break;
            case OrderType.TrailingStopMarket:
                if (r.CallbackRate is null) return AsterErrors.MandatoryParameter("callbackRate");
                if (r.Quantity is null) return AsterErrors.MandatoryParameter("quantity");
                break;
        }
        return null;
    }

    private static EngineError? Combinations(FuturesOrderRequest r, OrderType type)
    {
        if (r.Price is not null && type is OrderType.Market or OrderType.StopMarket or OrderType.TakeProfitMarket or OrderType.TrailingStopMarket)
            return AsterErrors.ParameterNotRequired("price");
        if (r.StopPrice is not null && type is OrderType.Limit or OrderType.Market)
            return AsterErrors.ParameterNotRequired("stopPrice");
        if ((r.CallbackRate is not null || r.ActivationPrice is not null) && type != OrderType.TrailingStopMarket)
            return AsterErrors.ParameterNotRequired(r.CallbackRate is not null ? "callbackRate" : "activationPrice");
        if (r.TimeInForce is not null && type is OrderType.Market or OrderType.StopMarket or OrderType.TakeProfitMarket or OrderType.TrailingStopMarket)
            return AsterErrors.ParameterNotRequired("timeInForce");
        if (r.ClosePosition == true)
        {
            if (type is not (OrderType.StopMarket or OrderType.TakeProfitMarket)) return AsterErrors.ParameterNotRequired("closePosition");
            if (r.Quantity is not null) return AsterErrors.QuantityWithClosePosition;
            if (r.ReduceOnly == true) return AsterErrors.ParameterNotRequired("reduceOnly");
        }
        if (r.CallbackRate is { } rate && (rate < 0.1m || rate > 5m)) return AsterErrors.InvalidParameter("callbackRate");
        if (r.NewClientOrderId is { } id && (!ClientOrderId.IsValid(id) || ClientIds.IsReserved(id)))
            return AsterErrors.InvalidClientOrderId;
        return null;
    }

    private static EngineError? Filters(FuturesOrderRequest r, OrderType type, MarketState market)
    {
        var spec = market.Spec;
        if (r.Price is { } price && FilterChecks.Price(spec, price) is { } priceError) return priceError;
        if (r.StopPrice is { } stop && FilterChecks.StopPrice(spec, stop) is { } stopError) return stopError;
        if (r.ActivationPrice is { } activation && FilterChecks.StopPrice(spec, activation) is not null) return AsterErrors.InvalidActivationPrice;
        var marketLot = type is OrderType.Market or OrderType.StopMarket or OrderType.TakeProfitMarket or OrderType.TrailingStopMarket;
        if (r.Quantity is { } qty && FilterChecks.Quantity(spec, qty, marketLot) is { } qtyError) return qtyError;

        if (r.Quantity is { } q && r.ReduceOnly != true && spec.MinNotional > 0)
        {
            var reference = r.Price ?? r.StopPrice ?? r.ActivationPrice ?? market.MarkPrice;
            if (q * reference < spec.MinNotional) return AsterErrors.MinNotional(spec.MinNotional);
        }
        if (r.Price is { } limit && spec.MultiplierUp > 0)
        {
            if (r.Side == OrderSide.Buy && limit > market.MarkPrice * spec.MultiplierUp) return AsterErrors.PriceAboveMultiplierCap;
            if (r.Side == OrderSide.Sell && limit < market.MarkPrice * spec.MultiplierDown) return AsterErrors.PriceBelowMultiplierFloor;
        }
        return null;
    }
}
