using System.Text.Json;
using AsterBot.Aster.Environments;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// The REST request and response paths without the network: order → wire parameters → signed request (V1 HMAC),
/// and response parsing (one order; the real 290-symbol exchangeInfo and 386-position account captures). Run:
///   dotnet run -c Release --project bench/AsterBot.Bench -- --filter '*RestBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class RestBenchmarks
{
    private static readonly FuturesOrderRequest Order = FuturesOrderRequest.Limit("ASTERUSDT", OrderSide.Buy, 20m, 0.5123m) with
    {
        NewClientOrderId = "sig-7f3a9c-long-0001", ReduceOnly = false,
    };

    private static readonly byte[] OrderResponse = """
        {"clientOrderId":"sig-7f3a9c-long-0001","cumQty":"0","cumQuote":"0","executedQty":"0","orderId":22542179,"avgPrice":"0.00000","origQty":"20","price":"0.5123",
         "reduceOnly":false,"side":"BUY","positionSide":"BOTH","status":"NEW","stopPrice":"0","closePosition":false,"symbol":"ASTERUSDT","timeInForce":"GTC",
         "type":"LIMIT","origType":"LIMIT","updateTime":1566818724722,"workingType":"CONTRACT_PRICE","priceProtect":false}
        """u8.ToArray();

    private AsterClient _client = null!;
    private byte[] _exchangeInfo = [];
    private byte[] _account = [];

    [GlobalSetup]
    public void Setup()
    {
        _client = new AsterClient(new AsterClientOptions { Environment = AsterEnvironment.Mainnet }.WithV1Credentials(
            "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83", "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9"));
        _exchangeInfo = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "captures", "futures-exchangeInfo.json"));
        _account = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "captures", "futures-account-v4.json"));
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    /// <summary>Typed order → URL-encoded parameter string.</summary>
    [Benchmark]
    public string EncodeOrder()
    {
        var parameters = new RequestParameters();
        Order.WriteTo(parameters);
        return parameters.ToString();
    }

    /// <summary>Typed order → parameters → recvWindow/timestamp → HMAC → final URL/body (what goes on the wire).</summary>
    [Benchmark]
    public PreparedRequest PrepareSignedOrder()
    {
        var parameters = new RequestParameters();
        Order.WriteTo(parameters);
        return _client.Futures.Channel.Prepare(FuturesEndpoints.NewOrder, parameters.ToString()).Data!;
    }

    [Benchmark]
    public FuturesOrder ParseOrderResponse() => JsonSerializer.Deserialize(OrderResponse, AsterJson.Lenient.FuturesOrder)!;

    [Benchmark]
    public FuturesExchangeInfo ParseExchangeInfo290Symbols() => JsonSerializer.Deserialize(_exchangeInfo, AsterJson.Lenient.FuturesExchangeInfo)!;

    [Benchmark]
    public FuturesAccount ParseAccount386Positions() => JsonSerializer.Deserialize(_account, AsterJson.Lenient.FuturesAccount)!;
}
