using AsterBot.Chain.Rpc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsterBot.Chain.Watching;

/// <summary>
/// Follows the chain block by block from a persisted cursor and stores the successful transactions sent to watched
/// addresses. Each new block must link to the stored tip by its parent hash, and the tip's hash is re-read when
/// no new block arrived; on a mismatch the watcher walks back to the last block whose hash still holds, forgets
/// everything above it (unmatching what was found there) and continues from there.
/// Confirmations of a match are the stored tip's height minus the match's height, plus one.
/// </summary>
public sealed class BlockWatcher(
    EvmRpcClient rpc,
    IBlockCursorStore store,
    WatchedAddressSet addresses,
    BlockWatcherOptions options,
    TimeProvider time,
    ILogger<BlockWatcher>? logger = null)
{
    private readonly ILogger _log = logger ?? NullLogger<BlockWatcher>.Instance;

    /// <summary>
    /// Polls until cancelled (then throws <see cref="OperationCanceledException"/>), calling
    /// <paramref name="beforeEachPoll"/> first (e.g. to load new addresses).
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task>? beforeEachPoll, Action<SyncResult>? afterEachPoll, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                if (beforeEachPoll is not null) await beforeEachPoll(ct);
                var result = await SyncAsync(ct);
                afterEachPoll?.Invoke(result);
                if (!result.CaughtUp && result.BlocksProcessed > 0) continue;
            }
            catch (RpcException e) when (e is not ChainIdMismatchException)
            {
                // A node being down or answering garbage is expected to pass; the cursor is intact, so try again
                // later. A node on the wrong chain is a configuration error and stops the watcher instead.
                _log.LogWarning("Block watcher poll failed: {Reason}", e.Message);
            }
            await Task.Delay(options.PollInterval, time, ct);
        }
    }

    /// <summary>Processes blocks from the stored cursor up to the current head (at most MaxBlocksPerSync of them).</summary>
    public async Task<SyncResult> SyncAsync(CancellationToken ct)
    {
        var recent = (await store.LoadRecentBlocksAsync(ct)).ToList();
        var head = await rpc.GetBlockNumberAsync(ct);
        int processed = 0, matched = 0, reverted = 0;
        var matches = new List<MatchedTransfer>();

        if (recent.Count > 0 && head <= recent[^1].Number)
        {
            // Nothing new: the only way our data can be wrong now is that the tip itself was replaced.
            var current = await rpc.GetBlockAsync(recent[^1].Number, ct);
            if (current is not null && current.Hash == recent[^1].Hash) return new SyncResult(recent[^1], head, 0, 0, 0);
            reverted += await RewindToCommonAncestorAsync(recent, ct);
        }

        // With nothing stored, start at the head: only transfers made after the first address was handed out matter.
        var next = recent.Count > 0 ? recent[^1].Number + 1 : head;
        while (next <= head && processed < options.MaxBlocksPerSync)
        {
            var block = await rpc.GetBlockAsync(next, ct);
            if (block is null) break; // the head moved back under us; the next pass sorts it out
            BlockRef? tip = recent.Count > 0 ? recent[^1] : null;
            if (tip is { } t && block.ParentHash != t.Hash)
            {
                reverted += await RewindToCommonAncestorAsync(recent, ct);
                next = recent.Count > 0 ? recent[^1].Number + 1 : block.Number;
                continue;
            }

            matches.Clear();
            addresses.Match(block, matches);
            var succeeded = await KeepSucceededAsync(block, matches, ct);
            var blockRef = new BlockRef(block.Number, block.Hash, block.Timestamp);
            if (!await store.CommitBlockAsync(tip, blockRef, succeeded, options.ReorgWindow, ct))
            {
                // Another watcher stored blocks meanwhile; continue from what it stored.
                recent = (await store.LoadRecentBlocksAsync(ct)).ToList();
                next = recent.Count > 0 ? recent[^1].Number + 1 : block.Number;
                continue;
            }
            recent.Add(blockRef);
            if (recent.Count > options.ReorgWindow) recent.RemoveAt(0);
            processed++;
            matched += succeeded.Count;
            next++;
        }
        return new SyncResult(recent.Count > 0 ? recent[^1] : null, head, processed, matched, reverted);
    }

    /// <summary>A transfer that reverted moved no value, so it proves nothing: only successful ones are kept.</summary>
    private async Task<IReadOnlyList<MatchedTransfer>> KeepSucceededAsync(RpcBlock block, List<MatchedTransfer> matches, CancellationToken ct)
    {
        if (matches.Count == 0) return [];
        var kept = new List<MatchedTransfer>(matches.Count);
        foreach (var match in matches)
        {
            var receipt = await rpc.GetReceiptAsync(match.TransactionHash, ct)
                ?? throw new RpcProtocolException($"transaction {match.TransactionHash} is in block {block.Number} but has no receipt yet");
            if (receipt.BlockHash != block.Hash)
                throw new RpcProtocolException($"the receipt of {match.TransactionHash} names another block: the chain is reorganising, retrying");
            if (receipt.Succeeded) kept.Add(match);
        }
        return kept;
    }

    /// <summary>Walks the remembered blocks from the newest down to the first whose hash the chain still has.</summary>
    private async Task<int> RewindToCommonAncestorAsync(List<BlockRef> recent, CancellationToken ct)
    {
        var oldest = recent[0].Number;
        for (var i = recent.Count - 1; i >= 0; i--)
        {
            var onChain = await rpc.GetBlockAsync(recent[i].Number, ct);
            if (onChain is null || onChain.Hash != recent[i].Hash) continue;
            var dropped = await store.RewindAsync(recent[i].Number, ct);
            _log.LogWarning("Chain reorganised: blocks above {Block} replaced, {Dropped} stored blocks dropped", recent[i].Number, dropped);
            recent.RemoveRange(i + 1, recent.Count - i - 1);
            return dropped;
        }
        throw new ReorgTooDeepException(oldest, options.ReorgWindow);
    }
}
