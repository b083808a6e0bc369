using AsterBot.Aster.Environments;
using AsterBot.Aster.Models;
using AsterBot.Aster.RateLimits;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using AsterBot.Testing;

namespace AsterBot.Aster.Tests.Rest;

/// <summary>The client charges endpoint weights to the gates and reads the usage headers back.</summary>
public class GateIntegrationTests
{
    [Fact]
    public async Task Weights_and_order_counts_are_charged_and_corrected_by_headers()
    {
        await using var server = await LoopbackServer.RespondingAsync(200, "[]", ("X-MBX-USED-WEIGHT-1M", "700"), ("X-MBX-ORDER-COUNT-10S", "40"));
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var limits = AsterRateLimits.ForFutures(time, RateLimitPolicy.Fail);
        using var client = TestCredentials.V3Client(server.BaseUri, time, limits);
        var weight = limits.RequestWeight.Windows[0];

        await client.Futures.Market.GetKlinesAsync("BTCUSDT", KlineInterval.OneMinute, limit: 1500);
        var afterKlines = limits.RequestWeight.Used(weight);
        await client.Futures.Trading.PlaceOrdersAsync([FuturesOrderRequest.Market("BTCUSDT", OrderSide.Buy, 1), FuturesOrderRequest.Market("BTCUSDT", OrderSide.Sell, 1)]);

        Assert.Equal(700, afterKlines); // 10 charged locally, then the header said 700
        Assert.Equal(705, limits.RequestWeight.Used(weight)); // batch weight 5 charged on top; a lower header never lowers it
        Assert.Equal(42, limits.Orders.Used(limits.Orders.Windows[1])); // 40 from the first answer's header, then 2 orders charged
        Assert.Equal(2, limits.Orders.Used(limits.Orders.Windows[0]));
    }
}
