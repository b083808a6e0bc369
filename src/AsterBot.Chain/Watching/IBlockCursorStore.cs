namespace AsterBot.Chain.Watching;

/// <summary>
/// Where the watcher keeps its place. Each call is atomic, so a crash between blocks loses nothing and a restart
/// never counts a block twice: a block and its matches are stored together or not at all.
/// </summary>
public interface IBlockCursorStore
{
    /// <summary>The most recently processed blocks, oldest first (empty before the first block).</summary>
    Task<IReadOnlyList<BlockRef>> LoadRecentBlocksAsync(CancellationToken ct);

    /// <summary>
    /// Records <paramref name="block"/> and its matches if the stored tip is still <paramref name="expectedTip"/>
    /// (null: nothing stored yet). Returns false, storing nothing, when another watcher moved the tip meanwhile.
    /// Keeps at least <paramref name="keepBlocks"/> recent blocks for reorg checks and may forget older ones.
    /// </summary>
    Task<bool> CommitBlockAsync(BlockRef? expectedTip, BlockRef block, IReadOnlyList<MatchedTransfer> matches,
        int keepBlocks, CancellationToken ct);

    /// <summary>Forgets every block above <paramref name="lastGoodBlock"/> and the matches found in them.</summary>
    Task<int> RewindAsync(ulong lastGoodBlock, CancellationToken ct);
}
