using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>Listen keys: V1 key-only auth, 60-minute TTL, POST returns the same key, keepalive, delete, expiry event.</summary>
public sealed class ListenKeyTests
{
    [Fact]
    public async Task V1_post_needs_only_the_api_key_and_returns_the_same_key_while_alive()
    {
        await using var sim = await SimHarness.StartAsync();
        var first = await KeyOf(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey));
        var second = await KeyOf(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey));
        Assert.Equal(64, first.Length);
        Assert.Equal(first, second);
        // Spot has its own key.
        var spot = await KeyOf(await sim.SendAsync(HttpMethod.Post, "/api/v1/listenKey", "", null, SimHarness.ApiKey));
        Assert.NotEqual(first, spot);
    }

    [Fact]
    public async Task V1_key_errors_are_2014_for_format_and_2015_for_unknown_key()
    {
        await using var sim = await SimHarness.StartAsync();
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null), -2014, HttpStatusCode.Unauthorized);
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, "not a key!"), -2014);
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, new string('3', 64)), -2015, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Keepalive_extends_and_an_unkept_key_expires_with_an_event_on_its_stream()
    {
        await using var sim = await SimHarness.StartAsync();
        var key = await KeyOf(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey));

        sim.Time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Put, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey)).StatusCode);
        sim.Time.Advance(TimeSpan.FromMinutes(50));

        using var ws = new ClientWebSocket();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await ws.ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws/" + key), cts.Token);

        sim.Time.Advance(TimeSpan.FromMinutes(11));
        var message = await ReceiveTextAsync(ws, cts.Token);
        using var doc = JsonDocument.Parse(message!);
        Assert.Equal("listenKeyExpired", doc.RootElement.GetProperty("e").GetString());
        Assert.Null(await ReceiveTextAsync(ws, cts.Token)); // then the server closes

        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Put, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey), -1125);
        var fresh = await KeyOf(await sim.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", "", null, SimHarness.ApiKey));
        Assert.NotEqual(key, fresh);
    }

    [Fact]
    public async Task Delete_closes_the_key_and_v3_listen_keys_are_signed()
    {
        await using var sim = await SimHarness.StartAsync();
        var key = await KeyOf(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/listenKey", "", sim.SignV3("")));
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Put, "/fapi/v3/listenKey", "", sim.SignV3(""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Delete, "/fapi/v3/listenKey", "", sim.SignV3(""))).StatusCode);
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Put, "/fapi/v3/listenKey", "", sim.SignV3("")), -1125);
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/listenKey", "", "nonce=1"), -1102);

        using var ws = new ClientWebSocket();
        var refused = await Assert.ThrowsAnyAsync<WebSocketException>(() => ws.ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws/" + key), CancellationToken.None));
        Assert.NotNull(refused);
    }

    public static async Task<string> KeyOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await SimHarness.JsonAsync(response)).GetProperty("listenKey").GetString()!;
    }

    /// <summary>The next text message, or null when the server closed the connection.</summary>
    public static async Task<string?> ReceiveTextAsync(ClientWebSocket ws, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var ms = new MemoryStream();
        while (true)
        {
            var r = await ws.ReceiveAsync(buffer, ct);
            if (r.MessageType == WebSocketMessageType.Close) return null;
            ms.Write(buffer, 0, r.Count);
            if (r.EndOfMessage) return Encoding.UTF8.GetString(ms.ToArray());
        }
    }
}
