using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>The /sim/ admin endpoints and the per-account order limits.</summary>
public sealed class AdminTests
{
    [Fact]
    public async Task Create_list_fund_and_use_an_account()
    {
        await using var sim = await SimHarness.StartAsync();
        const string wallet = "0x00000000000000000000000000000000000000a1";
        var created = await sim.Http.PostAsJsonAsync("/sim/accounts", new
        {
            wallet,
            futuresBalances = new Dictionary<string, string> { ["USDT"] = "2500.5" },
            apiKey = "simkey1",
            apiSecret = "simsecret1",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var account = await SimHarness.JsonAsync(created);
        Assert.Equal(2500.5m, account.GetProperty("futuresBalances").GetProperty("USDT").GetDecimal());
        Assert.DoesNotContain("simsecret1", account.ToString());

        var list = await SimHarness.JsonAsync(await sim.Http.GetAsync("/sim/accounts"));
        Assert.Equal(2, list.GetArrayLength());

        var duplicate = await sim.Http.PostAsJsonAsync("/sim/accounts", new { wallet });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var badWallet = await sim.Http.PostAsJsonAsync("/sim/accounts", new { wallet = "0x12" });
        Assert.Equal(HttpStatusCode.BadRequest, badWallet.StatusCode);

        var funded = await sim.Http.PostAsJsonAsync($"/sim/accounts/{wallet}/balance", new { asset = "USDT", amount = 99 });
        Assert.Equal(HttpStatusCode.OK, funded.StatusCode);
        var balance = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", secret: "simsecret1"), "simkey1"));
        Assert.Equal("99.00000000", balance.EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT").GetProperty("balance").GetString());
    }

    [Fact]
    public async Task V1_key_ip_whitelist_and_read_only_keys_are_enforced_with_2015()
    {
        await using var sim = await SimHarness.StartAsync();
        var created = await sim.Http.PostAsJsonAsync("/sim/accounts", new
        {
            wallet = "0x00000000000000000000000000000000000000b2",
            futuresBalances = new Dictionary<string, decimal> { ["USDT"] = 1000 },
            apiKey = "readonly",
            apiSecret = "s3cret",
            apiKeyIpWhitelist = "10.0.0.5,10.0.1.0/24",
            apiKeyCanTrade = false,
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", secret: "s3cret"), "readonly", ip: "10.0.1.77")).StatusCode);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", secret: "s3cret"), "readonly", ip: "10.0.2.1"), -2015, HttpStatusCode.Unauthorized);
        var order = await sim.SendAsync(HttpMethod.Post, "/fapi/v1/order", "", sim.SignV1("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010", secret: "s3cret"), "readonly", ip: "10.0.0.5");
        await SimHarness.AssertErrorAsync(order, -2015, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Price_time_config_and_state()
    {
        await using var sim = await SimHarness.StartAsync();
        var moved = await SimHarness.JsonAsync(await sim.Http.PostAsJsonAsync("/sim/price", new { symbol = "ETHUSDT", price = 2000 }));
        Assert.Equal(2000m, moved.GetProperty("lastPrice").GetDecimal());
        var ticker = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/ticker/price", "symbol=ETHUSDT"));
        Assert.StartsWith("2000", ticker.GetProperty("price").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await sim.Http.PostAsJsonAsync("/sim/price", new { symbol = "NOPE", price = 1 })).StatusCode);

        var before = sim.NowMs;
        var advanced = await SimHarness.JsonAsync(await sim.Http.PostAsJsonAsync("/sim/time/advance", new { milliseconds = 3_600_000 }));
        Assert.Equal(before + 3_600_000, advanced.GetProperty("serverTime").GetInt64());
        Assert.Equal(before + 3_600_000, (await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/time"))).GetProperty("serverTime").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, (await sim.Http.PostAsJsonAsync("/sim/time/advance", new { milliseconds = -1 })).StatusCode);

        await sim.Http.PutAsJsonAsync("/sim/config", new { v3IdsAsStrings = true });
        var time = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/time"));
        Assert.Equal(JsonValueKind.String, time.GetProperty("serverTime").ValueKind);

        var state = await SimHarness.JsonAsync(await sim.Http.GetAsync("/sim/state"));
        Assert.True(state.GetProperty("v3IdsAsStrings").GetBoolean());
        Assert.Equal(1, state.GetProperty("accounts").GetArrayLength());
        Assert.True(state.GetProperty("engine").GetProperty("markets").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Per_account_order_limit_answers_1015()
    {
        await using var sim = await SimHarness.StartAsync(o => o with { FuturesOrdersPer10Seconds = 2 });
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010"))).StatusCode);
        var limited = await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010"));
        await SimHarness.AssertErrorAsync(limited, -1015, HttpStatusCode.TooManyRequests);
        Assert.False(limited.Headers.Contains("Retry-After"));
        sim.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010"))).StatusCode);
    }

    [Fact]
    public async Task Admin_paths_never_collide_with_aster_paths()
    {
        await using var sim = await SimHarness.StartAsync();
        Assert.All(sim.Server.State.Routes.All, r => Assert.False(r.Path.StartsWith("/sim", StringComparison.Ordinal)));
        Assert.All(sim.Server.State.Routes.All, r => Assert.True(r.Path.StartsWith("/fapi/", StringComparison.Ordinal) || r.Path.StartsWith("/api/", StringComparison.Ordinal)));
    }
}
