using System.Net;
using AsterBot.Chain.Crypto;
using AsterBot.Simulator.Server.Admin;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>V3 (agent + EIP-712) authentication over real HTTP, using GET /fapi/v3/agent as the signed read.</summary>
public sealed class V3AuthTests
{
    [Fact]
    public async Task Agent_signed_request_is_accepted_and_lists_the_agent()
    {
        await using var sim = await SimHarness.StartAsync();
        var response = await sim.GetAsync("/fapi/v3/agent", sim.SignV3(""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var agents = await SimHarness.JsonAsync(response);
        Assert.Equal(sim.Agent, agents[0].GetProperty("agentAddress").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.True(agents[0].GetProperty("canPerpTrade").GetBoolean());
    }

    [Fact]
    public async Task Wallet_may_sign_for_itself_and_user_may_be_omitted()
    {
        await using var sim = await SimHarness.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", signer: sim.WalletKey))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", includeUser: false))).StatusCode);
    }

    [Fact]
    public async Task Signature_covers_the_string_as_sent_whatever_the_parameter_order()
    {
        await using var sim = await SimHarness.StartAsync();
        // Unusual order (business params after the identity) is fine as long as it is signed as sent.
        var signed = sim.SignV3("zeta=1&alpha=2");
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/listenKey", "", signed)).StatusCode);

        // Reordering after signing breaks it.
        var parts = sim.SignV3("zeta=1&alpha=2").Split('&');
        (parts[0], parts[1]) = (parts[1], parts[0]);
        var response = await sim.SendAsync(HttpMethod.Post, "/fapi/v3/listenKey", "", string.Join('&', parts));
        await SimHarness.AssertErrorAsync(response, -1022, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_parameters_may_travel_in_the_query_or_the_body()
    {
        await using var sim = await SimHarness.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/listenKey", sim.SignV3(""), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/listenKey", "", sim.SignV3(""))).StatusCode);
    }

    [Fact]
    public async Task Tampered_or_malformed_signature_is_rejected_with_1022()
    {
        await using var sim = await SimHarness.StartAsync();
        var signed = sim.SignV3("symbol=BTCUSDT");
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", signed.Replace("BTCUSDT", "ETHUSDT")), -1022);
        var cut = signed[..signed.LastIndexOf("&signature=", StringComparison.Ordinal)] + "&signature=0x1234";
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", cut), -1022);
    }

    [Fact]
    public async Task Missing_identity_parameters_are_1102()
    {
        await using var sim = await SimHarness.StartAsync();
        var msg = await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", "nonce=1"), -1102);
        Assert.Contains("signer", msg);
    }

    [Fact]
    public async Task Replayed_nonce_is_rejected_with_4225()
    {
        await using var sim = await SimHarness.StartAsync();
        var signed = sim.SignV3("");
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", signed)).StatusCode);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", signed), -4225);
    }

    [Fact]
    public async Task Nonce_outside_the_window_is_rejected_and_the_window_is_configurable()
    {
        await using var sim = await SimHarness.StartAsync(o => o with { NonceWindow = TimeSpan.FromSeconds(60) });
        var ok = sim.SignV3("", nonce: sim.NowMicros - 59_000_000);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", ok)).StatusCode);
        var stale = sim.SignV3("", nonce: sim.NowMicros - 61_000_000);
        Assert.Equal("Nonce Expired", await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", stale), -4225));
        var future = sim.SignV3("", nonce: sim.NowMicros + 61_000_000);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", future), -4225);
    }

    [Fact]
    public async Task Once_100_nonces_are_held_an_older_one_is_expired()
    {
        await using var sim = await SimHarness.StartAsync();
        var first = sim.NowMicros - 5_000_000;
        for (var i = 1; i <= 100; i++)
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", nonce: first + i))).StatusCode);
        Assert.Equal("Nonce Expired", await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", nonce: first)), -4225));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", nonce: first + 101))).StatusCode);
    }

    [Fact]
    public async Task Unknown_signer_and_expired_agent_are_rejected_with_2015()
    {
        await using var sim = await SimHarness.StartAsync(agent: new AgentSeed("", ExpiresAtMs: new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds()));
        using var stranger = PrivateKey.Generate();
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", signer: stranger)), -2015);

        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3(""))).StatusCode);
        sim.Time.Advance(TimeSpan.FromDays(2));
        // (The agent list itself stays readable to an expired agent: KeyScopeAndExpiryTests.)
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/balance", sim.SignV3("")), -2015);
    }

    [Fact]
    public async Task Agent_ip_whitelist_is_enforced_on_the_trusted_forwarded_address()
    {
        await using var sim = await SimHarness.StartAsync(agent: new AgentSeed("", IpWhitelist: "10.0.0.0/8 192.168.1.7"));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3(""), ip: "10.1.2.3")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3(""), ip: "192.168.1.7")).StatusCode);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3(""), ip: "192.168.1.8"), -2015);
    }

    [Fact]
    public async Task Forwarded_address_is_ignored_unless_trusted()
    {
        await using var sim = await SimHarness.StartAsync(o => o with { TrustForwardedFor = false }, agent: new AgentSeed("", IpWhitelist: "127.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3(""), ip: "10.9.9.9")).StatusCode);
    }

    [Fact]
    public async Task Agent_without_read_permission_cannot_read()
    {
        await using var sim = await SimHarness.StartAsync(agent: new AgentSeed("", CanRead: false));
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("")), -2015);
    }

    [Fact]
    public async Task Signature_for_another_chain_id_is_rejected()
    {
        await using var sim = await SimHarness.StartAsync();
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", chainId: 714)), -1022);
    }
}
