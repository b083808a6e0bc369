using AsterBot.Aster.Environments;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using Microsoft.AspNetCore.Http;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>
/// Every endpoint against a real loopback server: the server asserts verb, path, parameters, API-key header and
/// signature, then answers with the documented example, which the client must parse in strict mode.
/// </summary>
public class EndpointFixtureTests
{
    private static readonly FuturesOrderRequest GridSell = new()
    {
        Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtx, Quantity = 0.010m,
        ReduceOnly = true, Price = 9000.10m, NewClientOrderId = "grid-1",
    };

    private static readonly Dictionary<string, Func<AsterClient, Task<object>>> Calls = new()
    {
        ["futures/Ping"] = c => Run(c.Futures.Market.PingAsync()),
        ["futures/ServerTime"] = c => Run(c.Futures.Market.GetServerTimeAsync()),
        ["futures/ExchangeInfo"] = c => Run(c.Futures.Market.GetExchangeInfoAsync()),
        ["futures/OrderBook"] = c => Run(c.Futures.Market.GetOrderBookAsync("BTCUSDT", 10)),
        ["futures/RecentTrades"] = c => Run(c.Futures.Market.GetRecentTradesAsync("BTCUSDT", 1)),
        ["futures/HistoricalTrades"] = c => Run(c.Futures.Market.GetHistoricalTradesAsync("BTCUSDT", 1, 28457)),
        ["futures/AggregateTrades"] = c => Run(c.Futures.Market.GetAggregateTradesAsync("BTCUSDT", startTime: 1498793709000, endTime: 1498793710000)),
        ["futures/Klines"] = c => Run(c.Futures.Market.GetKlinesAsync("BTCUSDT", KlineInterval.OneHour, limit: 1)),
        ["futures/MarkPriceKlines"] = c => Run(c.Futures.Market.GetMarkPriceKlinesAsync("BTCUSDT", KlineInterval.OneMinute, startTime: 1499040000000)),
        ["futures/IndexPriceKlines"] = c => Run(c.Futures.Market.GetIndexPriceKlinesAsync("BTCUSDT", KlineInterval.OneDay, limit: 1)),
        ["futures/MarkPrice"] = c => Run(c.Futures.Market.GetMarkPriceAsync("BTCUSDT")),
        ["futures/MarkPrices"] = c => Run(c.Futures.Market.GetMarkPricesAsync()),
        ["futures/FundingRates"] = c => Run(c.Futures.Market.GetFundingRatesAsync("BTCUSDT", limit: 1)),
        ["futures/FundingInfo"] = c => Run(c.Futures.Market.GetFundingInfoAsync()),
        ["futures/Ticker24h"] = c => Run(c.Futures.Market.GetTicker24hAsync("BTCUSDT")),
        ["futures/Tickers24h"] = c => Run(c.Futures.Market.GetTickers24hAsync()),
        ["futures/Price"] = c => Run(c.Futures.Market.GetPriceAsync("BTCUSDT")),
        ["futures/Prices"] = c => Run(c.Futures.Market.GetPricesAsync()),
        ["futures/BookTicker"] = c => Run(c.Futures.Market.GetBookTickerAsync("BTCUSDT")),
        ["futures/BookTickers"] = c => Run(c.Futures.Market.GetBookTickersAsync()),

        ["futures/PlaceTrailingStop"] = c => Run(c.Futures.Trading.PlaceOrderAsync(new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.TrailingStopMarket, PositionSide = PositionSide.Short, Quantity = 10,
            NewClientOrderId = "testOrder", ActivationPrice = 9020, CallbackRate = 0.3m, WorkingType = WorkingType.ContractPrice,
            PriceProtect = true, ResponseType = NewOrderResponseType.Result,
        })),
        ["futures/PlacePostOnlyReduceOnly"] = c => Run(c.Futures.Trading.PlaceOrderAsync(GridSell)),
        ["futures/PlaceStopMarketClosePosition"] = c => Run(c.Futures.Trading.PlaceOrderAsync(new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, StopPrice = 8500, ClosePosition = true, WorkingType = WorkingType.MarkPrice,
        })),
        ["futures/PlaceWithBuilder"] = c => Run(c.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market("BTCUSDT", OrderSide.Buy, 0.002m) with
        {
            NewClientOrderId = "sig-42-long", StpMode = SelfTradePreventionMode.ExpireMaker, Builder = "0xc2af13e1B1de3A015252A115309A0F9DEEDCFa0A", FeeRate = 0.0001m,
        })),
        ["futures/TestOrder"] = c => Run(c.Futures.Trading.TestOrderAsync(FuturesOrderRequest.Market("BTCUSDT", OrderSide.Buy, 0.002m))),
        ["futures/PlaceBatch"] = c => RunBatch(c.Futures.Trading.PlaceOrdersAsync([GridSell, new FuturesOrderRequest
            { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.Market, Quantity = 1, ReduceOnly = true }])),
        ["futures/GetOrder"] = c => Run(c.Futures.Trading.GetOrderAsync("BTCUSDT", 22542180)),
        ["futures/GetOrderByClientId"] = c => Run(c.Futures.Trading.GetOrderAsync("BTCUSDT", OrderReference.ByClientId("grid-1"))),
        ["futures/CancelOrder"] = c => Run(c.Futures.Trading.CancelOrderAsync("BTCUSDT", 22542180)),
        ["futures/ModifyOrder"] = c => Run(c.Futures.Trading.ModifyOrderAsync("BTCUSDT", 22542180, 0.020m, 9100.0m)),
        ["futures/CancelAllOrders"] = c => Run(c.Futures.Trading.CancelAllOrdersAsync("BTCUSDT")),
        ["futures/CancelOrdersById"] = c => RunBatch(c.Futures.Trading.CancelOrdersAsync("BTCUSDT", new long[] { 22542180, 1234567 })),
        ["futures/CancelOrdersByClientId"] = c => RunBatch(c.Futures.Trading.CancelOrdersAsync("BTCUSDT", new[] { "grid-1", "grid-2" })),
        ["futures/CountdownCancelAll"] = c => Run(c.Futures.Trading.SetCountdownCancelAllAsync("BTCUSDT", TimeSpan.FromSeconds(100))),
        ["futures/GetOpenOrder"] = c => Run(c.Futures.Trading.GetOpenOrderAsync("BTCUSDT", OrderReference.ByClientId("grid-1"))),
        ["futures/GetOpenOrders"] = c => Run(c.Futures.Trading.GetOpenOrdersAsync("BTCUSDT")),
        ["futures/GetAllOrders"] = c => Run(c.Futures.Trading.GetOrdersAsync("BTCUSDT", startTime: 1566818000000, limit: 10)),
        ["futures/UserTrades"] = c => Run(c.Futures.Trading.GetUserTradesAsync("BTCUSDT", fromId: 698759, limit: 1)),
        ["futures/Noop"] = c => Run(c.Futures.Trading.NoopAsync()),

        ["futures/SetPositionMode"] = c => Run(c.Futures.Account.SetPositionModeAsync(hedgeMode: true)),
        ["futures/GetPositionMode"] = c => Run(c.Futures.Account.GetPositionModeAsync()),
        ["futures/SetMultiAssetsMode"] = c => Run(c.Futures.Account.SetMultiAssetsModeAsync(false)),
        ["futures/GetMultiAssetsMode"] = c => Run(c.Futures.Account.GetMultiAssetsModeAsync()),
        ["futures/GetStpMode"] = c => Run(c.Futures.Account.GetStpModeAsync()),
        ["futures/SetStpMode"] = c => Run(c.Futures.Account.SetStpModeAsync(SelfTradePreventionMode.ExpireBoth)),
        ["futures/AdlQuantiles"] = c => Run(c.Futures.Account.GetAdlQuantilesAsync()),
        ["futures/SetLeverage"] = c => Run(c.Futures.Account.SetLeverageAsync("BTCUSDT", 21)),
        ["futures/SetMarginType"] = c => Run(c.Futures.Account.SetMarginTypeAsync("BTCUSDT", MarginType.Isolated)),
        ["futures/ModifyPositionMargin"] = c => Run(c.Futures.Account.ModifyPositionMarginAsync("BTCUSDT", 100, PositionMarginChange.Add)),
        ["futures/PositionMarginHistory"] = c => Run(c.Futures.Account.GetPositionMarginHistoryAsync("BTCUSDT", limit: 5)),
        ["futures/Balances"] = c => Run(c.Futures.Account.GetBalancesAsync()),
        ["futures/BalancesV3"] = c => Run(c.Futures.Account.GetBalancesAsync()),
        ["futures/Account"] = c => Run(c.Futures.Account.GetAccountAsync()),
        ["futures/AccountV3"] = c => Run(c.Futures.Account.GetAccountAsync()),
        ["futures/Positions"] = c => Run(c.Futures.Account.GetPositionsAsync("BTCUSDT")),
        ["futures/Income"] = c => Run(c.Futures.Account.GetIncomeAsync(incomeType: IncomeType.Transfer, limit: 1)),
        ["futures/LeverageBrackets"] = c => Run(c.Futures.Account.GetLeverageBracketsAsync()),
        ["futures/LeverageBracketsForSymbol"] = c => Run(c.Futures.Account.GetLeverageBracketsAsync("ETHUSDT")),
        ["futures/CommissionRate"] = c => Run(c.Futures.Account.GetCommissionRateAsync("BTCUSDT")),
        ["futures/Transfer"] = c => Run(c.Futures.Account.TransferAsync("USDT", 12.5m, TransferDirection.FutureSpot, "slot7-20260101-1")),
        ["futures/Agents"] = c => Run(c.Futures.Account.GetAgentsAsync()),
        ["futures/Builders"] = c => Run(c.Futures.Account.GetBuildersAsync()),
        ["futures/StartListenKey"] = c => Run(c.Futures.UserStream.StartAsync()),
        ["futures/StartListenKeyV3"] = c => Run(c.Futures.UserStream.StartAsync()),
        ["futures/KeepAliveListenKey"] = c => Run(c.Futures.UserStream.KeepAliveAsync("pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1")),
        ["futures/CloseListenKey"] = c => Run(c.Futures.UserStream.CloseAsync("pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1")),

        ["spot/Ping"] = c => Run(c.Spot.Market.PingAsync()),
        ["spot/ServerTime"] = c => Run(c.Spot.Market.GetServerTimeAsync()),
        ["spot/ExchangeInfo"] = c => Run(c.Spot.Market.GetExchangeInfoAsync()),
        ["spot/OrderBook"] = c => Run(c.Spot.Market.GetOrderBookAsync("ASTERUSDT", 5)),
        ["spot/RecentTrades"] = c => Run(c.Spot.Market.GetRecentTradesAsync("ASTERUSDT")),
        ["spot/HistoricalTrades"] = c => Run(c.Spot.Market.GetHistoricalTradesAsync("ASTERUSDT", 1, 657)),
        ["spot/AggregateTrades"] = c => Run(c.Spot.Market.GetAggregateTradesAsync("ASTERUSDT", fromId: 26129)),
        ["spot/Klines"] = c => Run(c.Spot.Market.GetKlinesAsync("ASTERUSDT", KlineInterval.FifteenMinutes, limit: 2)),
        ["spot/Ticker24h"] = c => Run(c.Spot.Market.GetTicker24hAsync("ASTERUSDT")),
        ["spot/Price"] = c => Run(c.Spot.Market.GetPriceAsync("ASTERUSDT")),
        ["spot/BookTicker"] = c => Run(c.Spot.Market.GetBookTickerAsync("ASTERUSDT")),
        ["spot/PlaceLimit"] = c => Run(c.Spot.Trading.PlaceOrderAsync(SpotOrderRequest.Limit("ETHUSDT", OrderSide.Buy, 0.0050m, 1000) with { NewClientOrderId = "ucgKm9JDb6ApwXg964G9K9" })),
        ["spot/PlaceMarketByQuote"] = c => Run(c.Spot.Trading.PlaceOrderAsync(new SpotOrderRequest
            { Symbol = "ETHUSDT", Side = OrderSide.Buy, Type = OrderType.Market, QuoteOrderQty = 25.5m, ResponseType = NewOrderResponseType.Result })),
        ["spot/GetOrder"] = c => Run(c.Spot.Trading.GetOrderAsync("ETHUSDT", 456715590)),
        ["spot/CancelOrder"] = c => Run(c.Spot.Trading.CancelOrderAsync("ETHUSDT", OrderReference.ByClientId("ucgKm9JDb6ApwXg964G9K9"))),
        ["spot/CancelAllOrders"] = c => Run(c.Spot.Trading.CancelAllOrdersAsync("ETHUSDT")),
        ["spot/GetOpenOrder"] = c => Run(c.Spot.Trading.GetOpenOrderAsync("ETHUSDT", 456715590)),
        ["spot/GetOpenOrders"] = c => Run(c.Spot.Trading.GetOpenOrdersAsync()),
        ["spot/GetAllOrders"] = c => Run(c.Spot.Trading.GetOrdersAsync("ETHUSDT", limit: 1)),
        ["spot/UserTrades"] = c => Run(c.Spot.Trading.GetUserTradesAsync("ETHUSDT", limit: 1)),
        ["spot/Noop"] = c => Run(c.Spot.Trading.NoopAsync()),
        ["spot/Account"] = c => Run(c.Spot.Account.GetAccountAsync()),
        ["spot/AccountV3"] = c => Run(c.Spot.Account.GetAccountAsync()),
        ["spot/TransactionHistory"] = c => Run(c.Spot.Account.GetTransactionHistoryAsync("ASTER", SpotTransactionType.TradeSource, limit: 1)),
        ["spot/CommissionRate"] = c => Run(c.Spot.Account.GetCommissionRateAsync("APXUSDT")),
        ["spot/Transfer"] = c => Run(c.Spot.Account.TransferAsync("USDT", 100, TransferDirection.SpotFuture, "move-1")),
        ["spot/StartListenKey"] = c => Run(c.Spot.UserStream.StartAsync()),
        ["spot/KeepAliveListenKey"] = c => Run(c.Spot.UserStream.KeepAliveAsync("pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1")),
        ["spot/CloseListenKey"] = c => Run(c.Spot.UserStream.CloseAsync("pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1")),
    };

    public static TheoryData<string> Fixtures() => new(EndpointFixture.AllNames());

    [Fact]
    public void Every_fixture_has_a_call_and_every_call_a_fixture() =>
        Assert.Equal(Calls.Keys.Order(), EndpointFixture.AllNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Client_sends_the_documented_request_and_parses_the_documented_answer(string name)
    {
        var fixture = EndpointFixture.Load(name);
        var problems = new List<string>();
        await using var server = await LoopbackServer.StartAsync((seen, context) => Answer(fixture, seen, context, problems));
        using var client = ClientFor(fixture, server.BaseUri);

        var result = await Calls[name](client);

        Assert.Empty(problems);
        Assert.NotNull(result);
        Assert.Contains(server.Requests, r => r.Path == fixture.Path && r.Method == fixture.Method);
    }

    [Fact]
    public async Task Batch_answers_keep_per_item_results_in_input_order()
    {
        var fixture = EndpointFixture.Load("futures/PlaceBatch");
        await using var server = await LoopbackServer.StartAsync((seen, context) => Answer(fixture, seen, context, []));
        using var client = ClientFor(fixture, server.BaseUri);

        var batch = await client.Futures.Trading.PlaceOrdersAsync([GridSell, FuturesOrderRequest.Market("BTCUSDT", OrderSide.Sell, 1) with { ReduceOnly = true }]);

        Assert.True(batch.IsSuccess);
        Assert.Equal("grid-1", batch.Data[0].GetOrThrow().ClientOrderId);
        Assert.Equal((AsterErrorKind.InvalidRequest, -2022), (batch.Data[1].Error!.Kind, batch.Data[1].Error!.Code!.Value));
    }

    private static AsterClient ClientFor(EndpointFixture fixture, Uri baseUri) => fixture.Generation == "v3"
        ? TestCredentials.V3Client(baseUri)
        : TestCredentials.V1Client(baseUri);

    private static async Task<object> Run<T>(Task<AsterResult<T>> call)
    {
        var result = await call;
        return result.GetOrThrow()!;
    }

    private static async Task<object> RunBatch<T>(Task<AsterResult<IReadOnlyList<AsterResult<T>>>> call)
    {
        var result = (await call).GetOrThrow();
        foreach (var item in result)
            if (!item.IsSuccess && item.Error.Kind == AsterErrorKind.MalformedResponse) throw new AsterException(item.Error);
        return result;
    }

    private static async Task Answer(EndpointFixture fixture, SeenRequest seen, HttpContext context, List<string> problems)
    {
        if (seen.Method == "GET" && seen.Path.EndsWith("/time") && fixture.Path != seen.Path)
        {
            await context.Response.WriteAsync($"{{\"serverTime\":{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}}");
            return;
        }
        lock (problems) problems.AddRange(Check(fixture, seen));
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(fixture.ResponseJson);
    }

    private static IEnumerable<string> Check(EndpointFixture fixture, SeenRequest seen)
    {
        if (seen.Method != fixture.Method || seen.Path != fixture.Path)
        {
            yield return $"expected {fixture.Method} {fixture.Path}, got {seen.Method} {seen.Path}";
            yield break;
        }
        if (seen.Method == "GET" && seen.Body.Length > 0) yield return "a GET must not carry a body";
        if (seen.Method != "GET" && seen.Query.Length > 0) yield return $"{seen.Method} parameters belong in the form body, got query '{seen.Query}'";
        var sent = EndpointFixture.Decode(seen.Query + seen.Body);
        var authNames = fixture.Generation == "v3" ? new[] { "nonce", "signer", "user", "signature" } : ["recvWindow", "timestamp", "signature"];
        var business = sent.Where(p => !(fixture.Auth == "signed" && authNames.Contains(p.Key))).ToDictionary(p => p.Key, p => p.Value);
        foreach (var (key, value) in fixture.Params)
            if (!business.TryGetValue(key, out var actual) || actual != value) yield return $"parameter {key}: expected '{value}', got '{actual}'";
        foreach (var key in business.Keys.Except(fixture.Params.Keys)) yield return $"unexpected parameter {key}={business[key]}";

        switch (fixture.Auth, fixture.Generation)
        {
            case ("signed", "v1"):
                if (seen.ApiKey != TestCredentials.ApiKey) yield return "missing X-MBX-APIKEY";
                if (sent.Count == 0 || sent[^1].Key != "signature") yield return "signature must be the last parameter";
                if (!TestCredentials.HmacVerifies(seen.Query, seen.Body)) yield return "HMAC signature does not verify";
                if (!sent.Any(p => p.Key == "timestamp") || !sent.Any(p => p.Key == "recvWindow")) yield return "V1 signed calls need timestamp and recvWindow";
                break;
            case ("signed", "v3"):
                if (seen.ApiKey is not null) yield return "V3 sends no API-key header";
                if (sent.Count == 0 || sent[^1].Key != "signature" || !sent.Any(p => p.Key == "nonce")) yield return "V3 calls carry nonce and end with signature";
                if (!TestCredentials.V3Verifies(seen.Query, seen.Body)) yield return "EIP-712 signature does not recover to the signer";
                break;
            case ("apiKey", _):
                if (seen.ApiKey != TestCredentials.ApiKey) yield return "missing X-MBX-APIKEY";
                if (sent.Any(p => p.Key == "signature")) yield return "this endpoint must not be signed";
                break;
            case ("none", _):
                if (seen.ApiKey is not null || sent.Any(p => p.Key == "signature")) yield return "public endpoint sent credentials";
                break;
        }
    }
}
