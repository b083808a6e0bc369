namespace AsterBot.Aster.Models;

/// <summary>A futures order as returned by new/query/cancel order, open orders and all orders.</summary>
public sealed class FuturesOrder : AsterOrder
{
    public PositionSide PositionSide { get; init; }
    public bool ReduceOnly { get; init; }
    public bool ClosePosition { get; init; }
    public WorkingType WorkingType { get; init; }
    public bool PriceProtect { get; init; }
    /// <summary>TRAILING_STOP_MARKET only.</summary>
    public decimal? ActivatePrice { get; init; }
    /// <summary>TRAILING_STOP_MARKET only: callback rate in percent.</summary>
    public decimal? PriceRate { get; init; }
}
