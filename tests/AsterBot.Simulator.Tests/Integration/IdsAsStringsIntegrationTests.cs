using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using AsterBot.Simulator.Server;
using static AsterBot.Simulator.Tests.Integration.ResultAssert;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>A simulator whose V3 answers carry ids and times as JSON strings, as real V3 captures do.</summary>
public sealed class IdsAsStringsFixture : SimulatorFixture
{
    protected override SimulatorOptions Configure(SimulatorOptions options) => options with { V3IdsAsStrings = true };
}

public sealed class IdsAsStringsIntegrationTests(IdsAsStringsFixture sim) : IClassFixture<IdsAsStringsFixture>
{
    private const string Btc = "BTCUSDT";

    [Fact]
    public async Task Strict_client_reads_v3_answers_with_string_ids()
    {
        var client = sim.NewClient(ApiGeneration.V3);
        var mark = Ok(await client.Futures.Market.GetMarkPriceAsync(Btc)).MarkPrice;
        Assert.True(Ok(await client.Futures.Market.GetServerTimeAsync()).ServerTimeMs > 0);
        Assert.True(Ok(await client.Futures.Market.GetOrderBookAsync(Btc, 5)).LastUpdateId > 0);

        var resting = Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, Math.Round(mark * 0.99m, 1))));
        Assert.True(resting.OrderId > 0 && resting.UpdateTime > 0);
        Assert.Equal(resting.OrderId, Assert.Single(Ok(await client.Futures.Trading.GetOpenOrdersAsync(Btc))).OrderId);
        Ok(await client.Futures.Trading.CancelOrderAsync(Btc, resting.OrderId));

        var market = Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(Btc, OrderSide.Buy, 0.002m)));
        Assert.All(Ok(await client.Futures.Trading.GetUserTradesAsync(Btc)), t => Assert.Equal(market.OrderId, t.OrderId));
        Assert.NotEmpty(Ok(await client.Futures.Account.GetIncomeAsync(Btc)));
        Assert.Equal(0.002m, Assert.Single(Ok(await client.Futures.Account.GetPositionsAsync(Btc))).PositionAmt);
        Ok(await client.Futures.Account.GetAccountAsync());
        Assert.True(Ok(await client.Futures.Account.TransferAsync("USDT", 10m, TransferDirection.FutureSpot, "ids-1")).TranId > 0);

        var spot = Ok(await client.Spot.Trading.PlaceOrderAsync(SpotOrderRequest.Market(Btc, OrderSide.Buy, 0.001m)));
        Assert.Contains(Ok(await client.Spot.Trading.GetUserTradesAsync(Btc)), t => t.OrderId == spot.OrderId);
        Assert.NotEmpty(Ok(await client.Spot.Account.GetTransactionHistoryAsync()));
        Assert.NotEmpty(Ok(await client.Spot.Market.GetAggregateTradesAsync(Btc)));
    }
}
