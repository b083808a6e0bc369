using System.Net;
using System.Text.Json;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>Spot REST over loopback with both auth generations.</summary>
public sealed class SpotRestTests
{
    [Fact]
    public async Task Spot_market_data_has_spot_shapes()
    {
        await using var sim = await SimHarness.StartAsync();
        var info = await SimHarness.JsonAsync(await sim.GetAsync("/api/v1/exchangeInfo"));
        Assert.Contains(info.GetProperty("symbols").EnumerateArray(), s => s.GetProperty("symbol").GetString() == "BTCUSDT");
        var depth = await sim.GetAsync("/api/v1/depth", "symbol=BTCUSDT");
        // Spot's default limit is 100 (weight 5); the synthetic book may hold fewer levels.
        Assert.Equal("6", depth.Headers.GetValues("X-MBX-USED-WEIGHT-1M").Single()); // exchangeInfo 1 + depth 5
        Assert.InRange((await SimHarness.JsonAsync(depth)).GetProperty("bids").GetArrayLength(), 1, 100);
        var ticker = await SimHarness.JsonAsync(await sim.GetAsync("/api/v3/ticker/24hr", "symbol=BTCUSDT"));
        Assert.Equal("BTC", ticker.GetProperty("baseAsset").GetString());
        Assert.True(ticker.TryGetProperty("bidPrice", out _));
        var klines = await SimHarness.JsonAsync(await sim.GetAsync("/api/v1/klines", "symbol=BTCUSDT&interval=1m"));
        if (klines.GetArrayLength() > 0) Assert.Equal(11, klines[0].GetArrayLength());
    }

    [Fact]
    public async Task Spot_orders_with_v1_and_v3_and_the_account()
    {
        await using var sim = await SimHarness.StartAsync();
        var bought = await sim.SendAsync(HttpMethod.Post, "/api/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=200"));
        var order = await SimHarness.JsonAsync(bought);
        Assert.Equal(HttpStatusCode.OK, bought.StatusCode);
        Assert.Equal("FILLED", order.GetProperty("status").GetString());
        Assert.Equal(-1, order.GetProperty("orderListId").GetInt64());

        var account = await SimHarness.JsonAsync(await sim.GetAsync("/api/v1/account", sim.SignV1(""), SimHarness.ApiKey));
        var btc = account.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "BTC");
        Assert.True(decimal.Parse(btc.GetProperty("free").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        var price = decimal.Parse((await SimHarness.JsonAsync(await sim.GetAsync("/api/v1/ticker/price", "symbol=BTCUSDT"))).GetProperty("price").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var limit = Math.Round(price * 0.9m, 2);
        var resting = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/api/v1/order", "", sim.SignV1($"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price={limit}"), SimHarness.ApiKey));
        Assert.Equal("NEW", resting.GetProperty("status").GetString());
        var open = await SimHarness.JsonAsync(await sim.GetAsync("/api/v1/openOrders", sim.SignV1("symbol=BTCUSDT"), SimHarness.ApiKey));
        Assert.Equal(1, open.GetArrayLength());
        var cancelAll = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Delete, "/api/v1/allOpenOrders", sim.SignV1("symbol=BTCUSDT"), null, SimHarness.ApiKey));
        Assert.Equal(200, cancelAll.GetProperty("code").GetInt32());

        var trades = await SimHarness.JsonAsync(await sim.GetAsync("/api/v1/userTrades", sim.SignV1("symbol=BTCUSDT"), SimHarness.ApiKey));
        Assert.Equal(JsonValueKind.Array, trades.ValueKind);
        Assert.True(trades.GetArrayLength() >= 1);
        var rate = await SimHarness.JsonAsync(await sim.GetAsync("/api/v1/commissionRate", sim.SignV1("symbol=BTCUSDT"), SimHarness.ApiKey));
        Assert.Equal("0.000700", rate.GetProperty("takerCommissionRate").GetString());
    }

    [Fact]
    public async Task Transfer_moves_funds_between_spot_and_futures()
    {
        await using var sim = await SimHarness.StartAsync();
        var transfer = await SimHarness.JsonAsync(await sim.SendAsync(HttpMethod.Post, "/api/v1/asset/wallet/transfer", "", sim.SignV1("amount=100&asset=USDT&clientTranId=t-1&kindType=SPOT_FUTURE"), SimHarness.ApiKey));
        Assert.Equal("SUCCESS", transfer.GetProperty("status").GetString());
        var balance = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1(""), SimHarness.ApiKey));
        Assert.Equal("10100.00000000", balance.EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT").GetProperty("balance").GetString());
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/api/v1/asset/wallet/transfer", "", sim.SignV1("amount=100&asset=USDT&clientTranId=t-2&kindType=SIDEWAYS"), SimHarness.ApiKey), -1130);
    }

    [Fact]
    public async Task Agent_without_spot_permission_cannot_trade_spot_but_can_trade_futures()
    {
        await using var sim = await SimHarness.StartAsync(agent: new AsterBot.Simulator.Server.Admin.AgentSeed("", CanSpotTrade: false));
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/api/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=50")), -2015);
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010"))).StatusCode);
    }
}
