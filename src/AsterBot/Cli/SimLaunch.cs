using System.Globalization;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;

namespace AsterBot.Cli;

/// <summary>What <c>asterbot sim</c> starts: validated options plus, without --account, a generated demo account.</summary>
public sealed class SimLaunch
{
    private static readonly Dictionary<string, decimal> DemoFutures = new() { ["USDT"] = 10_000m };
    private static readonly Dictionary<string, decimal> DemoSpot = new() { ["USDT"] = 10_000m };

    private SimLaunch(SimulatorOptions options, DemoAccount? demo)
    {
        Options = options;
        Demo = demo;
    }

    public SimulatorOptions Options { get; }

    public DemoAccount? Demo { get; }

    /// <exception cref="FormatException">An option is malformed; the message says how to fix it.</exception>
    public static SimLaunch Prepare(int port, int seed, string? symbols, IReadOnlyList<string> accountSpecs)
    {
        if (port is < 0 or > 65535) throw new FormatException($"--port {port} is out of range: use 0 (any free port) or 1-65535.");
        var symbolList = (symbols ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant()).ToArray();
        var seeds = accountSpecs.Select(AccountSeed.Parse).ToList();
        DemoAccount? demo = null;
        if (seeds.Count == 0)
        {
            demo = DemoAccount.Generate();
            seeds.Add(demo.ToSeed(DemoFutures, DemoSpot));
        }
        return new SimLaunch(new SimulatorOptions { Port = port, Seed = seed, Symbols = symbolList, Accounts = seeds, RandomWalk = true }, demo);
    }

    /// <summary>Rows of (account, credential, value) to print once the server runs.</summary>
    public IEnumerable<(string Account, string Credential, string Value)> CredentialRows(SimulatorState state)
    {
        foreach (var account in state.Accounts.Accounts)
        {
            var name = "#" + account.Id.ToString(CultureInfo.InvariantCulture);
            yield return (name, "wallet (user)", account.Wallet);
            if (Demo is not null && Demo.Wallet.Equals(account.Wallet, StringComparison.OrdinalIgnoreCase))
                yield return (name, "wallet private key", Demo.WalletPrivateKey);
            foreach (var key in state.Accounts.ApiKeysOf(account))
            {
                yield return (name, "V1 apiKey", key.ApiKey);
                yield return (name, "V1 apiSecret", key.Secret);
            }
            foreach (var agent in state.Accounts.AgentsOf(account))
            {
                yield return (name, "V3 signer (agent)", agent.Address);
                if (Demo is not null && Demo.Agent.Equals(agent.Address, StringComparison.OrdinalIgnoreCase))
                    yield return (name, "V3 signer private key", Demo.AgentPrivateKey);
            }
            if (state.Engine.GetFuturesAccount(account.Id) is { IsSuccess: true } futures)
                foreach (var asset in futures.Value.Assets.Where(a => a.WalletBalance != 0))
                    yield return (name, "futures " + asset.Asset, asset.WalletBalance.ToString(CultureInfo.InvariantCulture));
            if (state.Engine.GetSpotAccount(account.Id) is { IsSuccess: true } spot)
                foreach (var balance in spot.Value.Balances.Where(b => b.Free != 0))
                    yield return (name, "spot " + balance.Asset, balance.Free.ToString(CultureInfo.InvariantCulture));
        }
    }
}
