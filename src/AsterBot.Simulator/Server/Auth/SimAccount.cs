namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// One simulated user: a wallet address (its V3 identity), its legacy V1 keys, its approved agents and builders.
/// Mutated only under <see cref="AccountRegistry"/>'s lock.
/// </summary>
public sealed class SimAccount(long id, string wallet)
{
    /// <summary>The engine's account id.</summary>
    public long Id { get; } = id;

    /// <summary>Wallet address as first given (checksum case preserved for display).</summary>
    public string Wallet { get; } = wallet;

    internal List<ApiKeyCredential> ApiKeys { get; } = [];

    internal Dictionary<string, AgentGrant> Agents { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, BuilderApproval> Builders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public override string ToString() => $"SimAccount({Id}, {Wallet})";
}
