namespace AsterBot.Chain.Watching;

/// <summary>
/// A block the watcher has processed, identified by height and hash (the hash is what reveals a reorg); its
/// timestamp tells how far chain time has advanced, e.g. past a verification deadline.
/// </summary>
public readonly record struct BlockRef(ulong Number, string Hash, DateTimeOffset Timestamp);
