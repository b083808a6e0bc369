namespace AsterBot.Chain.Watching;

/// <summary>What one pass of the watcher did.</summary>
/// <param name="Tip">Last block processed and stored (null if none yet).</param>
/// <param name="ChainHead">Head reported by the node.</param>
/// <param name="BlocksProcessed">Blocks read and stored in this pass.</param>
/// <param name="Matches">Matched transfers stored in this pass.</param>
/// <param name="BlocksReverted">Stored blocks dropped because the chain reorganised.</param>
public sealed record SyncResult(BlockRef? Tip, ulong ChainHead, int BlocksProcessed, int Matches, int BlocksReverted)
{
    public bool CaughtUp => Tip is { } tip && tip.Number >= ChainHead;
}
