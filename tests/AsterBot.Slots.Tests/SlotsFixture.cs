using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Slots;
using AsterBot.Storage;
using AsterBot.Storage.Secrets;

namespace AsterBot.Slots.Tests;

/// <summary>A simulator account: its wallet, one agent (API wallet) and a V1 key, all generated.</summary>
public sealed record SimAccount(PrivateKey Wallet, PrivateKey Agent, string AgentKeyHex, string ApiKey, string ApiSecret)
{
    public V1Credentials V1 => V1Credentials.Create(ApiKey, ApiSecret);

    public V3Credentials V3 => V3Credentials.Create(Wallet.Address.ToString(), Agent.Address.ToString(), AgentKeyHex);
}

/// <summary>
/// One in-process simulator on 127.0.0.1:0 (trusting X-Forwarded-For so a test can pretend another client IP) and a
/// real SQLite store per test in a temp folder.
/// </summary>
public class SlotsFixture : IAsyncLifetime
{
    private readonly ConcurrentBag<IDisposable> _owned = [];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "asterbot-slots-" + Guid.NewGuid().ToString("N"));

    public SimulatorServer Server { get; private set; } = null!;

    public string Network => Server.RestBaseUri.ToString();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Server = await SimulatorServer.StartAsync(new SimulatorOptions { TrustForwardedFor = true, Symbols = ["BTCUSDT", "ETHUSDT"], Clock = Clock });
    }

    /// <summary>The time of the simulator and of every connector (so moving it never looks like clock skew).</summary>
    public virtual TimeProvider Clock => TimeProvider.System;

    public SimAccount NewAccount(AgentSeed? agent = null, string apiKeyIpWhitelist = "", ApiKeyScope apiKeyScope = ApiKeyScope.Both)
    {
        var wallet = Own(PrivateKey.Generate());
        var agentKeyHex = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var agentKey = Own(PrivateKey.Parse(agentKeyHex));
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var apiSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Server.State.Seeder.Create(new AccountSeed
        {
            Wallet = wallet.Address.ToString(),
            ApiKey = apiKey,
            ApiSecret = apiSecret,
            ApiKeyIpWhitelist = apiKeyIpWhitelist,
            ApiKeyScope = apiKeyScope,
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            SpotBalances = new Dictionary<string, decimal> { ["USDT"] = 2_500m },
            Agents = [(agent ?? new AgentSeed("")) with { Address = agentKey.Address.ToString() }],
        });
        return new SimAccount(wallet, agentKey, agentKeyHex, apiKey, apiSecret);
    }

    public SlotSettings Settings(SlotExchange exchange = SlotExchange.AsterFutures) => new() { Exchange = exchange, Network = Network };

    /// <summary>A new SQLite store in its own folder (key file created next to it).</summary>
    public Task<AsterStore> NewStoreAsync() => OpenStoreAsync(NewDatabasePath());

    public string NewDatabasePath()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"), "asterbot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public static Task<AsterStore> OpenStoreAsync(string path) =>
        AsterStore.OpenSqliteAsync(path, new StoreOptions(new SecretKeySource(Path.ChangeExtension(path, ".key"), _ => null), TimeProvider.System));

    public ApiSlotService Service(AsterStore store, string? clientIp = null, IReadOnlyList<IPAddress>? egress = null) =>
        new(store, Connector(clientIp), new ConnectionTestOptions { EgressIps = egress ?? [] });

    public SlotConnector Connector(string? clientIp = null)
    {
        var http = Own(new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        if (clientIp is not null) http.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", clientIp);
        return new SlotConnector { Http = http, RequestTimeout = TimeSpan.FromSeconds(20), Time = Clock };
    }

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        foreach (var d in _owned) d.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
