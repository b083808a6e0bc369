namespace AsterBot.Aster.Models;

/// <summary>A spot order as returned by new/query/cancel order and the order lists.</summary>
public sealed class SpotOrder : AsterOrder
{
    /// <summary>Real V3 responses carry "-1" (no order list).</summary>
    public long? OrderListId { get; init; }
}
