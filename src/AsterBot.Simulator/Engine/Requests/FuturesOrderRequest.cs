using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Requests;

/// <summary>
/// A futures order as typed values (the server parses the wire strings). Optional fields are null when not sent,
/// so the engine can answer "-1102 mandatory parameter" and "-1106 sent when not required" like Aster.
/// </summary>
public sealed record FuturesOrderRequest
{
    public string? Symbol { get; init; }
    public OrderSide? Side { get; init; }
    public OrderType? Type { get; init; }
    /// <summary>Default BOTH; hedge mode requires LONG or SHORT.</summary>
    public PositionSide? PositionSide { get; init; }
    public TimeInForce? TimeInForce { get; init; }
    public decimal? Quantity { get; init; }
    public decimal? Price { get; init; }
    public decimal? StopPrice { get; init; }
    /// <summary>TRAILING_STOP_MARKET: default = the current price of the working type.</summary>
    public decimal? ActivationPrice { get; init; }
    /// <summary>TRAILING_STOP_MARKET: percent, 0.1 … 5 (1 = 1%).</summary>
    public decimal? CallbackRate { get; init; }
    public bool? ReduceOnly { get; init; }
    public bool? ClosePosition { get; init; }
    public string? NewClientOrderId { get; init; }
    /// <summary>Default CONTRACT_PRICE.</summary>
    public WorkingType? WorkingType { get; init; }
    public bool? PriceProtect { get; init; }
}
