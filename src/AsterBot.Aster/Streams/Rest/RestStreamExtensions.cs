using AsterBot.Aster.Rest;
using AsterBot.Aster.Streams.OrderBook;
using AsterBot.Aster.Streams.UserData;

namespace AsterBot.Aster.Streams.Rest;

/// <summary><c>client.Futures.UserStream.AsListenKeyService()</c>, <c>client.Spot.Market.AsSnapshotSource()</c>.</summary>
public static class RestStreamExtensions
{
    public static IListenKeyService AsListenKeyService(this UserStreamApi api) => new RestListenKeyService(api);

    public static IOrderBookSnapshotSource AsSnapshotSource(this MarketDataApi market) => new RestOrderBookSnapshotSource(market);
}
