namespace AsterBot.Chain.Watching;

public sealed class BlockWatcherOptions
{
    /// <summary>
    /// Recent block hashes kept for reorg detection. A reorg deeper than this stops the watcher with an error
    /// rather than guessing; BNB Smart Chain finalises within a few blocks, so 64 is generous.
    /// </summary>
    public int ReorgWindow { get; init; } = 64;

    /// <summary>Longest run of blocks processed by one <see cref="BlockWatcher.SyncAsync"/> call (bounds catch-up work).</summary>
    public int MaxBlocksPerSync { get; init; } = 1000;

    /// <summary>Pause between polls of the chain head in <see cref="BlockWatcher.RunAsync"/>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
