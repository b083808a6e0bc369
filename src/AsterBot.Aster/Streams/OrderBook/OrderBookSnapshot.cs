using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.OrderBook;

/// <summary>A REST depth snapshot (<c>GET depth</c>): levels best first, valid as of <see cref="LastUpdateId"/>.</summary>
public sealed record OrderBookSnapshot(long LastUpdateId, IReadOnlyList<PriceLevel> Bids, IReadOnlyList<PriceLevel> Asks);

/// <summary>
/// Where a book gets its REST snapshot (futures <c>GET /fapi/v1/depth</c>, spot <c>GET /api/v1/depth</c>).
/// The REST client implements this; throw on failure and the book retries.
/// </summary>
public interface IOrderBookSnapshotSource
{
    Task<OrderBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken ct);
}
