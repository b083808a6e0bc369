using System.Globalization;

namespace AsterBot.Simulator.Engine;

/// <summary>
/// Every error the engine can return, with Aster's code and message text (Aster inherits Binance's futures texts).
/// One table so the server, tests and docs agree on the wording.
/// </summary>
public static class AsterErrors
{
    public static EngineError MandatoryParameter(string name) =>
        new(-1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");
    public static EngineError ParameterNotRequired(string name) =>
        new(-1106, $"Parameter '{name}' sent when not required.");
    public static EngineError InvalidParameter(string name) =>
        new(-1130, $"Data sent for parameter '{name}' is not valid.");
    public static readonly EngineError PrecisionTooHigh = new(-1111, "Precision is over the maximum defined for this asset.");
    public static readonly EngineError InvalidTimeInForce = new(-1115, "Invalid timeInForce.");
    public static readonly EngineError InvalidOrderType = new(-1116, "Invalid orderType.");
    public static readonly EngineError InvalidSide = new(-1117, "Invalid side.");
    public static readonly EngineError InvalidSymbol = new(-1121, "Invalid symbol.");
    public static readonly EngineError BadParameterCombination = new(-1128, "Combination of optional parameters invalid.");

    public static readonly EngineError UnknownOrder = new(-2011, "Unknown order sent.");
    public static readonly EngineError OrderDoesNotExist = new(-2013, "Order does not exist.");
    public static readonly EngineError BalanceInsufficient = new(-2018, "Balance is insufficient.");
    public static readonly EngineError MarginInsufficient = new(-2019, "Margin is insufficient.");
    public static readonly EngineError WouldImmediatelyTrigger = new(-2021, "Order would immediately trigger.");
    public static readonly EngineError ReduceOnlyRejected = new(-2022, "ReduceOnly Order is rejected.");
    public static readonly EngineError MaxOpenOrders = new(-2025, "Reach max open order limit.");
    public static readonly EngineError ReduceOnlyTypeNotSupported = new(-2026, "This OrderType is not supported when reduceOnly.");
    public static readonly EngineError ExceededMaxPositionAtLeverage = new(-2027, "Exceeded the maximum allowable position at current leverage.");

    public static readonly EngineError InvalidOrderStatus = new(-4000, "Invalid order status.");
    public static readonly EngineError PriceLessThanZero = new(-4001, "Price less than 0.");
    public static readonly EngineError PriceGreaterThanMax = new(-4002, "Price greater than max price.");
    public static readonly EngineError QuantityNotPositive = new(-4003, "Quantity less than or equal to zero.");
    public static readonly EngineError QuantityBelowMin = new(-4004, "Quantity less than min quantity.");
    public static readonly EngineError QuantityAboveMax = new(-4005, "Quantity greater than max quantity.");
    public static readonly EngineError StopPriceLessThanZero = new(-4006, "Stop price less than zero.");
    public static readonly EngineError StopPriceGreaterThanMax = new(-4007, "Stop price greater than max price.");
    public static readonly EngineError PriceBelowMin = new(-4013, "Price less than min price.");
    public static readonly EngineError PriceNotOnTick = new(-4014, "Price not increased by tick size.");
    public static readonly EngineError InvalidClientOrderId = new(-4015, "Client order id is not valid.");
    public static readonly EngineError PriceAboveMultiplierCap = new(-4016, "Price is higher than mark price multiplier cap.");
    public static readonly EngineError QuantityNotOnStep = new(-4023, "Quantity not increased by step size.");
    public static readonly EngineError PriceBelowMultiplierFloor = new(-4024, "Price is lower than mark price multiplier floor.");
    public static EngineError InvalidLeverage(int leverage) =>
        new(-4028, string.Create(CultureInfo.InvariantCulture, $"Leverage {leverage} is not valid"));
    public static readonly EngineError MaxStopOrders = new(-4045, "Reach max stop order limit.");
    public static readonly EngineError NoNeedToChangeMarginType = new(-4046, "No need to change margin type.");
    public static readonly EngineError MarginTypeOpenOrders = new(-4047, "Margin type cannot be changed if there exists open orders.");
    public static readonly EngineError MarginTypePosition = new(-4048, "Margin type cannot be changed if there exists position.");
    public static readonly EngineError AddMarginOnlyIsolated = new(-4049, "Add margin only support for isolated position.");
    public static readonly EngineError CrossBalanceInsufficient = new(-4050, "Cross balance insufficient.");
    public static readonly EngineError IsolatedBalanceInsufficient = new(-4051, "Isolated balance insufficient.");
    public static readonly EngineError NoPositionForMargin = new(-4054, "Cannot add position margin: position is 0.");
    public static readonly EngineError AmountMustBePositive = new(-4055, "Amount must be positive.");
    public static readonly EngineError NoNeedToChangePositionSide = new(-4059, "No need to change position side.");
    public static readonly EngineError InvalidPositionSide = new(-4060, "Invalid position side.");
    public static readonly EngineError PositionSideMismatch = new(-4061, "Order's position side does not match user's setting.");
    public static readonly EngineError PositionSideOpenOrders = new(-4067, "Position side cannot be changed if there exists open orders.");
    public static readonly EngineError PositionSideHasPosition = new(-4068, "Position side cannot be changed if there exists position.");
    public static readonly EngineError DuplicateClientOrderId = new(-4116, "ClientOrderId is duplicated.");
    public static readonly EngineError InvalidClientTranId = new(-4114, "clientTranId is not valid: it must be 1 to 64 characters.");
    public static readonly EngineError DuplicatedClientTranId = new(-4115, "clientTranId is duplicated.");
    public static readonly EngineError ReduceOnlyMarginCheckFailed = new(-4118, "ReduceOnly Order Failed. Please check your existing position and open orders");
    public static readonly EngineError MarketPriceOutOfBound = new(-4131, "The counterparty's best price does not meet the PERCENT_PRICE filter limit");
    public static readonly EngineError InvalidActivationPrice = new(-4135, "Invalid activation price");
    public static readonly EngineError QuantityWithClosePosition = new(-4137, "Quantity must be zero with closePosition equals true");
    public static readonly EngineError IsolatedLeverageReduction = new(-4161, "Leverage reduction is not supported in Isolated Margin Mode with open positions");
    public static EngineError MinNotional(decimal notional) =>
        new(-4164, "Order's notional must be no smaller than " + notional.ToString("0.0###########", CultureInfo.InvariantCulture) + " (unless you choose reduce only)");
    public static readonly EngineError PostOnlyWouldTake = new(-5022, "Due to the order could not be executed as maker, the Post Only order will be rejected.");

    /// <summary>Administrative requests (not Aster's): the sim's own wording under code -1000.</summary>
    public static EngineError Admin(string message) => new(-1000, message);
    public static readonly EngineError UnknownAccount = new(-1000, "Unknown simulator account.");
}
