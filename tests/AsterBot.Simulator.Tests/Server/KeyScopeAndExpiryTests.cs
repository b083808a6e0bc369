using System.Net;
using System.Net.Http.Json;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Simulator.Server.Auth;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>V1 keys limited to one market, and what an expired agent may still do (read the agent list, nothing else).</summary>
public sealed class KeyScopeAndExpiryTests
{
    [Fact]
    public async Task A_spot_only_key_is_refused_on_futures_with_2015_and_a_futures_only_key_on_spot()
    {
        await using var sim = await SimHarness.StartAsync();
        foreach (var (key, scope) in new[] { ("spotonly", "Spot"), ("futuresonly", "Futures") })
        {
            var created = await sim.Http.PostAsJsonAsync("/sim/accounts", new
            {
                apiKey = key, apiSecret = "s3cret", apiKeyScope = scope,
                futuresBalances = new Dictionary<string, decimal> { ["USDT"] = 100 },
            });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            Assert.Equal(scope, (await SimHarness.JsonAsync(created)).GetProperty("apiKeys")[0].GetProperty("scope").GetString());
        }

        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", secret: "s3cret"), "spotonly"), -2015, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/api/v1/account", sim.SignV1("", secret: "s3cret"), "spotonly")).StatusCode);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/api/v1/account", sim.SignV1("", secret: "s3cret"), "futuresonly"), -2015, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v2/balance", sim.SignV1("", secret: "s3cret"), "futuresonly")).StatusCode);
        // Keys seeded without a scope keep working on both markets.
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v2/balance", sim.SignV1(""), SimHarness.ApiKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/api/v1/account", sim.SignV1(""), SimHarness.ApiKey)).StatusCode);
    }

    [Fact]
    public void The_cli_account_spec_takes_a_key_scope()
    {
        Assert.Equal(ApiKeyScope.Spot, AccountSeed.Parse("apiKey=K,apiSecret=S,apiKeyScope=spot").ApiKeyScope);
        Assert.Equal(ApiKeyScope.Both, AccountSeed.Parse("apiKey=K,apiSecret=S").ApiKeyScope);
        Assert.Contains("futures, spot or both", Assert.Throws<FormatException>(() => AccountSeed.Parse("apiKey=K,apiSecret=S,apiKeyScope=perp")).Message);
    }

    [Fact]
    public async Task An_expired_agent_can_read_the_agent_list_showing_its_expiry_and_nothing_else()
    {
        var expiresAt = new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(); // the harness starts at 00:00
        await using var sim = await SimHarness.StartAsync(agent: new AgentSeed("", ExpiresAtMs: expiresAt));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/balance", sim.SignV3(""))).StatusCode);

        sim.Time.Advance(TimeSpan.FromHours(1));

        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/balance", sim.SignV3("")), -2015, HttpStatusCode.Unauthorized);
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "",
            sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010")), -2015, HttpStatusCode.Unauthorized);
        var agents = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("")));
        Assert.Equal(expiresAt, agents.EnumerateArray().Single().GetProperty("expired").GetInt64());
    }
}
