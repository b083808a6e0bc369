using System.Net;
using System.Text;
using System.Text.Json;
using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Testing;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>
/// A simulator on a free loopback port with a manual clock, one V1 key and one wallet with an agent, plus helpers
/// that sign requests the way Aster clients do (HMAC for V1, EIP-712 via <see cref="V3Signer"/> for V3).
/// </summary>
public sealed class SimHarness : IAsyncDisposable
{
    public const string ApiKey = "1111111111111111111111111111111111111111111111111111111111111111";
    public const string ApiSecret = "2222222222222222222222222222222222222222222222222222222222222222";

    private SimHarness(SimulatorServer server, ManualTimeProvider time, PrivateKey wallet, PrivateKey agent)
    {
        Server = server;
        Time = time;
        WalletKey = wallet;
        AgentKey = agent;
        Http = new HttpClient { BaseAddress = server.RestBaseUri, Timeout = TimeSpan.FromSeconds(20) };
    }

    public SimulatorServer Server { get; }

    public ManualTimeProvider Time { get; }

    public HttpClient Http { get; }

    public PrivateKey WalletKey { get; }

    public PrivateKey AgentKey { get; }

    public string Wallet => WalletKey.Address.ToString();

    public string Agent => AgentKey.Address.ToString();

    public long NowMs => Server.State.Clock.NowMilliseconds;

    public long NowMicros => Server.State.Clock.NowMicroseconds;

    public static async Task<SimHarness> StartAsync(Func<SimulatorOptions, SimulatorOptions>? configure = null, AgentSeed? agent = null)
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var walletKey = PrivateKey.Generate();
        var agentKey = PrivateKey.Generate();
        var seed = new AccountSeed
        {
            Wallet = walletKey.Address.ToString(),
            ApiKey = ApiKey,
            ApiSecret = ApiSecret,
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            SpotBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            Agents = [agent is null ? new AgentSeed(agentKey.Address.ToString(), "test-agent") : agent with { Address = agentKey.Address.ToString() }],
        };
        var options = new SimulatorOptions { Clock = time, TrustForwardedFor = true, Accounts = [seed], Symbols = ["BTCUSDT", "ETHUSDT"] };
        var server = await SimulatorServer.StartAsync(configure?.Invoke(options) ?? options);
        return new SimHarness(server, time, walletKey, agentKey);
    }

    /// <summary>Parameters with V1 timestamp and HMAC signature appended (as HmacSigner would, with a chosen timestamp).</summary>
    public string SignV1(string parameters, long? timestamp = null, string secret = ApiSecret, int? recvWindow = null)
    {
        var total = parameters + (parameters.Length > 0 ? "&" : "") + (recvWindow is null ? "" : $"recvWindow={recvWindow}&") + $"timestamp={timestamp ?? NowMs}";
        return total + "&signature=" + HmacSigner.Signature(Encoding.UTF8.GetBytes(secret), total);
    }

    /// <summary>Parameters with nonce, user (optional), signer and an EIP-712 signature by <paramref name="signer"/>.</summary>
    public string SignV3(string parameters, PrivateKey? signer = null, bool includeUser = true, long? nonce = null, string? user = null, long chainId = 1666)
    {
        var key = signer ?? AgentKey;
        var v3 = new V3Signer(EthAddress.Parse(user ?? Wallet), key.Address, key, chainId, new NonceSource(Server.State.Clock), includeUser);
        return v3.Sign(parameters, nonce ?? NextNonce());
    }

    private long _lastNonce;

    /// <summary>Distinct nonces inside the window even though the manual clock stands still.</summary>
    public long NextNonce() => _lastNonce = Math.Max(NowMicros, _lastNonce + 1);

    public Task<HttpResponseMessage> GetAsync(string path, string query = "", string? apiKey = null, string? ip = null) =>
        SendAsync(HttpMethod.Get, path, query, null, apiKey, ip);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string query, string? body, string? apiKey = null, string? ip = null)
    {
        var request = new HttpRequestMessage(method, path + (query.Length > 0 ? "?" + query : ""));
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        if (apiKey is not null) request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", apiKey);
        if (ip is not null) request.Headers.TryAddWithoutValidation("X-Forwarded-For", ip);
        return Http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts an Aster error body with <paramref name="code"/> and returns its message.</summary>
    public static async Task<string> AssertErrorAsync(HttpResponseMessage response, int code, HttpStatusCode? status = null)
    {
        var json = await JsonAsync(response);
        Assert.True(json.TryGetProperty("code", out var c), $"expected an error body, got {json}");
        Assert.Equal(code, c.GetInt32());
        if (status is not null) Assert.Equal(status.Value, response.StatusCode);
        else Assert.True((int)response.StatusCode is >= 400 and < 500, $"status {(int)response.StatusCode} for {json}");
        return json.GetProperty("msg").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        WalletKey.Dispose();
        AgentKey.Dispose();
    }
}
