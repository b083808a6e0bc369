using AsterBot.Aster.Errors;
using AsterBot.Aster.Rest.StreamSources;
using Microsoft.AspNetCore.Http;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>The REST implementations of the stream helpers' listen-key and snapshot interfaces, over a real server.</summary>
public class StreamSourceTests
{
    private const string Key = "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1";

    [Fact]
    public async Task Listen_key_service_starts_keeps_alive_reports_an_unknown_key_and_closes()
    {
        var known = true;
        await using var server = await LoopbackServer.StartAsync(async (seen, context) =>
        {
            if (seen.Path.EndsWith("/time")) { await context.Response.WriteAsync("""{"serverTime":1}"""); return; }
            if (seen.Method == "PUT" && !known) { context.Response.StatusCode = 400; await context.Response.WriteAsync("""{"code":-1125,"msg":"This listenKey does not exist."}"""); return; }
            await context.Response.WriteAsync(seen.Method == "POST" ? $$"""{"listenKey":"{{Key}}"}""" : "{}");
        });
        using var client = TestCredentials.V1Client(server.BaseUri);
        var service = new RestListenKeyService(client.Spot.UserStream);

        var key = await service.StartAsync(CancellationToken.None);
        var alive = await service.KeepAliveAsync(key, CancellationToken.None);
        known = false;
        var expired = await service.KeepAliveAsync(key, CancellationToken.None);
        await service.CloseAsync(key, CancellationToken.None);

        Assert.Equal((Key, true, false), (key, alive, expired));
        Assert.Equal(["POST", "PUT", "PUT", "DELETE"], server.Requests.Where(r => r.Path == "/api/v1/listenKey").Select(r => r.Method));
    }

    [Fact]
    public async Task Listen_key_failures_other_than_an_unknown_key_throw()
    {
        await using var server = await LoopbackServer.RespondingAsync(401, """{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}""");
        using var client = TestCredentials.V1Client(server.BaseUri);
        var service = new RestListenKeyService(client.Futures.UserStream);

        var ex = await Assert.ThrowsAsync<AsterException>(() => service.KeepAliveAsync(Key, CancellationToken.None));

        Assert.Equal(AsterErrorKind.BadApiKey, ex.Error.Kind);
    }

    [Fact]
    public async Task Snapshot_source_maps_the_rest_depth_with_exact_levels()
    {
        await using var server = await LoopbackServer.RespondingAsync(200, """{"lastUpdateId":1027024,"E":1,"T":1,"bids":[["4.00000000","431.00000000"]],"asks":[["4.00000200","12.00000000"]]}""");
        using var client = TestCredentials.PublicClient(server.BaseUri);

        var snapshot = await new RestOrderBookSnapshotSource(client.Futures.Market).GetOrderBookAsync("BTCUSDT", 1000, CancellationToken.None);

        Assert.Equal(1027024, snapshot.LastUpdateId);
        Assert.Equal((4.00000000m, 431.00000000m), (snapshot.Bids[0].Price, snapshot.Bids[0].Quantity));
        Assert.Equal(4.00000200m, snapshot.Asks[0].Price);
        Assert.Equal("/fapi/v1/depth", server.Requests.Single().Path);
        Assert.Equal("symbol=BTCUSDT&limit=1000", server.Requests.Single().Query);
    }
}
