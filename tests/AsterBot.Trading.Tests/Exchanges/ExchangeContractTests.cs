using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>
/// What every <see cref="IExchange"/> must do, so a strategy cannot tell live from paper from backtest. Each
/// implementation runs this suite through a derived class that supplies its <see cref="IExchangeHarnessFactory"/>.
/// Prices: BTCUSDT is put at 50,000 first; resting orders sit 1% away (futures' PERCENT_PRICE allows ±2%).
/// </summary>
public abstract class ExchangeContractTests(IExchangeHarnessFactory factory)
{
    protected const string Symbol = "BTCUSDT";
    private const decimal Price = 50_000m;
    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromSeconds(20);
    private int _ids;

    [Theory]
    [InlineData(Market.Futures)]
    [InlineData(Market.Spot)]
    public async Task Filters_are_the_listed_ones(Market market)
    {
        await using var h = await StartAsync(market);
        var filters = Ok(await h.Exchange.GetSymbolAsync(Symbol));
        var listed = SymbolCatalog.LoadEmbedded().Find(market, Symbol)!;
        Assert.Equal(market, filters.Market);
        Assert.Equal(listed.TickSize, filters.Price!.TickSize);
        Assert.Equal(listed.StepSize, filters.Lot!.StepSize);
        Assert.Equal(listed.MinQty, filters.Lot.MinQty);
        Assert.Equal(listed.MinNotional, filters.Notional!.MinNotional);
    }

    [Fact]
    public async Task An_unlisted_symbol_is_an_invalid_request()
    {
        await using var h = await StartAsync(Market.Futures);
        var result = await h.Exchange.GetSymbolAsync("NOPEUSDT");
        Assert.Equal(AsterErrorKind.InvalidRequest, result.Error?.Kind);
    }

    [Theory]
    [InlineData(Market.Futures)]
    [InlineData(Market.Spot)]
    public async Task A_resting_order_is_listed_found_by_client_id_and_cancelled(Market market)
    {
        await using var h = await StartAsync(market);
        var id = NewClientId();
        var placed = Ok(await h.Exchange.PlaceOrderAsync(new OrderRequest(Symbol, OrderSide.Buy, OrderType.Limit, 0.01m, id) { Price = 49_500m }));
        Assert.Equal(OrderStatus.New, placed.Status);
        Assert.Equal(id, placed.ClientOrderId);
        Assert.Equal(49_500m, placed.Price);
        Assert.Equal(0.01m, placed.Quantity);

        var open = Ok(await h.Exchange.GetOpenOrdersAsync(Symbol));
        Assert.Contains(open, o => o.ClientOrderId == id && o.IsOpen);
        var found = Ok(await h.Exchange.FindOrderAsync(Symbol, id));
        Assert.NotNull(found);
        Assert.Equal(placed.ExchangeOrderId, found.ExchangeOrderId);

        var cancelled = Ok(await h.Exchange.CancelOrderAsync(Symbol, id));
        Assert.Equal(OrderStatus.Canceled, cancelled.Status);
        Assert.DoesNotContain(Ok(await h.Exchange.GetOpenOrdersAsync(Symbol)), o => o.ClientOrderId == id);
        Assert.Equal(OrderStatus.Canceled, Ok(await h.Exchange.FindOrderAsync(Symbol, id))!.Status);
        var update = await NextUpdateAsync(h, u => u.Order.ClientOrderId == id && u.Order.Status == OrderStatus.Canceled);
        Assert.Null(update.Fill);
    }

    [Theory]
    [InlineData(Market.Futures)]
    [InlineData(Market.Spot)]
    public async Task An_unknown_client_id_is_found_as_null(Market market)
    {
        await using var h = await StartAsync(market);
        var result = await h.Exchange.FindOrderAsync(Symbol, NewClientId());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task Cancelling_an_unknown_order_is_an_unknown_order_error()
    {
        await using var h = await StartAsync(Market.Futures);
        var result = await h.Exchange.CancelOrderAsync(Symbol, NewClientId());
        Assert.Equal(AsterErrorKind.UnknownOrder, result.Error?.Kind);
    }

    [Fact]
    public async Task Futures_fills_arrive_with_fee_and_realized_pnl_and_the_position_follows()
    {
        await using var h = await StartAsync(Market.Futures);
        Assert.True(Ok(await h.Exchange.ConfigureSymbolAsync(Symbol, 5, MarginType.Crossed)));
        var open = NewClientId();
        var bought = Ok(await h.Exchange.PlaceOrderAsync(new OrderRequest(Symbol, OrderSide.Buy, OrderType.Market, 0.01m, open)));
        Assert.Equal(OrderStatus.Filled, bought.Status);
        var buyFill = (await NextUpdateAsync(h, u => u.Fill?.ClientOrderId == open)).Fill!;
        Assert.Equal(OrderSide.Buy, buyFill.Side);
        Assert.Equal(0.01m, buyFill.Quantity);
        Assert.InRange(buyFill.Price, Price * 0.99m, Price * 1.01m);
        Assert.True(buyFill.Fee > 0, "a taker fill pays a fee");
        Assert.Equal("USDT", buyFill.FeeAsset);
        Assert.Equal(0m, buyFill.RealizedPnl);
        Assert.False(buyFill.IsMaker);

        var account = Ok(await h.Exchange.GetAccountAsync());
        var position = account.Position(Symbol);
        Assert.NotNull(position);
        Assert.Equal(0.01m, position.Quantity);
        Assert.Equal(buyFill.Price, position.EntryPrice);
        Assert.Equal(5, position.Leverage);
        Assert.Equal(10_000m - buyFill.Fee, account.WalletBalance);
        Assert.True(account.Available < account.WalletBalance, "margin is held for the position");

        h.SetPrice(Symbol, 51_000m);
        var close = NewClientId();
        Ok(await h.Exchange.PlaceOrderAsync(new OrderRequest(Symbol, OrderSide.Sell, OrderType.Market, 0.01m, close) { ReduceOnly = true }));
        var sellFill = (await NextUpdateAsync(h, u => u.Fill?.ClientOrderId == close)).Fill!;
        Assert.Equal(OrderSide.Sell, sellFill.Side);
        Assert.Equal((sellFill.Price - buyFill.Price) * 0.01m, sellFill.RealizedPnl);
        Assert.True(sellFill.RealizedPnl > 0);

        var after = Ok(await h.Exchange.GetAccountAsync());
        Assert.True(after.Position(Symbol)?.IsFlat ?? true);
        Assert.Equal(10_000m - buyFill.Fee - sellFill.Fee + sellFill.RealizedPnl, after.WalletBalance);
    }

    [Fact]
    public async Task Spot_fills_pay_the_fee_in_the_received_asset_and_the_base_balance_is_the_position()
    {
        await using var h = await StartAsync(Market.Spot);
        Ok(await h.Exchange.GetSymbolAsync(Symbol));
        var id = NewClientId();
        Ok(await h.Exchange.PlaceOrderAsync(new OrderRequest(Symbol, OrderSide.Buy, OrderType.Market, 0.01m, id)));
        var fill = (await NextUpdateAsync(h, u => u.Fill?.ClientOrderId == id)).Fill!;
        Assert.Equal("BTC", fill.FeeAsset);
        Assert.True(fill.Fee > 0);
        Assert.Equal(0m, fill.RealizedPnl);

        var account = Ok(await h.Exchange.GetAccountAsync());
        Assert.Equal(0.01m - fill.Fee, account.Position(Symbol)!.Quantity);
        Assert.Equal(10_000m - fill.Price * fill.Quantity, account.WalletBalance);
        Assert.True(account.Equity > account.WalletBalance, "the bought BTC is valued at the last price");
    }

    [Fact]
    public async Task Waiting_for_an_update_ends_when_one_is_queued_and_answers_false_when_time_runs_out()
    {
        await using var h = await StartAsync(Market.Futures);
        Assert.False(await h.Exchange.WaitForUpdateAsync(TimeSpan.Zero), "nothing is queued yet");
        var id = NewClientId();
        Ok(await h.Exchange.PlaceOrderAsync(new OrderRequest(Symbol, OrderSide.Buy, OrderType.Market, 0.01m, id)));
        Assert.True(await h.Exchange.WaitForUpdateAsync(UpdateTimeout).AsTask().WaitAsync(UpdateTimeout));
        await NextUpdateAsync(h, u => u.Fill?.ClientOrderId == id); // the order's last update: NEW came before it
        while (h.Exchange.TryTakeUpdate(out _)) { }

        var waiting = h.Exchange.WaitForUpdateAsync(TimeSpan.FromSeconds(1)).AsTask();
        h.AdvanceTime(TimeSpan.FromSeconds(1));
        Assert.False(await waiting.WaitAsync(UpdateTimeout), "the wait ends on the exchange's clock with nothing queued");
    }

    [Fact]
    public async Task A_resting_order_crossed_by_the_market_fills_as_maker()
    {
        await using var h = await StartAsync(Market.Futures);
        var id = NewClientId();
        Ok(await h.Exchange.PlaceOrderAsync(new OrderRequest(Symbol, OrderSide.Buy, OrderType.Limit, 0.01m, id) { Price = 49_500m }));
        h.SetPrice(Symbol, 49_400m);
        var update = await NextUpdateAsync(h, u => u.Fill?.ClientOrderId == id);
        Assert.True(update.Fill!.IsMaker);
        Assert.Equal(49_500m, update.Fill.Price);
    }

    [Fact]
    public async Task Leverage_and_margin_type_can_be_set_again_to_the_same_values()
    {
        await using var h = await StartAsync(Market.Futures);
        Assert.True(Ok(await h.Exchange.ConfigureSymbolAsync(Symbol, 3, MarginType.Isolated)));
        Assert.True(Ok(await h.Exchange.ConfigureSymbolAsync(Symbol, 3, MarginType.Isolated)));
        Assert.False((await h.Exchange.ConfigureSymbolAsync(Symbol, 1000, MarginType.Isolated)).IsSuccess, "leverage beyond the brackets is refused");
    }

    [Fact]
    public async Task Spot_symbol_configuration_is_a_successful_no_op()
    {
        await using var h = await StartAsync(Market.Spot);
        Assert.True(Ok(await h.Exchange.ConfigureSymbolAsync(Symbol, 5, MarginType.Crossed)));
    }

    [Fact]
    public async Task Candles_are_closed_ones_oldest_first()
    {
        await using var h = await StartAsync(Market.Futures);
        var now = h.Exchange.Now;
        h.AdvanceTime(TimeSpan.FromMilliseconds(60_000 - now % 60_000 + 1)); // just after a minute boundary
        foreach (var price in new[] { 50_100m, 50_200m, 50_300m })
        {
            h.SetPrice(Symbol, price);
            h.AdvanceTime(TimeSpan.FromMinutes(1));
        }
        h.SetPrice(Symbol, 50_400m); // the forming candle: never returned
        var candles = Ok(await h.Exchange.GetCandlesAsync(Symbol, KlineInterval.OneMinute, 3));
        Assert.Equal(3, candles.Count);
        Assert.Equal([50_100m, 50_200m, 50_300m], candles.Select(c => c.Close));
        for (var i = 0; i < candles.Count; i++)
        {
            Assert.True(candles[i].CloseTime < h.Exchange.Now);
            Assert.Equal(candles[i].OpenTime + 59_999, candles[i].CloseTime);
            if (i > 0) Assert.Equal(candles[i - 1].OpenTime + 60_000, candles[i].OpenTime);
        }
    }

    private async Task<IExchangeHarness> StartAsync(Market market)
    {
        var harness = await factory.StartAsync(market);
        harness.SetPrice(Symbol, Price);
        return harness;
    }

    private string NewClientId() => $"ct-{GetType().Name.Length}-{Environment.TickCount64 % 1_000_000}-{Interlocked.Increment(ref _ids)}";

    /// <summary>The first pushed update matching <paramref name="match"/> (others are skipped), within 20 s.</summary>
    private static async Task<ExchangeUpdate> NextUpdateAsync(IExchangeHarness harness, Func<ExchangeUpdate, bool> match)
    {
        using var timeout = new CancellationTokenSource(UpdateTimeout);
        while (true)
        {
            while (harness.Exchange.TryTakeUpdate(out var update))
                if (match(update)) return update;
            // Live updates arrive over a socket: wait for the next one rather than a fixed time.
            await Task.Delay(10, timeout.Token);
        }
    }

    protected static T Ok<T>(AsterResult<T> result)
    {
        Assert.True(result.IsSuccess, $"expected success, got {result.Error}");
        return result.Data!;
    }
}
