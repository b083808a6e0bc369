using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Wallet.Storage;
using Microsoft.Extensions.Logging;

namespace AsterBot.Wallet;

/// <summary>
/// The block watcher applied to deposit addresses: before each pass it adds the addresses issued since the last
/// pass (by this or another process) to the watched set. Every issued address stays watched, because an address
/// belongs to its owner forever and a transfer that arrives after one session expired may prove the next.
/// </summary>
public sealed class DepositWatcher
{
    private readonly IWalletStore _store;
    private readonly IDepositAddressSource _source;
    private readonly BlockWatcher _watcher;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private uint _nextIndexToLoad;

    public DepositWatcher(IWalletStore store, IDepositAddressSource source, EvmRpcClient rpc, BlockWatcherOptions options,
        TimeProvider time, ILogger<BlockWatcher>? logger = null)
    {
        _store = store;
        _source = source;
        _watcher = new BlockWatcher(rpc, store, Addresses, options, time, logger);
    }

    public WatchedAddressSet Addresses { get; } = new();

    /// <summary>One pass from the stored cursor towards the head.</summary>
    public async Task<SyncResult> SyncAsync(CancellationToken ct)
    {
        await RefreshAddressesAsync(ct);
        return await _watcher.SyncAsync(ct);
    }

    /// <summary>Passes until the stored tip reaches the head seen at the start of the last pass.</summary>
    public async Task<SyncResult> CatchUpAsync(CancellationToken ct)
    {
        while (true)
        {
            var result = await SyncAsync(ct);
            if (result.CaughtUp || result.BlocksProcessed == 0) return result;
        }
    }

    /// <summary>Follows the chain until cancelled; RPC failures are logged and retried, configuration errors stop it.</summary>
    public Task RunAsync(Action<SyncResult>? afterEachPoll, CancellationToken ct) =>
        _watcher.RunAsync(RefreshAddressesAsync, afterEachPoll, ct);

    private async Task RefreshAddressesAsync(CancellationToken ct)
    {
        await _refreshGate.WaitAsync(ct);
        try
        {
            foreach (var issued in await _store.ListDepositAddressesAsync(_source.SourceId, _nextIndexToLoad, ct))
            {
                Addresses.Add(issued.Address);
                _nextIndexToLoad = issued.Index + 1;
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }
}
