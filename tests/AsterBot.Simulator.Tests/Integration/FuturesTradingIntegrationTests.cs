using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using static AsterBot.Simulator.Tests.Integration.ResultAssert;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>Futures trading through a real AsterClient against the simulator, with V1 and V3 credentials.</summary>
public sealed class FuturesTradingIntegrationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Btc = "BTCUSDT";

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Limit_order_lives_through_place_list_query_modify_and_cancel(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        var filters = SymbolFilters.Find(Ok(await client.Futures.Market.GetExchangeInfoAsync()), Btc)!;
        var mark = Ok(await client.Futures.Market.GetMarkPriceAsync(Btc)).MarkPrice;
        var clientId = $"lim-{generation}";

        // Off-grid price and quantity: the filters from the server's exchangeInfo round them onto its grid.
        var prepared = Ok(filters.Prepare(FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.0129m, mark * 0.99m + 0.037m) with { NewClientOrderId = clientId }, mark));
        Assert.Equal(0.012m, prepared.Quantity);
        Assert.Equal(0m, prepared.Price!.Value % 0.1m);
        var placed = Ok(await client.Futures.Trading.PlaceOrderAsync(prepared));
        Assert.Equal(OrderStatus.New, placed.Status);
        Assert.Equal(clientId, placed.ClientOrderId);
        Assert.Equal(prepared.Price, placed.Price);

        Assert.Contains(Ok(await client.Futures.Trading.GetOpenOrdersAsync(Btc)), o => o.OrderId == placed.OrderId);
        Assert.Equal(placed.OrderId, Ok(await client.Futures.Trading.GetOpenOrderAsync(Btc, OrderReference.ByClientId(clientId))).OrderId);
        var queried = Ok(await client.Futures.Trading.GetOrderAsync(Btc, OrderReference.ByClientId(clientId)));
        Assert.Equal((placed.OrderId, 0.012m, OrderType.Limit), (queried.OrderId, queried.OrigQty, queried.Type));

        var newPrice = filters.RoundPrice(mark * 0.985m, OrderSide.Buy);
        var modified = await client.Futures.Trading.ModifyOrderAsync(Btc, OrderReference.ByClientId(clientId), 0.02m, newPrice);
        if (generation == ApiGeneration.V3)
        {
            var order = Ok(modified);
            Assert.Equal((newPrice, 0.02m, placed.OrderId), (order.Price, order.OrigQty, order.OrderId));
            Assert.Equal(newPrice, Ok(await client.Futures.Trading.GetOrderAsync(Btc, placed.OrderId)).Price);

            // Refused modifications leave the order as it was.
            Fails(await client.Futures.Trading.ModifyOrderAsync(Btc, placed.OrderId, 50m, newPrice), AsterErrorKind.InsufficientBalance, -2019);
            Fails(await client.Futures.Trading.ModifyOrderAsync(Btc, placed.OrderId, 0.02m, newPrice + 0.05m), AsterErrorKind.FilterViolation, -1111);
            var unchanged = Ok(await client.Futures.Trading.GetOpenOrderAsync(Btc, placed.OrderId));
            Assert.Equal((newPrice, 0.02m), (unchanged.Price, unchanged.OrigQty));
        }
        else
        {
            Assert.Contains("V3", Fails(modified, AsterErrorKind.InvalidRequest).Message);
        }

        var cancelled = Ok(await client.Futures.Trading.CancelOrderAsync(Btc, OrderReference.ByClientId(clientId)));
        Assert.Equal(OrderStatus.Canceled, cancelled.Status);
        Assert.Empty(Ok(await client.Futures.Trading.GetOpenOrdersAsync(Btc)));
        Assert.Contains(Ok(await client.Futures.Trading.GetOrdersAsync(Btc)), o => o.OrderId == placed.OrderId && o.Status == OrderStatus.Canceled);

        Fails(await client.Futures.Trading.CancelOrderAsync(Btc, placed.OrderId), AsterErrorKind.UnknownOrder, -2011);
        Fails(await client.Futures.Trading.GetOpenOrderAsync(Btc, placed.OrderId), AsterErrorKind.UnknownOrder);
        Fails(await client.Futures.Trading.GetOrderAsync(Btc, OrderReference.ByClientId("never-placed")), AsterErrorKind.UnknownOrder, -2013);
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Market_fill_changes_position_balance_trades_and_income_as_the_engine_says(ApiGeneration generation)
    {
        var account = sim.NewAccount();
        var client = sim.Client(account, generation);
        var clientId = $"mkt-{generation}";

        var placed = Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(Btc, OrderSide.Buy, 0.01m) with { NewClientOrderId = clientId }));
        var filled = Ok(await client.Futures.Trading.GetOrderAsync(Btc, placed.OrderId));
        Assert.Equal((OrderStatus.Filled, 0.01m), (filled.Status, filled.ExecutedQty));

        var engine = sim.Server.State.Engine;
        var enginePosition = Assert.Single(engine.GetPositions(account.Id, Btc).Value);
        var position = Assert.Single(Ok(await client.Futures.Account.GetPositionsAsync(Btc)));
        Assert.Equal(0.01m, position.PositionAmt);
        Assert.Equal(enginePosition.PositionAmt, position.PositionAmt);
        Assert.Equal(enginePosition.EntryPrice, position.EntryPrice);
        Assert.Equal(filled.AvgPrice, position.EntryPrice);

        var trades = Ok(await client.Futures.Trading.GetUserTradesAsync(Btc));
        Assert.NotEmpty(trades);
        Assert.All(trades, t => Assert.Equal((placed.OrderId, OrderSide.Buy, "USDT"), (t.OrderId, t.Side, t.CommissionAsset)));
        Assert.Equal(0.01m, trades.Sum(t => t.Qty));
        var commission = trades.Sum(t => t.Commission);
        var taker = Ok(await client.Futures.Account.GetCommissionRateAsync(Btc)).TakerCommissionRate;
        Assert.Equal(Math.Round(trades.Sum(t => t.QuoteQty) * taker, 8), Math.Round(commission, 8));

        var usdt = Assert.Single(Ok(await client.Futures.Account.GetBalancesAsync()), b => b.Asset == "USDT");
        Assert.Equal(10_000m - commission, usdt.Balance);
        Assert.Equal(engine.GetFuturesAccount(account.Id).Value.TotalWalletBalance, usdt.Balance);
        var summary = Ok(await client.Futures.Account.GetAccountAsync());
        Assert.Equal(usdt.Balance, summary.TotalWalletBalance);
        Assert.Contains(summary.Positions, p => p.Symbol == Btc && p.PositionAmt == 0.01m);

        var income = Ok(await client.Futures.Account.GetIncomeAsync(Btc, IncomeType.Commission));
        Assert.Equal(-commission, income.Sum(i => i.Income));

        // Closing reduce-only flattens the position.
        Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(Btc, OrderSide.Sell, 0.01m) with { ReduceOnly = true }));
        Assert.Equal(0m, Assert.Single(Ok(await client.Futures.Account.GetPositionsAsync(Btc))).PositionAmt);
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Batch_orders_report_each_item_and_batch_cancel_too(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        var mark = Ok(await client.Futures.Market.GetMarkPriceAsync(Btc)).MarkPrice;
        var price = Math.Round(mark * 0.99m, 1);
        var results = Ok(await client.Futures.Trading.PlaceOrdersAsync(
        [
            FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, price),
            FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, price + 0.05m), // finer than the 0.1 tick: the server refuses it
            FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, price - 1m),
        ]));
        Assert.Equal(3, results.Count);
        var first = Ok(results[0]);
        Fails(results[1], AsterErrorKind.FilterViolation, -1111);
        var third = Ok(results[2]);
        Assert.Equal(2, Ok(await client.Futures.Trading.GetOpenOrdersAsync(Btc)).Count);

        var cancels = Ok(await client.Futures.Trading.CancelOrdersAsync(Btc, [first.OrderId, 987654321L]));
        Assert.Equal(OrderStatus.Canceled, Ok(cancels[0]).Status);
        Fails(cancels[1], AsterErrorKind.UnknownOrder);

        var byClientId = Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, price - 2m) with { NewClientOrderId = $"b-{generation}" }));
        var cancelsById = Ok(await client.Futures.Trading.CancelOrdersAsync(Btc, [$"b-{generation}"]));
        Assert.Equal(byClientId.OrderId, Ok(Assert.Single(cancelsById)).OrderId);

        Ok(await client.Futures.Trading.CancelAllOrdersAsync(Btc));
        Assert.Equal(OrderStatus.Canceled, Ok(await client.Futures.Trading.GetOrderAsync(Btc, third.OrderId)).Status);
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Leverage_margin_type_position_mode_and_isolated_margin_are_applied(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        const string eth = "ETHUSDT";

        var leverage = Ok(await client.Futures.Account.SetLeverageAsync(eth, 7));
        Assert.Equal((eth, 7), (leverage.Symbol, leverage.Leverage));
        Ok(await client.Futures.Account.SetMarginTypeAsync(eth, MarginType.Isolated));
        var risk = Assert.Single(Ok(await client.Futures.Account.GetPositionsAsync(eth)));
        Assert.Equal((7, MarginType.Isolated), (risk.Leverage, risk.MarginType));

        Ok(await client.Futures.Account.SetPositionModeAsync(hedgeMode: true));
        Assert.True(Ok(await client.Futures.Account.GetPositionModeAsync()).DualSidePosition);
        Ok(await client.Futures.Account.SetPositionModeAsync(hedgeMode: false));
        Assert.False(Ok(await client.Futures.Account.GetPositionModeAsync()).DualSidePosition);
        Assert.False(Ok(await client.Futures.Account.GetMultiAssetsModeAsync()).MultiAssetsMargin);
        Ok(await client.Futures.Account.SetMultiAssetsModeAsync(false));
        Fails(await client.Futures.Account.SetMultiAssetsModeAsync(true), AsterErrorKind.InvalidRequest, -1020); // the simulator margins in USDT only

        Ok(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market(eth, OrderSide.Buy, 0.1m)));
        var before = Assert.Single(Ok(await client.Futures.Account.GetPositionsAsync(eth))).IsolatedMargin;
        Assert.Equal(5m, Ok(await client.Futures.Account.ModifyPositionMarginAsync(eth, 5m, PositionMarginChange.Add)).Amount);
        Assert.Equal(before + 5m, Assert.Single(Ok(await client.Futures.Account.GetPositionsAsync(eth))).IsolatedMargin);
        var history = Assert.Single(Ok(await client.Futures.Account.GetPositionMarginHistoryAsync(eth)));
        Assert.Equal((5m, PositionMarginChange.Add), (history.Amount, history.Type));

        Assert.Contains(Ok(await client.Futures.Account.GetLeverageBracketsAsync()), b => b.Symbol == Btc);
        Assert.NotEmpty(Ok(await client.Futures.Account.GetLeverageBracketsAsync(eth)).Brackets);
        Assert.Equal(eth, Ok(await client.Futures.Trading.SetCountdownCancelAllAsync(eth, TimeSpan.FromSeconds(30))).Symbol);
        Ok(await client.Futures.Trading.SetCountdownCancelAllAsync(eth, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Server_side_refusals_map_to_error_kinds(ApiGeneration generation)
    {
        var client = sim.Client(sim.NewAccount(futuresUsdt: 100m), generation);
        var mark = Ok(await client.Futures.Market.GetMarkPriceAsync(Btc)).MarkPrice;

        Fails(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 1m, Math.Round(mark * 0.99m, 1))),
            AsterErrorKind.InsufficientBalance, -2019);
        Fails(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, Math.Round(mark * 0.99m, 1) + 0.03m)),
            AsterErrorKind.FilterViolation, -1111);
        // PERCENT_PRICE: a BUY may not be priced above mark × multiplierUp (1.02 for BTCUSDT).
        Fails(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, Math.Round(mark * 1.05m, 1))),
            AsterErrorKind.FilterViolation, -4016);
        Fails(await client.Futures.Trading.CancelOrderAsync(Btc, OrderReference.ByClientId("nothing-here")), AsterErrorKind.UnknownOrder);
        Fails(await client.Futures.Trading.PlaceOrderAsync(FuturesOrderRequest.Market("NOPEUSDT", OrderSide.Buy, 1m)), AsterErrorKind.InvalidRequest, -1121);
    }
}
