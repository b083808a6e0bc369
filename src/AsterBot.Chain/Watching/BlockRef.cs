namespace AsterBot.Chain.Watching;

/// <summary>A block the watcher has processed, identified by height and hash (the hash is what reveals a reorg).</summary>
public readonly record struct BlockRef(ulong Number, string Hash);
