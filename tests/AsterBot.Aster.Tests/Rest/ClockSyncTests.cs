using AsterBot.Aster.Environments;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Rest;
using AsterBot.Testing;
using Microsoft.AspNetCore.Http;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>V1 timestamps come from the server's clock: measured before the first signed call and after a -1021.</summary>
public class ClockSyncTests
{
    private const long ServerNow = 1767225600000 + 3_600_000; // server one hour ahead of the local clock

    [Fact]
    public async Task The_first_signed_call_measures_the_server_time_and_stamps_with_it()
    {
        await using var server = await LoopbackServer.StartAsync(async (seen, context) =>
            await context.Response.WriteAsync(seen.Path.EndsWith("/time") ? $$"""{"serverTime":{{ServerNow}}}""" : "[]"));
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1767225600000));
        using var client = TestCredentials.V1Client(server.BaseUri, time);

        (await client.Futures.Account.GetBalancesAsync()).GetOrThrow();
        (await client.Futures.Account.GetBalancesAsync()).GetOrThrow();

        var paths = server.Requests.Select(r => r.Path).ToList();
        Assert.Equal(["/fapi/v1/time", "/fapi/v2/balance", "/fapi/v2/balance"], paths);
        var stamp = EndpointFixture.Decode(server.Requests.Last().Query).Single(p => p.Key == "timestamp").Value;
        Assert.Equal(ServerNow.ToString(), stamp);
    }

    [Fact]
    public async Task A_timestamp_rejection_triggers_one_resync_and_one_resend()
    {
        var rejections = 0;
        await using var server = await LoopbackServer.StartAsync(async (seen, context) =>
        {
            if (seen.Path.EndsWith("/time")) await context.Response.WriteAsync($$"""{"serverTime":{{ServerNow}}}""");
            else if (Interlocked.Increment(ref rejections) == 1) { context.Response.StatusCode = 400; await context.Response.WriteAsync("""{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}"""); }
            else await context.Response.WriteAsync("[]");
        });
        using var client = TestCredentials.V1Client(server.BaseUri, new ManualTimeProvider());

        var result = await client.Futures.Account.GetBalancesAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["/fapi/v1/time", "/fapi/v2/balance", "/fapi/v1/time", "/fapi/v2/balance"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_persistent_timestamp_rejection_is_reported_after_one_retry()
    {
        await using var server = await LoopbackServer.StartAsync(async (seen, context) =>
        {
            if (seen.Path.EndsWith("/time")) { await context.Response.WriteAsync($$"""{"serverTime":{{ServerNow}}}"""); return; }
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("""{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""");
        });
        using var client = TestCredentials.V1Client(server.BaseUri, new ManualTimeProvider());

        var result = await client.Spot.Account.GetAccountAsync();

        Assert.Equal(AsterErrorKind.ClockOrNonce, result.Error!.Kind);
        Assert.Equal(2, server.Requests.Count(r => r.Path == "/api/v1/account"));
        Assert.Equal(2, server.Requests.Count(r => r.Path == "/api/v1/time"));
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_clock_measurement()
    {
        await using var server = await LoopbackServer.StartAsync(async (seen, context) =>
            await context.Response.WriteAsync(seen.Path.EndsWith("/time") ? $$"""{"serverTime":{{ServerNow}}}""" : "[]"));
        using var client = TestCredentials.V1Client(server.BaseUri, new ManualTimeProvider());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.Futures.Account.GetBalancesAsync()));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Single(server.Requests, r => r.Path == "/fapi/v1/time");
    }

    [Fact]
    public async Task Public_calls_and_v3_calls_never_read_the_clock()
    {
        await using var server = await LoopbackServer.RespondingAsync(200, "[]");
        using var v3 = TestCredentials.V3Client(server.BaseUri);
        using var v1 = TestCredentials.V1Client(server.BaseUri);

        await v3.Futures.Account.GetBalancesAsync();
        await v1.Futures.Market.GetRecentTradesAsync("BTCUSDT");

        Assert.Equal(["/fapi/v3/balance", "/fapi/v1/trades"], server.Requests.Select(r => r.Path));
    }
}
