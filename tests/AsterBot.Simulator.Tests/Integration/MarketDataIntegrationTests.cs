using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using static AsterBot.Simulator.Tests.Integration.ResultAssert;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>Every market-data endpoint of both markets, on the V1 and the V3 paths, parsed in strict mode.</summary>
public sealed class MarketDataIntegrationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Btc = "BTCUSDT";

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Futures_market_data_parses_and_agrees_with_the_engine(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        var market = client.Futures.Market;
        // A trade, so the trade lists, klines and tickers have something to show.
        var placed = Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(Btc, OrderSide.Buy, 0.002m)));

        Assert.True(Ok(await market.PingAsync()));
        Assert.InRange(Ok(await market.GetServerTimeAsync()).Time, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        var info = Ok(await market.GetExchangeInfoAsync());
        Assert.Equal(["BTCUSDT", "ETHUSDT"], info.Symbols.Select(s => s.Symbol).Order());
        var filters = SymbolFilters.Find(info, Btc)!;
        Assert.Equal(89_999.9m, filters.RoundPrice(89_999.97m, OrderSide.Buy));
        Assert.Equal(0.012m, filters.RoundQuantity(0.0129m));

        var book = Ok(await market.GetOrderBookAsync(Btc, 5));
        Assert.Equal(5, book.Bids.Count);
        Assert.True(book.Bids[0].Price < book.Asks[0].Price);
        var engineTicker = sim.Server.State.Engine.GetBookTicker(Market.Futures, Btc).Value;
        var bookTicker = Ok(await market.GetBookTickerAsync(Btc));
        Assert.Equal((engineTicker.BidPrice, engineTicker.AskPrice), (bookTicker.BidPrice, bookTicker.AskPrice));
        Assert.Contains(Ok(await market.GetBookTickersAsync()), t => t.Symbol == "ETHUSDT");

        var recent = Ok(await market.GetRecentTradesAsync(Btc, 10));
        Assert.NotEmpty(recent);
        Assert.NotEmpty(Ok(await market.GetHistoricalTradesAsync(Btc, 10, fromId: recent[0].Id)));
        Assert.NotEmpty(Ok(await market.GetAggregateTradesAsync(Btc, limit: 10)));
        var kline = Ok(await market.GetKlinesAsync(Btc, KlineInterval.OneMinute, limit: 5))[^1];
        Assert.True(kline.Volume >= 0.002m && kline.Low <= kline.High);
        Assert.NotEmpty(Ok(await market.GetMarkPriceKlinesAsync(Btc, KlineInterval.OneMinute, limit: 5)));
        Assert.NotEmpty(Ok(await market.GetIndexPriceKlinesAsync(Btc, KlineInterval.OneMinute, limit: 5)));

        var filledAt = Ok(await client.Futures.Trading.GetOrderAsync(Btc, placed.OrderId)).AvgPrice;
        Assert.Equal(recent[^1].Price, Ok(await market.GetPriceAsync(Btc)).Price);
        Assert.InRange(filledAt, book.Bids[0].Price * 0.99m, book.Asks[0].Price * 1.01m);
        Assert.Equal(2, Ok(await market.GetPricesAsync()).Count);
        Assert.Equal(Btc, Ok(await market.GetTicker24hAsync(Btc)).Symbol);
        Assert.Equal(2, Ok(await market.GetTickers24hAsync()).Count);
        var premium = Ok(await market.GetMarkPriceAsync(Btc));
        Assert.Equal(sim.Server.State.Engine.GetMarkPrice(Btc).Value.MarkPrice, premium.MarkPrice);
        Assert.Equal(2, Ok(await market.GetMarkPricesAsync()).Count);
        Ok(await market.GetFundingRatesAsync(Btc));
        Assert.Contains(Ok(await market.GetFundingInfoAsync()), f => f.Symbol == Btc);
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Spot_market_data_parses_and_agrees_with_the_engine(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        var market = client.Spot.Market;
        Ok(await client.Spot.Trading.PlaceOrderAsync(SpotOrderRequest.Market(Btc, OrderSide.Buy, 0.001m)));

        Assert.True(Ok(await market.PingAsync()));
        Ok(await market.GetServerTimeAsync());
        var info = Ok(await market.GetExchangeInfoAsync());
        var filters = SymbolFilters.Find(info, Btc)!;
        Assert.Equal(0.00012m, filters.RoundQuantity(0.000129m));

        var book = Ok(await market.GetOrderBookAsync(Btc, 10));
        Assert.True(book.Bids[0].Price < book.Asks[0].Price);
        var engineTicker = sim.Server.State.Engine.GetBookTicker(Market.Spot, Btc).Value;
        Assert.Equal(engineTicker.BidPrice, Ok(await market.GetBookTickerAsync(Btc)).BidPrice);
        Assert.Equal(2, Ok(await market.GetBookTickersAsync()).Count);
        var recent = Ok(await market.GetRecentTradesAsync(Btc, 10));
        Assert.NotEmpty(recent);
        Assert.NotEmpty(Ok(await market.GetHistoricalTradesAsync(Btc, 10)));
        Assert.NotEmpty(Ok(await market.GetAggregateTradesAsync(Btc, limit: 10)));
        Assert.NotEmpty(Ok(await market.GetKlinesAsync(Btc, KlineInterval.OneMinute, limit: 5)));
        Assert.Equal(recent[^1].Price, Ok(await market.GetPriceAsync(Btc)).Price);
        Assert.Equal(2, Ok(await market.GetPricesAsync()).Count);
        Assert.Equal(Btc, Ok(await market.GetTicker24hAsync(Btc)).Symbol);
        Assert.Equal(2, Ok(await market.GetTickers24hAsync()).Count);
    }

    [Fact]
    public async Task Public_client_reads_market_data_without_credentials()
    {
        var client = sim.PublicClient();
        Assert.Equal(2, Ok(await client.Futures.Market.GetExchangeInfoAsync()).Symbols.Count);
        Assert.NotEmpty(Ok(await client.Spot.Market.GetOrderBookAsync(Btc, 5)).Asks);
        Fails(await client.Futures.Account.GetBalancesAsync(), Aster.Errors.AsterErrorKind.BadApiKey);
    }
}
