using System.Security.Cryptography;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Storage;
using AsterBot.Storage.Model;

namespace AsterBot.Tests.Cli;

/// <summary>A simulator on 127.0.0.1:0 and a database path in a temp folder for the `asterbot slots` process tests.</summary>
public sealed class SlotsCliHarness : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "asterbot-slots-cli-" + Guid.NewGuid().ToString("N"));

    public SimulatorServer Sim { get; private set; } = null!;

    public string Db => Path.Combine(_folder, "asterbot.db");

    public string Network => Sim.RestBaseUri.ToString();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Sim = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["BTCUSDT"] });
    }

    public async Task DisposeAsync()
    {
        await Sim.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A simulator account with a random V1 key (64 hex) limited to <paramref name="scope"/>.</summary>
    public (string ApiKey, string ApiSecret) SeedV1(decimal futuresUsdt = 1000m, ApiKeyScope scope = ApiKeyScope.Both)
    {
        var (key, secret) = (RandomHex(), RandomHex());
        Sim.State.Seeder.Create(new AccountSeed
        {
            ApiKey = key, ApiSecret = secret, ApiKeyScope = scope,
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = futuresUsdt },
        });
        return (key, secret);
    }

    /// <summary>A simulator account with a wallet and one approved API wallet (agent) whose private key is returned.</summary>
    public (SimAccount Account, string Wallet, string Agent, string AgentKeyHex) SeedV3()
    {
        var (walletKeyHex, agentKeyHex) = (RandomHex(), RandomHex());
        using var wallet = PrivateKey.Parse(walletKeyHex);
        using var agent = PrivateKey.Parse(agentKeyHex);
        var account = Sim.State.Seeder.Create(new AccountSeed
        {
            Wallet = wallet.Address.ToString(),
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 500m },
            Agents = [new AgentSeed(agent.Address.ToString())],
        });
        return (account, wallet.Address.ToString(), agent.Address.ToString(), agentKeyHex);
    }

    /// <summary>The slot as the database holds it (the CLI's owner is the database's first user).</summary>
    public async Task<ApiSlot?> ReadSlotAsync(string label)
    {
        await using var store = await AsterStore.OpenSqliteAsync(Db, StoreOptions.NextToDatabase(Db, TimeProvider.System));
        return await store.Slots.FindByNameAsync(new OwnerId(1), label);
    }

    private static string RandomHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
