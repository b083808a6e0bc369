using AsterBot.Chain.Rpc;

namespace AsterBot.Chain.Watching;

/// <summary>
/// The addresses whose incoming transactions matter, as a hash set of 20-byte keys. Safe to change while the
/// watcher runs: a block is matched against one consistent state of the set.
/// </summary>
public sealed class WatchedAddressSet
{
    private readonly HashSet<AddressKey> _addresses = [];
    private readonly Lock _gate = new();

    public int Count { get { lock (_gate) return _addresses.Count; } }

    public bool Add(AddressKey address) { lock (_gate) return _addresses.Add(address); }

    public bool Remove(AddressKey address) { lock (_gate) return _addresses.Remove(address); }

    public bool Contains(AddressKey address) { lock (_gate) return _addresses.Contains(address); }

    /// <summary>
    /// Appends to <paramref name="matches"/> every transaction of <paramref name="block"/> sent to a watched address.
    /// This is the watcher's hot loop: one hash lookup per transaction, no allocation unless something matches.
    /// </summary>
    public void Match(RpcBlock block, List<MatchedTransfer> matches)
    {
        var transactions = block.Transactions;
        lock (_gate)
        {
            for (var i = 0; i < transactions.Count; i++)
            {
                var tx = transactions[i];
                if (tx.To is { } to && _addresses.Contains(to))
                    matches.Add(new MatchedTransfer(tx.Hash, tx.From, to, tx.ValueWei, block.Number, block.Hash, block.Timestamp));
            }
        }
    }
}
