using System.Security.Cryptography;
using AsterBot.Simulator.Server.Auth;

namespace AsterBot.Simulator.Server.Admin;

/// <summary>Creates accounts from <see cref="AccountSeed"/>s: registry entry, credentials, agents and balances.</summary>
public sealed class AccountSeeder(SimulatorState state)
{
    public SimAccount Create(AccountSeed seed)
    {
        var wallet = seed.Wallet ?? RandomAddress();
        if (state.Accounts.FindByWallet(wallet) is not null)
            throw new ArgumentException($"An account for wallet {wallet} already exists.", nameof(seed));
        if (!IpWhitelist.TryParse(seed.ApiKeyIpWhitelist, out var keyWhitelist))
            throw new ArgumentException($"apiKeyIpWhitelist '{seed.ApiKeyIpWhitelist}' is not a list of IPs or CIDR ranges.", nameof(seed));
        var agents = seed.Agents.Select(ToGrant).ToList();

        var account = state.EnsureAccount(wallet, seed);
        if (seed.ApiKey is not null)
            state.Accounts.AddApiKey(account, new ApiKeyCredential(seed.ApiKey, seed.ApiSecret ?? "", keyWhitelist, seed.ApiKeyCanTrade,
                Scope: seed.ApiKeyScope));
        foreach (var grant in agents) state.Accounts.ApproveAgent(account, grant);
        return account;
    }

    public static AgentGrant ToGrant(AgentSeed a)
    {
        if (!Address.IsValid(a.Address))
            throw new ArgumentException($"Agent address '{a.Address}' is not 0x followed by 40 hex digits.", nameof(a));
        if (!IpWhitelist.TryParse(a.IpWhitelist, out var whitelist))
            throw new ArgumentException($"Agent ipWhitelist '{a.IpWhitelist}' is not a list of IPs or CIDR ranges.", nameof(a));
        return new AgentGrant(a.Address, a.Name, whitelist, a.ExpiresAtMs, a.CanRead, a.CanPerpTrade, a.CanSpotTrade, a.CanWithdraw, "sim");
    }

    /// <summary>A fresh address for an account seeded without a wallet (nobody holds its key: use V1 or an agent).</summary>
    private static string RandomAddress() => "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
