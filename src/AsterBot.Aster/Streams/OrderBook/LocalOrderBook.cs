using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.OrderBook;

/// <summary>The levels of one symbol's book; no sequencing rules here (see <see cref="SyncedOrderBook"/>). Not thread-safe.</summary>
internal sealed class LocalOrderBook
{
    private readonly BookSide _bids = new(bids: true);
    private readonly BookSide _asks = new(bids: false);

    public long LastUpdateId { get; private set; }

    public PriceLevel? BestBid => _bids.Best;

    public PriceLevel? BestAsk => _asks.Best;

    public void Load(OrderBookSnapshot snapshot)
    {
        _bids.Clear();
        _asks.Clear();
        foreach (var level in snapshot.Bids) _bids.Set(level.Price, level.Quantity);
        foreach (var level in snapshot.Asks) _asks.Set(level.Price, level.Quantity);
        LastUpdateId = snapshot.LastUpdateId;
    }

    public void Apply(ReadOnlySpan<PriceLevel> bids, ReadOnlySpan<PriceLevel> asks, long finalUpdateId)
    {
        foreach (ref readonly var level in bids) _bids.Set(level.Price, level.Quantity);
        foreach (ref readonly var level in asks) _asks.Set(level.Price, level.Quantity);
        LastUpdateId = finalUpdateId;
    }

    public PriceLevel[] TopBids(int depth) => _bids.Top(depth);

    public PriceLevel[] TopAsks(int depth) => _asks.Top(depth);
}
