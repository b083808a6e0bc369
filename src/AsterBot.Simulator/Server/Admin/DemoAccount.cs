using System.Security.Cryptography;
using AsterBot.Chain.Crypto;

namespace AsterBot.Simulator.Server.Admin;

/// <summary>
/// Credentials of a generated demo account: a wallet with its private key (it may sign V3 requests for itself), an
/// approved agent with its key, and a V1 key pair. Simulator-only keys, printed so a newcomer can try AsterBot.
/// </summary>
public sealed record DemoAccount(string Wallet, string WalletPrivateKey, string Agent, string AgentPrivateKey, string ApiKey, string ApiSecret)
{
    public static DemoAccount Generate()
    {
        using var wallet = PrivateKey.Generate();
        using var agent = PrivateKey.Generate();
        return new DemoAccount(
            wallet.Address.ToString(), "0x" + Convert.ToHexStringLower(wallet.Secret),
            agent.Address.ToString(), "0x" + Convert.ToHexStringLower(agent.Secret),
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
    }

    public AccountSeed ToSeed(IReadOnlyDictionary<string, decimal> futuresBalances, IReadOnlyDictionary<string, decimal> spotBalances) => new()
    {
        Wallet = Wallet,
        ApiKey = ApiKey,
        ApiSecret = ApiSecret,
        FuturesBalances = futuresBalances,
        SpotBalances = spotBalances,
        Agents = [new AgentSeed(Agent, "demo-agent")],
    };

    // The keys are printed deliberately by the CLI; they must still not leak through ToString into logs.
    public override string ToString() => $"DemoAccount(wallet={Wallet}, agent={Agent}, apiKey={ApiKey[..6]}…)";
}
