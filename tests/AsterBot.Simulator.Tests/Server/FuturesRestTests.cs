using System.Net;
using System.Text.Json;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>Futures REST over loopback: market data shapes, orders with V1 and V3 auth, account shapes, bad input.</summary>
public sealed class FuturesRestTests
{
    private static async Task<decimal> LastPriceAsync(SimHarness sim, string symbol = "BTCUSDT")
    {
        var json = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/ticker/price", "symbol=" + symbol));
        return decimal.Parse(json.GetProperty("price").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Exchange_info_lists_the_enabled_symbols_with_captured_filters()
    {
        await using var sim = await SimHarness.StartAsync();
        var info = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/exchangeInfo"));
        Assert.Equal("UTC", info.GetProperty("timezone").GetString());
        Assert.Equal(sim.NowMs, info.GetProperty("serverTime").GetInt64());
        var symbols = info.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()!).ToArray();
        Assert.Equal(["BTCUSDT", "ETHUSDT"], symbols);
        Assert.Contains(info.GetProperty("symbols")[0].GetProperty("filters").EnumerateArray(), f => f.GetProperty("filterType").GetString() == "PRICE_FILTER");
        Assert.Equal(2400, info.GetProperty("rateLimits")[0].GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Depth_has_string_levels_at_the_symbol_scale_and_weight_by_limit()
    {
        await using var sim = await SimHarness.StartAsync();
        var response = await sim.GetAsync("/fapi/v1/depth", "symbol=BTCUSDT&limit=5");
        Assert.Equal("2", response.Headers.GetValues("X-MBX-USED-WEIGHT-1M").Single());
        var depth = await SimHarness.JsonAsync(response);
        Assert.True(depth.GetProperty("lastUpdateId").GetInt64() > 0);
        Assert.Equal(5, depth.GetProperty("bids").GetArrayLength());
        var bid = depth.GetProperty("bids")[0];
        Assert.Equal(JsonValueKind.String, bid[0].ValueKind);
        var ask = decimal.Parse(depth.GetProperty("asks")[0][0].GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ask > decimal.Parse(bid[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/depth", "symbol=BTCUSDT&limit=7"), -4021);
    }

    [Fact]
    public async Task Market_data_endpoints_answer_with_documented_fields()
    {
        await using var sim = await SimHarness.StartAsync();
        var premium = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/premiumIndex", "symbol=BTCUSDT"));
        foreach (var f in new[] { "symbol", "markPrice", "indexPrice", "estimatedSettlePrice", "lastFundingRate", "nextFundingTime", "interestRate", "time" })
            Assert.True(premium.TryGetProperty(f, out _), f);
        var all = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/premiumIndex"));
        Assert.Equal(2, all.GetArrayLength());

        var ticker = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/ticker/24hr", "symbol=ETHUSDT"));
        foreach (var f in new[] { "priceChange", "priceChangePercent", "weightedAvgPrice", "lastPrice", "openPrice", "highPrice", "lowPrice", "volume", "quoteVolume", "openTime", "closeTime", "count" })
            Assert.True(ticker.TryGetProperty(f, out _), f);
        var book = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/ticker/bookTicker", "symbol=ETHUSDT"));
        Assert.Equal(JsonValueKind.String, book.GetProperty("bidPrice").ValueKind);

        var klines = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/klines", "symbol=BTCUSDT&interval=1m&limit=10"));
        Assert.Equal(JsonValueKind.Array, klines.ValueKind);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/klines", "symbol=BTCUSDT&interval=7m"), -1120);
        Assert.Equal(JsonValueKind.Array, (await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/fundingRate", "symbol=BTCUSDT"))).ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/trades", "symbol=BTCUSDT")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/aggTrades", "symbol=BTCUSDT")).StatusCode);
        // historicalTrades is MARKET_DATA on V1: the key is needed.
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/historicalTrades", "symbol=BTCUSDT"), -2014);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/historicalTrades", "symbol=BTCUSDT", SimHarness.ApiKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/historicalTrades", "symbol=BTCUSDT")).StatusCode);
    }

    [Fact]
    public async Task V1_limit_order_round_trip_place_query_cancel()
    {
        await using var sim = await SimHarness.StartAsync();
        var price = Math.Round(await LastPriceAsync(sim) * 0.9m, 1);
        var place = await sim.SendAsync(HttpMethod.Post, "/fapi/v1/order", "", sim.SignV1($"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.010&price={price}&newClientOrderId=my-1"), SimHarness.ApiKey);
        var order = await SimHarness.JsonAsync(place);
        Assert.Equal(HttpStatusCode.OK, place.StatusCode);
        Assert.Equal("1", place.Headers.GetValues("X-MBX-ORDER-COUNT-10S").Single());
        Assert.Equal("1", place.Headers.GetValues("X-MBX-ORDER-COUNT-1M").Single());
        Assert.Equal("NEW", order.GetProperty("status").GetString());
        Assert.Equal("my-1", order.GetProperty("clientOrderId").GetString());
        Assert.Equal(JsonValueKind.Number, order.GetProperty("orderId").ValueKind);
        foreach (var f in new[] { "cumQty", "cumQuote", "executedQty", "avgPrice", "origQty", "price", "reduceOnly", "side", "positionSide", "stopPrice", "closePosition", "symbol", "timeInForce", "type", "origType", "updateTime", "workingType", "priceProtect" })
            Assert.True(order.TryGetProperty(f, out _), f);
        Assert.Equal("0.010", order.GetProperty("origQty").GetString());

        var query = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/order", sim.SignV1("symbol=BTCUSDT&origClientOrderId=my-1"), SimHarness.ApiKey));
        Assert.Equal(order.GetProperty("orderId").GetInt64(), query.GetProperty("orderId").GetInt64());
        Assert.True(query.TryGetProperty("time", out _));

        var open = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/openOrders", sim.SignV1("symbol=BTCUSDT"), SimHarness.ApiKey));
        Assert.Equal(1, open.GetArrayLength());

        var cancel = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Delete, "/fapi/v1/order", sim.SignV1($"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}"), null, SimHarness.ApiKey));
        Assert.Equal("CANCELED", cancel.GetProperty("status").GetString());
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Delete, "/fapi/v1/order", sim.SignV1("symbol=BTCUSDT&orderId=999999"), null, SimHarness.ApiKey), -2011);
    }

    [Fact]
    public async Task V3_market_order_fills_and_shows_in_account_positions_and_trades()
    {
        await using var sim = await SimHarness.StartAsync();
        var place = await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010&newOrderRespType=RESULT"));
        var order = await SimHarness.JsonAsync(place);
        Assert.Equal(HttpStatusCode.OK, place.StatusCode);
        Assert.Equal("FILLED", order.GetProperty("status").GetString());

        var positions = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/positionRisk", sim.SignV3("symbol=BTCUSDT")));
        Assert.Equal("0.010", positions[0].GetProperty("positionAmt").GetString());
        Assert.Equal("cross", positions[0].GetProperty("marginType").GetString());

        var account = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/account", sim.SignV3("")));
        foreach (var f in new[] { "feeTier", "canTrade", "totalWalletBalance", "availableBalance", "assets", "positions" })
            Assert.True(account.TryGetProperty(f, out _), f);
        var balance = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/balance", sim.SignV3("")));
        Assert.Contains(balance.EnumerateArray(), b => b.GetProperty("asset").GetString() == "USDT");

        var trades = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/userTrades", sim.SignV3("symbol=BTCUSDT")));
        Assert.True(trades.GetArrayLength() >= 1);
        Assert.Equal("BUY", trades[0].GetProperty("side").GetString());
        var income = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/income", sim.SignV3("")));
        Assert.Contains(income.EnumerateArray(), i => i.GetProperty("incomeType").GetString() == "COMMISSION");
    }

    [Fact]
    public async Task V3_ids_as_strings_switch_applies_to_v3_routes_only()
    {
        await using var sim = await SimHarness.StartAsync(o => o with { V3IdsAsStrings = true });
        var v3 = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010")));
        Assert.Equal(JsonValueKind.String, v3.GetProperty("orderId").ValueKind);
        Assert.Equal(JsonValueKind.String, v3.GetProperty("updateTime").ValueKind);
        var v1 = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/order", "", sim.SignV1("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010"), SimHarness.ApiKey));
        Assert.Equal(JsonValueKind.Number, v1.GetProperty("orderId").ValueKind);
    }

    [Fact]
    public async Task Batch_orders_answer_per_item_and_reject_more_than_five()
    {
        await using var sim = await SimHarness.StartAsync();
        var price = Math.Round(await LastPriceAsync(sim) * 0.9m, 1);
        var batch = Uri.EscapeDataString($"[{{'symbol':'BTCUSDT','side':'BUY','type':'LIMIT','timeInForce':'GTC','quantity':'0.010','price':'{price}'}},{{'symbol':'BTCUSDT','side':'SIDEWAYS','type':'LIMIT','quantity':'1','price':'1'}}]");
        var response = await sim.SendAsync(HttpMethod.Post, "/fapi/v3/batchOrders", "", sim.SignV3("batchOrders=" + batch));
        var items = await SimHarness.JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Headers.GetValues("X-MBX-ORDER-COUNT-10S").Single());
        Assert.Equal("NEW", items[0].GetProperty("status").GetString());
        Assert.Equal(-1117, items[1].GetProperty("code").GetInt32());

        var six = Uri.EscapeDataString("[" + string.Join(',', Enumerable.Repeat("{\"symbol\":\"BTCUSDT\"}", 6)) + "]");
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/batchOrders", "", sim.SignV3("batchOrders=" + six)), -4082);

        var id = items[0].GetProperty("orderId").GetInt64();
        var cancel = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Delete, "/fapi/v3/batchOrders", "", sim.SignV3($"symbol=BTCUSDT&orderIdList={Uri.EscapeDataString($"[{id},424242]")}")));
        Assert.Equal("CANCELED", cancel[0].GetProperty("status").GetString());
        Assert.Equal(-2011, cancel[1].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Countdown_cancel_all_cancels_open_orders_unless_renewed()
    {
        await using var sim = await SimHarness.StartAsync();
        var price = Math.Round(await LastPriceAsync(sim) * 0.9m, 1);
        await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3($"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.010&price={price}"));
        var armed = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/countdownCancelAll", "", sim.SignV3("symbol=BTCUSDT&countdownTime=5000")));
        Assert.Equal("5000", armed.GetProperty("countdownTime").GetString());

        sim.Time.Advance(TimeSpan.FromSeconds(4));
        await sim.SendAsync(HttpMethod.Post, "/fapi/v3/countdownCancelAll", "", sim.SignV3("symbol=BTCUSDT&countdownTime=5000"));
        sim.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, (await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/openOrders", sim.SignV3("symbol=BTCUSDT")))).GetArrayLength());

        sim.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, (await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/openOrders", sim.SignV3("symbol=BTCUSDT")))).GetArrayLength());
    }

    [Fact]
    public async Task Settings_endpoints_change_leverage_margin_type_and_position_mode()
    {
        await using var sim = await SimHarness.StartAsync();
        var lev = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/leverage", "", sim.SignV3("symbol=BTCUSDT&leverage=10")));
        Assert.Equal(10, lev.GetProperty("leverage").GetInt32());
        var margin = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/marginType", "", sim.SignV3("symbol=BTCUSDT&marginType=ISOLATED")));
        Assert.Equal(200, margin.GetProperty("code").GetInt32());
        var mode = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/positionSide/dual", "", sim.SignV3("dualSidePosition=true")));
        Assert.Equal(200, mode.GetProperty("code").GetInt32());
        var dual = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/positionSide/dual", sim.SignV3("")));
        Assert.True(dual.GetProperty("dualSidePosition").GetBoolean());
        var rate = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/commissionRate", sim.SignV3("symbol=BTCUSDT")));
        Assert.Equal("0.000200", rate.GetProperty("makerCommissionRate").GetString());
        var brackets = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/leverageBracket", sim.SignV3("symbol=BTCUSDT")));
        Assert.Equal("BTCUSDT", brackets.GetProperty("symbol").GetString());
    }

    [Theory]
    [InlineData("side=BUY&type=LIMIT", -1102)]
    [InlineData("symbol=NOPEUSDT&side=BUY&type=LIMIT", -1121)]
    [InlineData("symbol=BTCUSDT&side=UP&type=LIMIT", -1117)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=BEST", -1116)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=NEVER&quantity=1&price=1", -1115)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=abc&price=1", -1102)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010&positionSide=UP", -4060)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010&reduceOnly=maybe", -1130)]
    public async Task Bad_order_input_gets_aster_codes_never_500(string parameters, int code)
    {
        await using var sim = await SimHarness.StartAsync();
        var response = await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3(parameters));
        await SimHarness.AssertErrorAsync(response, code, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task V1_signature_rules_timestamp_window_mixed_query_body_and_query_precedence()
    {
        await using var sim = await SimHarness.StartAsync();
        // Mixed: part in the query, part in the body; totalParams = query + body.
        var now = sim.NowMs;
        var query = "symbol=BTCUSDT&side=BUY&type=MARKET";
        var body = $"quantity=0.010&timestamp={now}";
        var sig = AsterBot.Aster.Auth.HmacSigner.Signature(System.Text.Encoding.UTF8.GetBytes(SimHarness.ApiSecret), query + body);
        var mixed = await sim.SendAsync(HttpMethod.Post, "/fapi/v1/order", query, body + "&signature=" + sig, SimHarness.ApiKey);
        Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);

        // The query wins over the body for the same name: the body's bogus side is ignored.
        var q2 = $"symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.010&timestamp={now}";
        var b2 = "side=NONSENSE";
        var sig2 = AsterBot.Aster.Auth.HmacSigner.Signature(System.Text.Encoding.UTF8.GetBytes(SimHarness.ApiSecret), q2 + b2);
        var wins = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/order", q2 + "&signature=" + sig2, b2, SimHarness.ApiKey));
        Assert.Equal("SELL", wins.GetProperty("side").GetString());

        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", timestamp: now - 6000), SimHarness.ApiKey), -1021);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", timestamp: now - 6000, recvWindow: 10000), SimHarness.ApiKey)).StatusCode);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", timestamp: now + 1500), SimHarness.ApiKey), -1021);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", secret: new string('9', 64)), SimHarness.ApiKey), -1022);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", $"timestamp={now}", SimHarness.ApiKey), -1102);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", recvWindow: 70000), SimHarness.ApiKey), -1130);
    }

    [Fact]
    public async Task Unknown_path_is_a_json_404_and_wrong_generation_auth_is_refused()
    {
        await using var sim = await SimHarness.StartAsync();
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/doesNotExist"), -1020, HttpStatusCode.NotFound);
        // A V3-signed request on a V1 path has no API key.
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV3("")), -2014);
    }
}
