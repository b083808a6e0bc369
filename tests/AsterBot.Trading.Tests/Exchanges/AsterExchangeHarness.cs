using System.Security.Cryptography;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Testing;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>
/// The real simulator server on 127.0.0.1:0 with a manual clock, shared by a test class; each harness is a fresh
/// account reached over real HTTP and the real user-data WebSocket, like a live account on Aster.
/// </summary>
public class SimulatorServerFixture : IAsyncLifetime, IExchangeHarnessFactory
{
    private readonly List<IDisposable> _keys = [];

    /// <summary>V1 (HMAC key) by default; <see cref="V3SimulatorServerFixture"/> signs with an API wallet instead.</summary>
    protected virtual bool UseV3 => false;

    public ManualTimeProvider Clock { get; } = new();

    public SimulatorServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["BTCUSDT", "ETHUSDT"], Clock = Clock });

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        foreach (var key in _keys) key.Dispose();
    }

    /// <summary>A new account with 10,000 USDT in both markets, and an <see cref="AsterExchange"/> on it (stream connected).</summary>
    public async Task<IExchangeHarness> StartAsync(Market market) => await StartAsync(market, TimeSpan.FromSeconds(20));

    public async Task<AsterExchangeHarness> StartAsync(Market market, TimeSpan requestTimeout)
    {
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var apiSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var wallet = PrivateKey.Generate();
        var agent = PrivateKey.Generate();
        _keys.Add(wallet);
        _keys.Add(agent);
        Server.State.Seeder.Create(new AccountSeed
        {
            Wallet = wallet.Address.ToString(),
            ApiKey = apiKey,
            ApiSecret = apiSecret,
            Agents = [new AgentSeed(agent.Address.ToString())],
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            SpotBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
        });
        var options = new AsterClientOptions { Environment = Server.Environment, Time = Clock, StrictJson = true, RequestTimeout = requestTimeout };
        var client = new AsterClient(UseV3 ? options.WithV3Credentials(wallet.Address, agent.Address, agent) : options.WithV1Credentials(apiKey, apiSecret));
        var exchange = new AsterExchange(client, market, Clock);
        await exchange.StartAsync();
        await Eventually.WaitUntilAsync(() => exchange.IsStreamConnected, "the user-data stream to connect");
        return new AsterExchangeHarness(this, client, exchange, market);
    }

}

/// <summary>The same server, each account reached with V3 credentials (an approved API wallet signing EIP-712).</summary>
public sealed class V3SimulatorServerFixture : SimulatorServerFixture
{
    protected override bool UseV3 => true;
}

public sealed class AsterExchangeHarness(SimulatorServerFixture fixture, AsterClient client, AsterExchange exchange, Market market) : IExchangeHarness
{
    public IExchange Exchange => exchange;

    public AsterExchange Aster => exchange;

    /// <summary>The account's client (credentials included), for more exchanges or streams on the same account.</summary>
    public AsterClient Client => client;

    public void SetPrice(string symbol, decimal price) => Assert.True(fixture.Server.State.Engine.SetPrice(market, symbol, price).IsSuccess);

    public void AdvanceTime(TimeSpan by) => fixture.Clock.Advance(by);

    public async ValueTask DisposeAsync()
    {
        await exchange.DisposeAsync();
        client.Dispose();
    }
}
