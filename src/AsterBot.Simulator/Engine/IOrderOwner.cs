namespace AsterBot.Simulator.Engine;

/// <summary>An account's order lists, kept the same way for spot and futures (see <see cref="OrderBookkeeping"/>).</summary>
internal interface IOrderOwner<TOrder> where TOrder : AccountOrder
{
    long Id { get; }
    /// <summary>Open orders that were given an explicit client id, by that id.</summary>
    Dictionary<string, TOrder> OpenByClientId { get; }
    /// <summary>Open orders in no particular order (swap-removal keeps add/remove O(1)).</summary>
    List<TOrder> OpenOrders { get; }
    /// <summary>Every order the account ever placed, oldest first (none when the engine keeps no history).</summary>
    List<TOrder> Orders { get; }
}
