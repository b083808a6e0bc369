using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet;

/// <summary>The rules of wallet verification, as configured by the operator.</summary>
public sealed class WalletOptions
{
    /// <summary>Smallest transfer that proves ownership (default 0.0001 BNB).</summary>
    public decimal Amount { get; init; } = 0.0001m;

    /// <summary>Blocks that must contain or follow the transfer (the transfer's own block counts as one).</summary>
    public int Confirmations { get; init; } = 15;

    /// <summary>How long after starting a session the transfer may be made.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Chain every RPC endpoint must serve (56 = BNB Smart Chain mainnet).</summary>
    public ulong ChainId { get; init; } = 56;

    public IReadOnlyList<RpcEndpoint> RpcEndpoints { get; init; } = [];

    /// <summary>Checks the values and says which one is wrong and what is allowed.</summary>
    public void Validate()
    {
        if (Amount <= 0) throw new ArgumentException($"The verification amount must be positive (got {Amount} BNB).");
        Wei.FromBnb(Amount); // refuses amounts finer than 1 wei, with its own explanation
        if (Confirmations is < 1 or > 10_000)
            throw new ArgumentException($"Confirmations must be between 1 and 10000 (got {Confirmations}).");
        if (TimeLimit <= TimeSpan.Zero || TimeLimit > TimeSpan.FromDays(7))
            throw new ArgumentException($"The time limit must be positive and at most 7 days (got {TimeLimit}).");
        if (ChainId == 0) throw new ArgumentException("The chain id must not be 0 (BNB Smart Chain is 56, its testnet 97).");
    }
}
