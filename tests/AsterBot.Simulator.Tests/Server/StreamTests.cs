using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>WebSocket streams over loopback: user-data events after fills, market streams, control frames.</summary>
public sealed class StreamTests
{
    private static async Task<ClientWebSocket> ConnectAsync(Uri uri, CancellationToken ct)
    {
        var ws = new ClientWebSocket();
        await ws.ConnectAsync(uri, ct);
        return ws;
    }

    private static Task SendAsync(ClientWebSocket ws, string text, CancellationToken ct) =>
        ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct);

    /// <summary>Reads messages until one satisfies <paramref name="match"/>; fails on close or timeout.</summary>
    private static async Task<JsonElement> WaitForAsync(ClientWebSocket ws, Func<JsonElement, bool> match, CancellationToken ct)
    {
        while (true)
        {
            var text = await ListenKeyTests.ReceiveTextAsync(ws, ct) ?? throw new InvalidOperationException("The server closed the stream.");
            using var doc = JsonDocument.Parse(text);
            if (match(doc.RootElement)) return doc.RootElement.Clone();
        }
    }

    private static bool Is(JsonElement e, string type) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("e", out var t) && t.GetString() == type;

    [Fact]
    public async Task Futures_user_stream_gets_order_and_account_updates_after_a_fill()
    {
        await using var sim = await SimHarness.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var key = await ListenKeyTests.KeyOf(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/listenKey", "", sim.SignV3("")));
        using var ws = await ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws/" + key), cts.Token);

        await sim.SendAsync(HttpMethod.Post, "/fapi/v3/leverage", "", sim.SignV3("symbol=BTCUSDT&leverage=7"));
        var config = await WaitForAsync(ws, e => Is(e, "ACCOUNT_CONFIG_UPDATE"), cts.Token);
        Assert.Equal(7, config.GetProperty("ac").GetProperty("l").GetInt32());

        var placed = await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010&newClientOrderId=ws-1"));
        Assert.True(placed.IsSuccessStatusCode);
        var trade = await WaitForAsync(ws, e => Is(e, "ORDER_TRADE_UPDATE") && e.GetProperty("o").GetProperty("x").GetString() == "TRADE", cts.Token);
        var o = trade.GetProperty("o");
        Assert.Equal("ws-1", o.GetProperty("c").GetString());
        Assert.Equal("BUY", o.GetProperty("S").GetString());
        Assert.Equal("USDT", o.GetProperty("N").GetString());
        var update = await WaitForAsync(ws, e => Is(e, "ACCOUNT_UPDATE"), cts.Token);
        Assert.Equal("ORDER", update.GetProperty("a").GetProperty("m").GetString());
        Assert.Contains(update.GetProperty("a").GetProperty("P").EnumerateArray(), p => p.GetProperty("s").GetString() == "BTCUSDT" && p.GetProperty("pa").GetString() == "0.010");
    }

    [Fact]
    public async Task Spot_user_stream_gets_execution_report_and_balances()
    {
        await using var sim = await SimHarness.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var key = await ListenKeyTests.KeyOf(await sim.SendAsync(HttpMethod.Post, "/api/v1/listenKey", "", null, SimHarness.ApiKey));
        using var ws = await ConnectAsync(new Uri(sim.Server.SpotWsBaseUri, "ws/" + key), cts.Token);

        var placed = await sim.SendAsync(HttpMethod.Post, "/api/v1/order", "", sim.SignV1("symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=100"), SimHarness.ApiKey);
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        var report = await WaitForAsync(ws, e => Is(e, "executionReport") && e.GetProperty("x").GetString() == "TRADE", cts.Token);
        Assert.Equal("BTCUSDT", report.GetProperty("s").GetString());
        var balances = await WaitForAsync(ws, e => Is(e, "outboundAccountPosition"), cts.Token);
        Assert.Contains(balances.GetProperty("B").EnumerateArray(), b => b.GetProperty("a").GetString() == "BTC");
    }

    [Fact]
    public async Task Combined_stream_wraps_trades_and_depth_diffs_chain_by_pu()
    {
        await using var sim = await SimHarness.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var ws = await ConnectAsync(new Uri(sim.Server.WsBaseUri, "stream?streams=btcusdt@aggTrade/btcusdt@depth@100ms"), cts.Token);

        // LIST_SUBSCRIPTIONS round-trips first, so the subscriptions are certainly in place.
        await SendAsync(ws, """{"method":"LIST_SUBSCRIPTIONS","id":9}""", cts.Token);
        await WaitForAsync(ws, e => e.TryGetProperty("id", out var id) && id.GetInt32() == 9, cts.Token);

        await sim.SendAsync(HttpMethod.Post, "/fapi/v3/order", "", sim.SignV3("symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.050"));
        var agg = await WaitForAsync(ws, e => e.GetProperty("stream").GetString() == "btcusdt@aggTrade", cts.Token);
        Assert.Equal("aggTrade", agg.GetProperty("data").GetProperty("e").GetString());
        // A market SELL hits the bids: the buyer was the maker.
        Assert.True(agg.GetProperty("data").GetProperty("m").GetBoolean());
        Assert.Equal(JsonValueKind.String, agg.GetProperty("data").GetProperty("p").ValueKind);

        var first = await WaitForAsync(ws, e => e.GetProperty("stream").GetString() == "btcusdt@depth@100ms", cts.Token);
        await sim.Http.PostAsJsonAsync("/sim/price", new { symbol = "BTCUSDT", movePercent = 1 });
        var second = await WaitForAsync(ws, e => e.GetProperty("stream").GetString() == "btcusdt@depth@100ms", cts.Token);
        Assert.Equal(first.GetProperty("data").GetProperty("u").GetInt64(), second.GetProperty("data").GetProperty("pu").GetInt64());
    }

    [Fact]
    public async Task Subscribe_frames_and_market_streams_on_a_raw_connection()
    {
        await using var sim = await SimHarness.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var ws = await ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws"), cts.Token);

        await SendAsync(ws, """{"method":"SUBSCRIBE","params":["btcusdt@markPrice","btcusdt@bookTicker","ethusdt@kline_1m"],"id":1}""", cts.Token);
        var ok = await WaitForAsync(ws, e => e.TryGetProperty("id", out _), cts.Token);
        Assert.Equal(JsonValueKind.Null, ok.GetProperty("result").ValueKind);

        await SendAsync(ws, """{"method":"LIST_SUBSCRIPTIONS","id":2}""", cts.Token);
        var list = await WaitForAsync(ws, e => e.TryGetProperty("id", out var id) && id.GetInt32() == 2, cts.Token);
        Assert.Equal(3, list.GetProperty("result").GetArrayLength());

        await sim.Http.PostAsJsonAsync("/sim/price", new { symbol = "BTCUSDT", movePercent = -1 });
        var mark = await WaitForAsync(ws, e => Is(e, "markPriceUpdate"), cts.Token);
        Assert.Equal("BTCUSDT", mark.GetProperty("s").GetString());
        var book = await WaitForAsync(ws, e => Is(e, "bookTicker"), cts.Token);
        Assert.Equal(JsonValueKind.String, book.GetProperty("b").ValueKind);

        await SendAsync(ws, """{"method":"UNSUBSCRIBE","params":["btcusdt@markPrice"],"id":3}""", cts.Token);
        await WaitForAsync(ws, e => e.TryGetProperty("id", out var id) && id.GetInt32() == 3, cts.Token);
        await SendAsync(ws, """{"method":"GET_PROPERTY","params":["combined"],"id":4}""", cts.Token);
        var combined = await WaitForAsync(ws, e => e.TryGetProperty("id", out var id) && id.GetInt32() == 4, cts.Token);
        Assert.False(combined.GetProperty("result").GetBoolean());
    }

    [Theory]
    [InlineData("""{"method":"SUBSCRIBE","params":["nopeusdt@aggTrade"],"id":1}""", 2)]
    [InlineData("""{"method":"SUBSCRIBE","params":["btcusdt@kline_7m"],"id":1}""", 2)]
    [InlineData("""{"method":"SUBSCRIBE","params":[42],"id":1}""", 2)]
    [InlineData("""{"method":"DANCE","id":1}""", 2)]
    [InlineData("""{"method":"SET_PROPERTY","params":["combined","yes"],"id":1}""", 1)]
    [InlineData("""{"method":"SET_PROPERTY","params":["colour",true],"id":1}""", 0)]
    [InlineData("""{not json""", 3)]
    public async Task Bad_control_frames_get_error_frames_and_the_connection_survives(string frame, int code)
    {
        await using var sim = await SimHarness.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var ws = await ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws"), cts.Token);
        await SendAsync(ws, frame, cts.Token);
        var error = await WaitForAsync(ws, _ => true, cts.Token);
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        await SendAsync(ws, """{"method":"LIST_SUBSCRIPTIONS","id":7}""", cts.Token);
        Assert.Equal(7, (await WaitForAsync(ws, _ => true, cts.Token)).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task More_than_ten_inbound_messages_a_second_close_the_connection()
    {
        await using var sim = await SimHarness.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var ws = await ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws"), cts.Token);
        // The manual clock stands still: all eleven frames fall in the same second.
        for (var i = 1; i <= 11; i++) await SendAsync(ws, $$"""{"method":"LIST_SUBSCRIPTIONS","id":{{i}}}""", cts.Token);
        var replies = 0;
        while (await ListenKeyTests.ReceiveTextAsync(ws, cts.Token) is not null) replies++;
        Assert.Equal(10, replies);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, ws.CloseStatus);
    }

    [Fact]
    public async Task Unknown_stream_in_the_url_is_refused()
    {
        await using var sim = await SimHarness.StartAsync();
        using var ws = new ClientWebSocket();
        await Assert.ThrowsAnyAsync<WebSocketException>(() => ws.ConnectAsync(new Uri(sim.Server.WsBaseUri, "ws/nopeusdt@aggTrade"), CancellationToken.None));
    }
}
