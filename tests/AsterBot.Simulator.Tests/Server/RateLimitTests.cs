using System.Net;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>Request weights, 429 past the per-IP limit, 418 bans after continued abuse, per-IP separation.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Every_response_reports_the_used_weight()
    {
        await using var sim = await SimHarness.StartAsync();
        var first = await sim.GetAsync("/fapi/v1/ping");
        Assert.Equal("1", first.Headers.GetValues("X-MBX-USED-WEIGHT-1M").Single());
        var second = await sim.GetAsync("/fapi/v3/agent", sim.SignV3(""));
        Assert.Equal("6", second.Headers.GetValues("X-MBX-USED-WEIGHT-1M").Single());
        var error = await sim.GetAsync("/fapi/v1/nothingHere");
        Assert.True(error.Headers.Contains("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Past_the_limit_429_with_retry_after_then_a_new_minute_resets()
    {
        await using var sim = await SimHarness.StartAsync(o => o with { FuturesWeightPerMinute = 3 });
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/ping")).StatusCode);
        var limited = await sim.GetAsync("/fapi/v1/ping");
        await SimHarness.AssertErrorAsync(limited, -1003, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);

        // Another IP has its own budget; spot has its own budget too.
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/ping", ip: "10.0.0.2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/api/v1/ping")).StatusCode);

        sim.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/ping")).StatusCode);
    }

    [Fact]
    public async Task Continued_requests_while_limited_get_an_escalating_418_ban()
    {
        await using var sim = await SimHarness.StartAsync(o => o with { FuturesWeightPerMinute = 1, BanAfterRejections = 2 });
        await sim.GetAsync("/fapi/v1/ping");
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/ping"), -1003, HttpStatusCode.TooManyRequests);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/ping"), -1003, HttpStatusCode.TooManyRequests);
        var banned = await sim.GetAsync("/fapi/v1/ping");
        await SimHarness.AssertErrorAsync(banned, -1003, (HttpStatusCode)418);
        Assert.Equal(120, int.Parse(banned.Headers.GetValues("Retry-After").Single()));

        sim.Time.Advance(TimeSpan.FromSeconds(30));
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v1/ping"), -1003, (HttpStatusCode)418);

        sim.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v1/ping")).StatusCode);
        // Second ban lasts twice as long.
        await sim.GetAsync("/fapi/v1/ping");
        await sim.GetAsync("/fapi/v1/ping");
        var again = await sim.GetAsync("/fapi/v1/ping");
        Assert.Equal((HttpStatusCode)418, again.StatusCode);
        Assert.Equal(240, int.Parse(again.Headers.GetValues("Retry-After").Single()));
    }
}
