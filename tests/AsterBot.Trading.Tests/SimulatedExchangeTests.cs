using System.Text.Json;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests;

/// <summary>The paper/backtest exchange answers like the live one: same filters, error kinds, order lookups and updates.</summary>
public sealed class SimulatedExchangeTests : IDisposable
{
    private readonly TradingFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Filters_are_the_ones_the_live_client_parses_from_the_same_exchange_info()
    {
        var filters = (await _f.Exchange.GetSymbolAsync("BTCUSDT")).Data!;
        var info = JsonSerializer.Deserialize(_f.Engine.Catalog.FuturesExchangeInfoJson, AsterJson.Lenient.FuturesExchangeInfo)!;
        var live = SymbolFilters.Find(info, "BTCUSDT")!;
        Assert.Equal(live.Price, filters.Price);
        Assert.Equal(live.Lot, filters.Lot);
        Assert.Equal(live.MarketLot, filters.MarketLot);
        Assert.Equal(live.Notional, filters.Notional);
        Assert.Equal(0.1m, filters.Price!.TickSize);
    }

    [Fact]
    public async Task Unknown_symbol_is_an_invalid_request_with_asters_code()
    {
        var result = await _f.Exchange.GetSymbolAsync("NOPEUSDT");
        Assert.Equal((AsterErrorKind.InvalidRequest, -1121), (result.Error!.Kind, result.Error.Code));
    }

    [Fact]
    public async Task Place_find_cancel_and_an_unseen_client_id_is_null()
    {
        var placed = await _f.Exchange.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit, 0.01m, "p1-a-t") { Price = 90_000m });
        Assert.Equal((OrderStatus.New, 90_000m, "p1-a-t"), (placed.Data!.Status, placed.Data.Price, placed.Data.ClientOrderId));

        var found = await _f.Exchange.FindOrderAsync("BTCUSDT", "p1-a-t");
        Assert.Equal(placed.Data.ExchangeOrderId, found.Data!.ExchangeOrderId);
        Assert.Single((await _f.Exchange.GetOpenOrdersAsync("BTCUSDT")).Data!);

        var cancelled = await _f.Exchange.CancelOrderAsync("BTCUSDT", "p1-a-t");
        Assert.Equal(OrderStatus.Canceled, cancelled.Data!.Status);
        var missing = await _f.Exchange.FindOrderAsync("BTCUSDT", "never-sent");
        Assert.True(missing.IsSuccess);
        Assert.Null(missing.Data);
    }

    [Fact]
    public async Task Refusals_carry_the_live_error_kinds()
    {
        var tooBig = await _f.Exchange.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 50m, "p1-big-o"));
        Assert.Equal(AsterErrorKind.InsufficientBalance, tooBig.Error!.Kind);
        Assert.False(tooBig.Error.MayHaveExecuted);
        var cancelUnknown = await _f.Exchange.CancelOrderAsync("BTCUSDT", "nothing-here");
        Assert.Equal(AsterErrorKind.UnknownOrder, cancelUnknown.Error!.Kind);
    }

    [Fact]
    public async Task Fills_arrive_as_updates_and_the_account_shows_the_position()
    {
        Assert.True((await _f.Exchange.ConfigureSymbolAsync("BTCUSDT", 5, MarginType.Crossed)).Data);
        await _f.Exchange.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0.02m, "p1-m-o"));

        var updates = new List<ExchangeUpdate>();
        while (_f.Exchange.TryTakeUpdate(out var u)) updates.Add(u);
        var fill = Assert.Single(updates, u => u.Fill is not null).Fill!;
        Assert.Equal((OrderSide.Buy, 0.02m, 100_000.1m, "USDT", false), (fill.Side, fill.Quantity, fill.Price, fill.FeeAsset, fill.IsMaker));
        Assert.Equal(0.02m * 100_000.1m * 0.0004m, fill.Fee);

        var account = (await _f.Exchange.GetAccountAsync()).Data!;
        var position = account.Position("BTCUSDT")!;
        Assert.Equal((0.02m, 100_000.1m, 5), (position.Quantity, position.EntryPrice, position.Leverage));
        Assert.Equal(10_000m - fill.Fee, account.WalletBalance);
    }

    [Fact]
    public async Task Closed_candles_come_from_the_engine_without_the_one_still_open()
    {
        for (var i = 1; i <= 3; i++)
        {
            _f.Clock.Advance(TimeSpan.FromMinutes(1));
            _f.Engine.SetPrice(Market.Futures, "BTCUSDT", 100_000m + i * 10);
        }
        _f.Clock.Advance(TimeSpan.FromSeconds(30));
        var candles = (await _f.Exchange.GetCandlesAsync("BTCUSDT", KlineInterval.OneMinute, 2)).Data!;
        Assert.Equal(2, candles.Count);
        Assert.All(candles, c => Assert.True(c.CloseTime < _f.NowMs));
        Assert.Equal(100_020m, candles[^1].Close); // the 01:03 candle (100,030) is still open
    }
}
