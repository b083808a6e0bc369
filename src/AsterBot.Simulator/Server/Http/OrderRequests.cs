using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Requests;

namespace AsterBot.Simulator.Server.Http;

/// <summary>
/// Wire parameters → the engine's typed order requests, in Aster's validation order: mandatory symbol/side/type
/// (-1102) → symbol (-1121) → enum values (-1117, -1116, -1115, -4060, -4031) → numbers; the engine checks the rest.
/// </summary>
public static class OrderRequests
{
    private static readonly AsterError InvalidSide = new(-1117, "Invalid side.");
    private static readonly AsterError InvalidType = new(-1116, "Invalid orderType.");
    private static readonly AsterError InvalidTif = new(-1115, "Invalid timeInForce.");
    private static readonly AsterError InvalidPositionSide = new(-4060, "Invalid position side.");
    private static readonly AsterError InvalidWorkingType = new(-4031, "Invalid workingType.");
    private static readonly AsterError InvalidRespType = new(-1136, "Invalid newOrderRespType.");

    public static FuturesOrderRequest Futures(OrderFields f, SimulatorState state)
    {
        var symbol = CheckCommon(f, state, Market.Futures);
        f.Enum<NewOrderResponseType>("newOrderRespType", InvalidRespType);
        var type = f.Enum<OrderType>("type", InvalidType);
        if (type == OrderType.Liquidation) throw new AsterErrorException(InvalidType);
        return new FuturesOrderRequest
        {
            Symbol = symbol,
            Side = f.Enum<OrderSide>("side", InvalidSide),
            Type = type,
            PositionSide = f.Enum<PositionSide>("positionSide", InvalidPositionSide),
            TimeInForce = f.Enum<TimeInForce>("timeInForce", InvalidTif),
            WorkingType = f.Enum<WorkingType>("workingType", InvalidWorkingType),
            Quantity = f.Decimal("quantity"),
            Price = f.Decimal("price"),
            StopPrice = f.Decimal("stopPrice"),
            ActivationPrice = f.Decimal("activationPrice"),
            CallbackRate = f.Decimal("callbackRate"),
            ReduceOnly = f.Bool("reduceOnly"),
            ClosePosition = f.Bool("closePosition"),
            PriceProtect = f.Bool("priceProtect"),
            NewClientOrderId = f.Text("newClientOrderId"),
        };
    }

    public static SpotOrderRequest Spot(OrderFields f, SimulatorState state)
    {
        var symbol = CheckCommon(f, state, Market.Spot);
        f.Enum<NewOrderResponseType>("newOrderRespType", InvalidRespType);
        var type = f.Enum<OrderType>("type", InvalidType);
        if (type is OrderType.Liquidation or OrderType.TrailingStopMarket) throw new AsterErrorException(InvalidType);
        return new SpotOrderRequest
        {
            Symbol = symbol,
            Side = f.Enum<OrderSide>("side", InvalidSide),
            Type = type,
            TimeInForce = f.Enum<TimeInForce>("timeInForce", InvalidTif),
            Quantity = f.Decimal("quantity"),
            QuoteOrderQty = f.Decimal("quoteOrderQty"),
            Price = f.Decimal("price"),
            StopPrice = f.Decimal("stopPrice"),
            NewClientOrderId = f.Text("newClientOrderId"),
        };
    }

    private static string CheckCommon(OrderFields f, SimulatorState state, Market market)
    {
        foreach (var name in new[] { "symbol", "side", "type" })
            if (f.Text(name) is null) throw new AsterErrorException(AsterError.MandatoryMissing(name));
        var symbol = f.Text("symbol")!;
        if (state.Symbols.Find(market, symbol) is null) throw new AsterErrorException(AsterError.InvalidSymbol);
        return symbol;
    }

    /// <summary><c>orderId</c> (wins) or <c>origClientOrderId</c>; neither is -1102.</summary>
    public static OrderRef Ref(AsterParameters p)
    {
        var id = p.OptionalLong("orderId");
        var clientId = p.Optional("origClientOrderId");
        if (id is null && clientId is null)
            throw new AsterErrorException(new AsterError(-1102, "Mandatory parameter 'orderId' was not sent, was empty/null, or malformed. Send orderId or origClientOrderId."));
        return new OrderRef(id, id is null ? clientId : null);
    }
}
