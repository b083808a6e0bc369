namespace AsterBot.Chain.Watching;

/// <summary>The chain replaced more blocks than the watcher remembers; continuing would risk wrong matches.</summary>
public sealed class ReorgTooDeepException(ulong oldestKnown, int window)
    : Exception($"The chain reorganised below block {oldestKnown}, deeper than the {window} blocks the watcher keeps. " +
                "Check that the RPC endpoints serve the same chain; to resume, raise the reorg window or reset the watcher cursor.");
