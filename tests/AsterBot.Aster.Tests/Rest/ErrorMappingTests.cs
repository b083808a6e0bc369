using AsterBot.Aster.Environments;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.RateLimits;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using Microsoft.AspNetCore.Http;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>Every error kind, produced by a real server (or a real missing one) and mapped by the client.</summary>
public class ErrorMappingTests
{
    private static readonly FuturesOrderRequest Order = FuturesOrderRequest.Limit("BTCUSDT", OrderSide.Buy, 0.01m, 9000m) with { NewClientOrderId = "e-1" };

    [Theory]
    [InlineData(-2014, AsterErrorKind.BadApiKey)]
    [InlineData(-2015, AsterErrorKind.BadApiKey)]
    [InlineData(-1022, AsterErrorKind.BadSignature)]
    [InlineData(-1021, AsterErrorKind.ClockOrNonce)]
    [InlineData(-4225, AsterErrorKind.ClockOrNonce)]
    [InlineData(-1011, AsterErrorKind.IpNotAllowed)]
    [InlineData(-4088, AsterErrorKind.PermissionDenied)]
    [InlineData(-4164, AsterErrorKind.FilterViolation)]
    [InlineData(-4014, AsterErrorKind.FilterViolation)]
    [InlineData(-1013, AsterErrorKind.FilterViolation)]
    [InlineData(-2019, AsterErrorKind.InsufficientBalance)]
    [InlineData(-2018, AsterErrorKind.InsufficientBalance)]
    [InlineData(-2011, AsterErrorKind.UnknownOrder)]
    [InlineData(-2013, AsterErrorKind.UnknownOrder)]
    [InlineData(-1121, AsterErrorKind.InvalidRequest)]
    [InlineData(-1102, AsterErrorKind.InvalidRequest)]
    [InlineData(-1003, AsterErrorKind.RateLimited)]
    [InlineData(-1000, AsterErrorKind.ServerError)]
    public async Task Business_codes_map_to_kinds_whatever_the_http_status(int code, AsterErrorKind kind)
    {
        await using var server = await LoopbackServer.RespondingAsync(code % 2 == 0 ? 400 : 200, $$"""{"code":{{code}},"msg":"as sent by Aster"}""");
        using var client = TestCredentials.PublicClient(server.BaseUri);

        var result = await client.Futures.Market.GetPriceAsync("BTCUSDT");

        Assert.Equal((kind, code, "as sent by Aster"), (result.Error!.Kind, result.Error.Code!.Value, result.Error.Message));
    }

    [Fact]
    public async Task Backend_timeout_code_means_outcome_unknown_for_an_order_but_not_for_a_read()
    {
        await using var server = await LoopbackServer.RespondingAsync(200, """{"code":-1007,"msg":"Timeout waiting for response from backend server."}""");
        using var client = TestCredentials.V1Client(server.BaseUri);

        Assert.Equal(AsterErrorKind.OutcomeUnknown, (await client.Futures.Trading.PlaceOrderAsync(Order)).Error!.Kind);
        Assert.Equal(AsterErrorKind.ServerError, (await client.Futures.Market.GetPriceAsync("BTCUSDT")).Error!.Kind);
    }

    [Fact]
    public async Task Http_429_is_rate_limited_with_retry_after_and_pauses_the_gate_without_sending_more()
    {
        await using var server = await LoopbackServer.RespondingAsync(429, """{"code":-1003,"msg":"Too many requests."}""", ("Retry-After", "7"));
        var time = new AsterBot.Testing.ManualTimeProvider();
        using var client = FailFastClient(server.BaseUri, time);

        var first = await client.Futures.Market.GetPriceAsync("BTCUSDT");
        var second = await client.Futures.Market.GetPriceAsync("BTCUSDT");

        Assert.Equal((AsterErrorKind.RateLimited, TimeSpan.FromSeconds(7), 429), (first.Error!.Kind, first.Error.RetryAfter!.Value, first.Error.HttpStatus!.Value));
        Assert.Equal(AsterErrorKind.RateLimited, second.Error!.Kind);
        Assert.Null(second.Error.HttpStatus);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Http_418_bans_the_gate_until_the_ban_ends()
    {
        await using var server = await LoopbackServer.RespondingAsync(418, """{"code":-1003,"msg":"Way too many requests; IP banned."}""", ("Retry-After", "120"));
        var time = new AsterBot.Testing.ManualTimeProvider();
        using var client = new AsterClient(new AsterClientOptions
        {
            Environment = AsterEnvironment.Custom(server.BaseUri), Time = time, StrictJson = true,
            FuturesLimits = AsterRateLimits.ForFutures(time, RateLimitPolicy.Wait),
        });

        var first = await client.Futures.Market.GetPriceAsync("BTCUSDT");
        var duringBan = await client.Futures.Market.GetPriceAsync("BTCUSDT");
        time.Advance(TimeSpan.FromSeconds(121));
        var afterBan = await client.Futures.Market.GetPriceAsync("BTCUSDT");

        Assert.Equal(AsterErrorKind.Banned, first.Error!.Kind);
        Assert.Equal((AsterErrorKind.Banned, TimeSpan.FromSeconds(120)), (duringBan.Error!.Kind, duringBan.Error.RetryAfter!.Value));
        Assert.Equal(AsterErrorKind.Banned, afterBan.Error!.Kind); // the server still says 418, but the gate let it through
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Http_503_is_outcome_unknown_for_an_order_and_server_error_for_a_read()
    {
        await using var server = await LoopbackServer.RespondingAsync(503, "Service Unavailable");
        using var client = TestCredentials.V1Client(server.BaseUri);

        var order = (await client.Futures.Trading.PlaceOrderAsync(Order)).Error!;
        var read = (await client.Futures.Market.GetPriceAsync("BTCUSDT")).Error!;

        Assert.Equal((AsterErrorKind.OutcomeUnknown, true), (order.Kind, order.MayHaveExecuted));
        Assert.Equal((AsterErrorKind.ServerError, false), (read.Kind, read.MayHaveExecuted));
    }

    [Fact]
    public async Task An_unreadable_answer_to_an_order_may_have_executed_but_one_to_a_read_did_nothing()
    {
        await using var server = await LoopbackServer.RespondingAsync(200, "{\"orderId\":1,");
        using var client = TestCredentials.V1Client(server.BaseUri);

        var order = (await client.Futures.Trading.PlaceOrderAsync(Order)).Error!;
        var read = (await client.Futures.Market.GetPriceAsync("BTCUSDT")).Error!;

        Assert.Equal((AsterErrorKind.MalformedResponse, true), (order.Kind, order.MayHaveExecuted));
        Assert.Equal((AsterErrorKind.MalformedResponse, false), (read.Kind, read.MayHaveExecuted));
    }

    [Fact]
    public async Task Http_500_without_a_code_is_a_server_error()
    {
        await using var server = await LoopbackServer.RespondingAsync(500, "{}");
        using var client = TestCredentials.PublicClient(server.BaseUri);

        var result = await client.Futures.Market.GetPriceAsync("BTCUSDT");

        Assert.Equal((AsterErrorKind.ServerError, 500), (result.Error!.Kind, result.Error.HttpStatus!.Value));
    }

    [Fact]
    public async Task A_proxy_html_page_is_malformed_with_a_short_excerpt_that_hides_secrets()
    {
        var page = "<html><body><h1>502 Bad Gateway</h1><p>upstream: POST /fapi/v1/order?symbol=BTCUSDT&signature=3c661234138461fc</p>" + new string('x', 500) + "</body></html>";
        await using var server = await LoopbackServer.RespondingAsync(502, page);
        using var client = TestCredentials.PublicClient(server.BaseUri);

        var error = (await client.Futures.Market.GetPriceAsync("BTCUSDT")).Error!;

        Assert.Equal((AsterErrorKind.MalformedResponse, 502), (error.Kind, error.HttpStatus!.Value));
        Assert.Contains("502 Bad Gateway", error.Message);
        Assert.Contains("signature=***", error.Message);
        Assert.DoesNotContain("3c661234", error.Message);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Theory]
    [InlineData("""{"symbol":"BTCUSDT","price":"6000""")]
    [InlineData("garbage")]
    [InlineData("""{"symbol":"BTCUSDT","price":"not a number"}""")]
    public async Task Truncated_or_garbage_bodies_are_malformed(string body)
    {
        await using var server = await LoopbackServer.RespondingAsync(200, body);
        using var client = TestCredentials.PublicClient(server.BaseUri);

        Assert.Equal(AsterErrorKind.MalformedResponse, (await client.Futures.Market.GetPriceAsync("BTCUSDT")).Error!.Kind);
    }

    [Fact]
    public async Task No_answer_in_time_after_sending_an_order_is_outcome_unknown_and_a_read_is_a_network_error()
    {
        await using var server = await LoopbackServer.StartAsync(async (seen, context) =>
        {
            if (seen.Path.EndsWith("/time")) { await context.Response.WriteAsync("""{"serverTime":1}"""); return; }
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
        });
        using var client = TestCredentials.V1Client(server.BaseUri, timeout: TimeSpan.FromMilliseconds(300));

        var order = await client.Futures.Trading.PlaceOrderAsync(Order);
        var read = await client.Futures.Market.GetPriceAsync("BTCUSDT");

        Assert.Equal(AsterErrorKind.OutcomeUnknown, order.Error!.Kind);
        Assert.Contains("look it up by client id", order.Error.Message);
        Assert.Equal(AsterErrorKind.NetworkError, read.Error!.Kind);
    }

    [Fact]
    public async Task A_connection_dropped_after_sending_an_order_is_outcome_unknown()
    {
        await using var server = await LoopbackServer.StartAsync(async (seen, context) =>
        {
            if (seen.Path.EndsWith("/time")) { await context.Response.WriteAsync("""{"serverTime":1}"""); return; }
            context.Abort();
        });
        using var client = TestCredentials.V1Client(server.BaseUri);

        Assert.Equal(AsterErrorKind.OutcomeUnknown, (await client.Futures.Trading.PlaceOrderAsync(Order)).Error!.Kind);
    }

    [Fact]
    public async Task Connection_refused_is_a_network_error_even_for_an_order_because_nothing_was_sent()
    {
        Uri deadUri;
        await using (var server = await LoopbackServer.RespondingAsync(200, "{}")) deadUri = server.BaseUri;
        using var client = TestCredentials.V3Client(deadUri);

        var result = await client.Futures.Trading.PlaceOrderAsync(Order);

        Assert.Equal(AsterErrorKind.NetworkError, result.Error!.Kind);
    }

    [Fact]
    public async Task Invalid_orders_are_refused_locally_without_a_request()
    {
        await using var server = await LoopbackServer.RespondingAsync(200, "{}");
        using var client = TestCredentials.V1Client(server.BaseUri);

        var noPrice = await client.Futures.Trading.PlaceOrderAsync(new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.Limit, Quantity = 1 });
        var badId = await client.Futures.Trading.PlaceOrderAsync(Order with { NewClientOrderId = "has space" });
        var tooMany = await client.Futures.Trading.PlaceOrdersAsync(Enumerable.Repeat(Order, 6).ToList());

        Assert.Contains("timeInForce, price", noPrice.Error!.Message);
        Assert.Contains("newClientOrderId", badId.Error!.Message);
        Assert.Contains("1 to 5", tooMany.Error!.Message);
        Assert.All(new[] { noPrice, badId }, r => Assert.Equal(AsterErrorKind.InvalidRequest, r.Error!.Kind));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_v3_only_endpoint_with_v1_keys_says_which_credentials_it_needs()
    {
        await using var server = await LoopbackServer.RespondingAsync(200, "{}");
        using var client = TestCredentials.V1Client(server.BaseUri);

        var result = await client.Futures.Account.GetAgentsAsync();

        Assert.Equal(AsterErrorKind.InvalidRequest, result.Error!.Kind);
        Assert.Contains("V3", result.Error.Message);
        Assert.Empty(server.Requests);
    }

    private static AsterClient FailFastClient(Uri baseUri, TimeProvider time) => new(new AsterClientOptions
    {
        Environment = AsterEnvironment.Custom(baseUri), Time = time, StrictJson = true,
        FuturesLimits = AsterRateLimits.ForFutures(time, RateLimitPolicy.Fail),
    });
}
