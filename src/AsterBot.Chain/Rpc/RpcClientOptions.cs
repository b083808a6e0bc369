namespace AsterBot.Chain.Rpc;

/// <summary>How the client reaches the chain and how hard it tries.</summary>
public sealed class RpcClientOptions
{
    /// <summary>Nodes in order of preference; the client fails over to the next when one is down, slow or wrong.</summary>
    public required IReadOnlyList<RpcEndpoint> Endpoints { get; init; }

    /// <summary>Chain id every endpoint must serve (56 = BNB Smart Chain); null skips the check.</summary>
    public ulong? ExpectedChainId { get; init; } = 56;

    /// <summary>Longest wait for one HTTP exchange with one endpoint.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Rounds over all endpoints for a read before giving up (writes are never repeated).</summary>
    public int ReadRounds { get; init; } = 3;

    /// <summary>Pause between rounds, doubled each round, so a node that is restarting gets a moment.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    internal void Validate()
    {
        if (Endpoints.Count == 0)
            throw new ArgumentException("No RPC endpoint configured: give at least one with --rpc URL (or ASTERBOT_BSC_RPC).");
        if (RequestTimeout <= TimeSpan.Zero) throw new ArgumentException("The RPC request timeout must be positive.");
        if (ReadRounds < 1) throw new ArgumentException("RPC read rounds must be at least 1.");
        if (RetryBackoff < TimeSpan.Zero) throw new ArgumentException("The RPC retry backoff cannot be negative.");
    }
}
