using AsterBot.Aster.Errors;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.OrderBook;

namespace AsterBot.Aster.Rest.StreamSources;

/// <summary>Depth snapshots for a local order book, from the REST depth endpoint (futures or spot <see cref="MarketDataApi"/>).</summary>
public sealed class RestOrderBookSnapshotSource(MarketDataApi market) : IOrderBookSnapshotSource
{
    /// <summary>Throws <see cref="AsterException"/> on failure; the book retries.</summary>
    public async Task<OrderBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken ct)
    {
        var book = (await market.GetOrderBookAsync(symbol, limit, ct).ConfigureAwait(false)).GetOrThrow();
        return new OrderBookSnapshot(book.LastUpdateId,
            book.Bids.Select(l => new PriceLevel(l.Price, l.Quantity)).ToArray(),
            book.Asks.Select(l => new PriceLevel(l.Price, l.Quantity)).ToArray());
    }
}
