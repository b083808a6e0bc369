using AsterBot.Aster.Rest;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.OrderBook;

namespace AsterBot.Aster.Streams.Rest;

/// <summary>
/// Order-book snapshots from a real <see cref="AsterClient"/>'s depth endpoint (<c>client.Futures.Market</c> or
/// <c>client.Spot.Market</c>), for a <see cref="SyncedOrderBook"/>. Failures throw, so the book retries.
/// </summary>
public sealed class RestOrderBookSnapshotSource(MarketDataApi market) : IOrderBookSnapshotSource
{
    private readonly MarketDataApi _market = market ?? throw new ArgumentNullException(nameof(market));

    public async Task<OrderBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken ct)
    {
        var book = (await _market.GetOrderBookAsync(symbol, limit, ct).ConfigureAwait(false)).GetOrThrow();
        return new OrderBookSnapshot(book.LastUpdateId,
            book.Bids.Select(l => new PriceLevel(l.Price, l.Quantity)).ToArray(),
            book.Asks.Select(l => new PriceLevel(l.Price, l.Quantity)).ToArray());
    }
}
