namespace AsterBot.Aster.Models;

/// <summary>GET /fapi/v1/userTrades: one of the account's fills.</summary>
public sealed class FuturesUserTrade
{
    public string Symbol { get; init; } = "";
    public long Id { get; init; }
    public long OrderId { get; init; }
    public OrderSide Side { get; init; }
    public PositionSide PositionSide { get; init; }
    public decimal Price { get; init; }
    public decimal Qty { get; init; }
    public decimal QuoteQty { get; init; }
    public decimal RealizedPnl { get; init; }
    public decimal Commission { get; init; }
    public string CommissionAsset { get; init; } = "";
    public long Time { get; init; }
    public bool Buyer { get; init; }
    public bool Maker { get; init; }
}

/// <summary>GET /api/v1/userTrades: one of the account's spot fills.</summary>
public sealed class SpotUserTrade
{
    public string Symbol { get; init; } = "";
    public long Id { get; init; }
    public long OrderId { get; init; }
    public OrderSide Side { get; init; }
    public decimal Price { get; init; }
    public decimal Qty { get; init; }
    public decimal QuoteQty { get; init; }
    public decimal Commission { get; init; }
    public string CommissionAsset { get; init; } = "";
    public long Time { get; init; }
    public long? CounterpartyId { get; init; }
    public long? CreateUpdateId { get; init; }
    public bool Maker { get; init; }
    public bool Buyer { get; init; }
}
