using System.Text;
using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// Order round trips against the simulator over loopback HTTP: the client signs (V3: EIP-712 + secp256k1; V1: HMAC),
/// the server parses, verifies the signature (V3: recovers the signer), checks the nonce, matches, and answers.
/// One operation = one MARKET order placed and its JSON answer read. Buys and sells alternate so the position
/// stays flat and margin never runs out. Rate and order limits are lifted so only the work is measured.
/// </summary>
[MemoryDiagnoser]
public class SimServerBenchmarks
{
    private const string ApiKey = "1111111111111111111111111111111111111111111111111111111111111111";
    private const string ApiSecret = "2222222222222222222222222222222222222222222222222222222222222222";

    private SimulatorServer _server = null!;
    private HttpClient _http = null!;
    private PrivateKey _agent = null!;
    private V3Signer _v3 = null!;
    private HmacSigner _v1 = null!;
    private bool _buy;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        using var wallet = PrivateKey.Generate();
        _agent = PrivateKey.Generate();
        var seed = new AccountSeed
        {
            Wallet = wallet.Address.ToString(),
            ApiKey = ApiKey,
            ApiSecret = ApiSecret,
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 100_000_000m },
            Agents = [new AgentSeed(_agent.Address.ToString())],
        };
        _server = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            Symbols = ["BTCUSDT"],
            Accounts = [seed],
            NonceWindow = TimeSpan.FromMinutes(5),
            FuturesWeightPerMinute = int.MaxValue,
            FuturesOrdersPer10Seconds = int.MaxValue,
            FuturesOrdersPerMinute = int.MaxValue,
        });
        _http = new HttpClient { BaseAddress = _server.RestBaseUri };
        _v3 = new V3Signer(wallet.Address, _agent.Address, _agent, 1666, new NonceSource(TimeProvider.System));
        _v1 = new HmacSigner(ApiKey, ApiSecret, new ServerClock(TimeProvider.System));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _agent.Dispose();
    }

    [Benchmark(Description = "V3-signed MARKET order round trip")]
    public Task<string> V3OrderRoundTrip() => PostAsync("/fapi/v3/order", _v3.Sign(NextOrder()), null);

    [Benchmark(Description = "V1-signed MARKET order round trip")]
    public Task<string> V1OrderRoundTrip() => PostAsync("/fapi/v1/order", _v1.Sign(NextOrder()), ApiKey);

    private string NextOrder()
    {
        _buy = !_buy;
        return _buy ? "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001" : "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001";
    }

    private async Task<string> PostAsync(string path, string body, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        if (apiKey is not null) request.Headers.Add("X-MBX-APIKEY", apiKey);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The simulator refused the order: {text}");
        return text;
    }
}
