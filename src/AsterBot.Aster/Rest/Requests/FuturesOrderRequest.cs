using System.Globalization;
using System.Text.Json;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Rest.Requests;

/// <summary>
/// A futures order (POST /fapi/v1|v3/order, or one item of batchOrders). Unset optional fields are not sent, so the
/// exchange's defaults apply. Decimals are sent exactly as given: round them with the symbol's filters first.
/// </summary>
public sealed record FuturesOrderRequest
{
    public required string Symbol { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType Type { get; init; }
    /// <summary>BOTH (default, one-way mode) or LONG/SHORT (required in hedge mode).</summary>
    public PositionSide? PositionSide { get; init; }
    /// <summary>GTX = post-only.</summary>
    public TimeInForce? TimeInForce { get; init; }
    public decimal? Quantity { get; init; }
    public bool? ReduceOnly { get; init; }
    public decimal? Price { get; init; }
    /// <summary>Set it: a deterministic id is how an order is found after an unknown outcome.</summary>
    public string? NewClientOrderId { get; init; }
    public decimal? StopPrice { get; init; }
    /// <summary>STOP_MARKET / TAKE_PROFIT_MARKET only: close the whole position (no quantity, no reduceOnly).</summary>
    public bool? ClosePosition { get; init; }
    public decimal? ActivationPrice { get; init; }
    /// <summary>TRAILING_STOP_MARKET: 0.1 … 5 (percent).</summary>
    public decimal? CallbackRate { get; init; }
    public WorkingType? WorkingType { get; init; }
    public bool? PriceProtect { get; init; }
    public NewOrderResponseType? ResponseType { get; init; }
    /// <summary>V3 only: self-trade prevention.</summary>
    public SelfTradePreventionMode? StpMode { get; init; }
    /// <summary>V3 builder-code orders: the builder's address (the user must have approved it).</summary>
    public string? Builder { get; init; }
    /// <summary>V3 builder-code orders: the builder fee rate (≤ the user's approved maxFeeRate).</summary>
    public decimal? FeeRate { get; init; }

    public static FuturesOrderRequest Limit(string symbol, OrderSide side, decimal quantity, decimal price, TimeInForce timeInForce = Models.TimeInForce.Gtc) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Limit, Quantity = quantity, Price = price, TimeInForce = timeInForce };

    public static FuturesOrderRequest Market(string symbol, OrderSide side, decimal quantity) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Market, Quantity = quantity };

    /// <summary>Checks what the exchange would refuse for shape alone (mandatory fields per type, conflicts, ranges).</summary>
    public AsterError? Validate() => OrderRequestChecks.ToError("Order", Symbol, FindProblem());

    private string? FindProblem()
    {
        if (OrderRequestChecks.CommonProblem(Symbol, NewClientOrderId) is { } common) return common;
        if (Quantity <= 0 || Price <= 0 || StopPrice <= 0 || ActivationPrice <= 0) return "quantity and prices must be positive.";
        if (Builder is null != FeeRate is null) return "builder and feeRate go together: set both or neither.";
        var needs = Type switch
        {
            OrderType.Limit => (TimeInForce is null ? "timeInForce " : "") + (Quantity is null ? "quantity " : "") + (Price is null ? "price" : ""),
            OrderType.Market => Quantity is null ? "quantity" : "",
            OrderType.Stop or OrderType.TakeProfit => (Quantity is null ? "quantity " : "") + (Price is null ? "price " : "") + (StopPrice is null ? "stopPrice" : ""),
            OrderType.StopMarket or OrderType.TakeProfitMarket => StopPrice is null ? "stopPrice" : "",
            OrderType.TrailingStopMarket => (CallbackRate is null ? "callbackRate " : "") + (Quantity is null && ClosePosition != true ? "quantity" : ""),
            _ => null,
        };
        if (needs is null) return $"type {WireNames<OrderType>.Of(Type)} cannot be placed.";
        if (needs.Trim().Length > 0) return $"{WireNames<OrderType>.Of(Type)} orders need {needs.Trim().Replace(" ", ", ")}.";
        if (ClosePosition == true)
        {
            if (Type is not (OrderType.StopMarket or OrderType.TakeProfitMarket)) return "closePosition is only for STOP_MARKET and TAKE_PROFIT_MARKET.";
            if (Quantity is not null || ReduceOnly == true) return "closePosition=true cannot be combined with quantity or reduceOnly.";
        }
        if (CallbackRate is { } rate && (Type != OrderType.TrailingStopMarket || rate < 0.1m || rate > 5m))
            return "callbackRate applies to TRAILING_STOP_MARKET only and must be between 0.1 and 5 (percent).";
        if (ReduceOnly == true && PositionSide is Models.PositionSide.Long or Models.PositionSide.Short)
            return "reduceOnly is not accepted in hedge mode (positionSide LONG/SHORT): the side already says whether it reduces.";
        return null;
    }

    /// <summary>Appends the order's parameters in a fixed order (the signed string is built from them).</summary>
    public void WriteTo(RequestParameters parameters)
    {
        parameters.Add("symbol", Symbol)
            .Add("side", (OrderSide?)Side)
            .Add("type", (OrderType?)Type)
            .Add("positionSide", PositionSide)
            .Add("timeInForce", TimeInForce)
            .Add("quantity", Quantity)
            .Add("reduceOnly", ReduceOnly)
            .Add("price", Price)
            .Add("newClientOrderId", NewClientOrderId)
            .Add("stopPrice", StopPrice)
            .Add("closePosition", ClosePosition)
            .Add("activationPrice", ActivationPrice)
            .Add("callbackRate", CallbackRate)
            .Add("workingType", WorkingType)
            // Documented as "TRUE"/"FALSE", unlike the lowercase booleans elsewhere.
            .Add("priceProtect", PriceProtect is { } protect ? (protect ? "TRUE" : "FALSE") : null)
            .Add("newOrderRespType", ResponseType)
            .Add("stpMode", StpMode)
            .Add("builder", Builder)
            .Add("feeRate", FeeRate);
    }

    /// <summary>Writes the order as one object of a batchOrders list: every value as a JSON string, as Aster expects.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("symbol", Symbol);
        writer.WriteString("side", WireNames<OrderSide>.Of(Side));
        writer.WriteString("type", WireNames<OrderType>.Of(Type));
        WriteOptional(writer, "positionSide", PositionSide is { } ps ? WireNames<PositionSide>.Of(ps) : null);
        WriteOptional(writer, "timeInForce", TimeInForce is { } tif ? WireNames<TimeInForce>.Of(tif) : null);
        WriteOptional(writer, "quantity", Text(Quantity));
        WriteOptional(writer, "reduceOnly", ReduceOnly is { } r ? (r ? "true" : "false") : null);
        WriteOptional(writer, "price", Text(Price));
        WriteOptional(writer, "newClientOrderId", NewClientOrderId);
        WriteOptional(writer, "stopPrice", Text(StopPrice));
        WriteOptional(writer, "closePosition", ClosePosition is { } c ? (c ? "true" : "false") : null);
        WriteOptional(writer, "activationPrice", Text(ActivationPrice));
        WriteOptional(writer, "callbackRate", Text(CallbackRate));
        WriteOptional(writer, "workingType", WorkingType is { } wt ? WireNames<WorkingType>.Of(wt) : null);
        WriteOptional(writer, "priceProtect", PriceProtect is { } p ? (p ? "TRUE" : "FALSE") : null);
        WriteOptional(writer, "newOrderRespType", ResponseType is { } rt ? WireNames<NewOrderResponseType>.Of(rt) : null);
        WriteOptional(writer, "stpMode", StpMode is { } stp ? WireNames<SelfTradePreventionMode>.Of(stp) : null);
        WriteOptional(writer, "builder", Builder);
        WriteOptional(writer, "feeRate", Text(FeeRate));
        writer.WriteEndObject();
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
