using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using AsterBot.Simulator.Server.Faults;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>Each injected fault kind, configured at start or through /sim/faults.</summary>
public sealed class FaultTests
{
    private static Func<AsterBot.Simulator.Server.SimulatorOptions, AsterBot.Simulator.Server.SimulatorOptions> With(params FaultRule[] rules) =>
        o => o with { Faults = rules };

    [Fact]
    public async Task Faults_are_off_by_default()
    {
        await using var sim = await SimHarness.StartAsync();
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/time")).StatusCode);
    }

    [Fact]
    public async Task Server_error_answers_5xx_on_matching_paths_only()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/*/time", FaultKind.ServerError, Status: 502)));
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/time"), -1000, HttpStatusCode.BadGateway);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/ping")).StatusCode);
    }

    [Fact]
    public async Task Probability_is_reproducible_from_the_seed()
    {
        async Task<string> Pattern(int seed)
        {
            await using var sim = await SimHarness.StartAsync(o => o with { Faults = [new FaultRule("/fapi/v1/ping", FaultKind.ServerError, 0.5)], FaultSeed = seed });
            var s = "";
            for (var i = 0; i < 30; i++) s += (await sim.GetAsync("/fapi/v1/ping")).IsSuccessStatusCode ? "." : "x";
            return s;
        }
        var a = await Pattern(7);
        Assert.Equal(a, await Pattern(7));
        Assert.Contains(".", a);
        Assert.Contains("x", a);
    }

    [Fact]
    public async Task Timeout_holds_the_request_until_the_client_gives_up()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/v1/time", FaultKind.Timeout)));
        using var shortClient = new HttpClient { BaseAddress = sim.Server.RestBaseUri, Timeout = TimeSpan.FromMilliseconds(300) };
        await Assert.ThrowsAsync<TaskCanceledException>(() => shortClient.GetAsync("/fapi/v1/time"));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/ping")).StatusCode);
    }

    [Fact]
    public async Task Bounded_timeout_ends_in_503_unknown_status()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/v1/time", FaultKind.Timeout, DelayMs: 50)));
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/time"), -1007, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Latency_delays_but_answers()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/v1/time", FaultKind.Latency, DelayMs: 100)));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/time")).StatusCode);
    }

    [Fact]
    public async Task Rate_limit_burst_answers_429_without_consuming_the_budget()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/v1/time", FaultKind.RateLimitBurst)));
        var r = await sim.GetAsync("/fapi/v1/time");
        await SimHarness.AssertErrorAsync(r, -1003, HttpStatusCode.TooManyRequests);
        Assert.True(r.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Executed_then_503_runs_the_request_before_answering_unknown()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/v1/listenKey", FaultKind.ExecutedThen503, Method: "POST")));
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey), -1007, HttpStatusCode.ServiceUnavailable);
        // The key was created: keepalive finds it.
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Put, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey)).StatusCode);
    }

    [Fact]
    public async Task Order_503_after_execution_can_be_looked_up_by_client_order_id()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/*/order", FaultKind.ExecutedThen503, Method: "POST")));
        var placed = await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010&newClientOrderId=intent-42"));
        await SimHarness.AssertErrorAsync(placed, -1007, HttpStatusCode.ServiceUnavailable);
        var found = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/order", sim.SignV3("symbol=BTCUSDT&origClientOrderId=intent-42")));
        Assert.Equal("FILLED", found.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Listen_key_expiry_fault_kills_the_key_at_keepalive()
    {
        await using var sim = await SimHarness.StartAsync(With(new FaultRule("/fapi/v1/listenKey", FaultKind.ListenKeyExpiry, Method: "PUT")));
        await ListenKeyTests.KeyOf(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey));
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Put, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey), -1125);
    }

    [Fact]
    public async Task Admin_can_change_faults_and_clock_skew_at_runtime()
    {
        await using var sim = await SimHarness.StartAsync();
        var before = (await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/time"))).GetProperty("serverTime").GetInt64();
        var put = await sim.Http.PutAsJsonAsync("/sim/faults", new { seed = 3, clockSkewMs = 5000, rules = new[] { new { path = "/api/*", kind = "ServerError", probability = 1.0 } } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = (await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v1/time"))).GetProperty("serverTime").GetInt64();
        Assert.Equal(before + 5000, after);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/api/v1/ping"), -1000, HttpStatusCode.InternalServerError);

        var bad = await sim.Http.PutAsJsonAsync("/sim/faults", new { seed = 1, rules = new[] { new { path = "/x", kind = "ServerError", probability = 2.0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("probability", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Websocket_drop_closes_connections()
    {
        await using var sim = await SimHarness.StartAsync();
        using var ws = new ClientWebSocket();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await ws.ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws"), cts.Token);
        var dropped = await SimHarness.JsonAsync(await sim.Http.PostAsync("/sim/faults/drop-websockets", null));
        Assert.Equal(1, dropped.GetProperty("dropped").GetInt32());
        await Assert.ThrowsAnyAsync<WebSocketException>(async () => { while (await ListenKeyTests.ReceiveTextAsync(ws, cts.Token) is not null) { } throw new WebSocketException("closed"); });
    }
}
