using System.Collections.Concurrent;
using System.Security.Cryptography;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Rest;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>An account created in the simulator for one test: a wallet, an approved agent and a V1 key.</summary>
public sealed record TestAccount(long Id, PrivateKey Wallet, PrivateKey Agent, string ApiKey, string ApiSecret)
{
    public string WalletAddress => Wallet.Address.ToString();
}

/// <summary>
/// One simulator on 127.0.0.1:0 (real clock, prices move only when told) shared by a test class. Every test makes
/// its own accounts, so tests never see each other's orders or balances. Clients are strict-JSON
/// <see cref="AsterClient"/>s over real HTTP; an optional client IP travels as X-Forwarded-For, which this
/// simulator trusts, so IP whitelists and per-IP limits can be exercised from loopback.
/// </summary>
public class SimulatorFixture : IAsyncLifetime
{
    private readonly ConcurrentBag<IDisposable> _owned = [];

    public SimulatorServer Server { get; private set; } = null!;

    protected virtual SimulatorOptions Configure(SimulatorOptions options) => options;

    public async Task InitializeAsync() =>
        Server = await SimulatorServer.StartAsync(Configure(new SimulatorOptions { TrustForwardedFor = true, Symbols = ["BTCUSDT", "ETHUSDT"] }));

    public TestAccount NewAccount(decimal futuresUsdt = 10_000m, decimal spotUsdt = 10_000m, AgentSeed? agent = null, string apiKeyIpWhitelist = "")
    {
        var wallet = Own(PrivateKey.Generate());
        var agentKey = Own(PrivateKey.Generate());
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var apiSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var account = Server.State.Seeder.Create(new AccountSeed
        {
            Wallet = wallet.Address.ToString(),
            ApiKey = apiKey,
            ApiSecret = apiSecret,
            ApiKeyIpWhitelist = apiKeyIpWhitelist,
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = futuresUsdt },
            SpotBalances = new Dictionary<string, decimal> { ["USDT"] = spotUsdt },
            Agents = [(agent ?? new AgentSeed("")) with { Address = agentKey.Address.ToString() }],
        });
        return new TestAccount(account.Id, wallet, agentKey, apiKey, apiSecret);
    }

    public AsterClientOptions BaseOptions(string? clientIp = null) => new()
    {
        Environment = Server.Environment,
        StrictJson = true,
        RequestTimeout = TimeSpan.FromSeconds(20),
        HttpClient = Http(clientIp),
    };

    /// <summary>A client for a fresh default account: what most tests start from.</summary>
    public AsterClient NewClient(ApiGeneration generation) => Client(NewAccount(), generation);

    public AsterClient Client(TestAccount account, ApiGeneration generation, string? clientIp = null) =>
        Own(new AsterClient(generation == ApiGeneration.V1
            ? BaseOptions(clientIp).WithV1Credentials(account.ApiKey, account.ApiSecret)
            : BaseOptions(clientIp).WithV3Credentials(account.Wallet.Address, account.Agent.Address, account.Agent)));

    public AsterClient PublicClient() => Own(new AsterClient(BaseOptions()));

    /// <summary>Moves the market (index and last price; the mark follows) of a symbol in one market.</summary>
    public void SetPrice(AsterBot.Aster.Models.Market market, string symbol, decimal price)
    {
        var moved = Server.State.Engine.SetPrice(market, symbol, price);
        Assert.True(moved.IsSuccess, moved.ToString());
    }

    private HttpClient Http(string? clientIp)
    {
        var http = Own(new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        if (clientIp is not null) http.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", clientIp);
        return http;
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
    }
}

/// <summary>Test helpers for results.</summary>
public static class ResultAssert
{
    public static T Ok<T>(AsterResult<T> result)
    {
        Assert.True(result.IsSuccess, $"expected success, got {result.Error}");
        return result.Data!;
    }

    public static AsterError Fails<T>(AsterResult<T> result, AsterErrorKind kind, int? code = null)
    {
        Assert.False(result.IsSuccess, $"expected {kind}, got {result}");
        Assert.Equal(kind, result.Error!.Kind);
        if (code is not null) Assert.Equal(code, result.Error.Code);
        return result.Error;
    }
}
