using System.Globalization;
using System.Text.Json;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest.Requests;

namespace AsterBot.Aster.Tests.Filters;

/// <summary>Filters built from the real exchangeInfo captures (ASTERUSDT: tick 0.0001, step 0.01, min notional 5).</summary>
public class SymbolFiltersTests
{
    private static readonly FuturesExchangeInfo Futures = JsonSerializer.Deserialize(
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "captures", "futures-exchangeInfo.json")), AsterJson.Strict.FuturesExchangeInfo)!;

    private static readonly SpotExchangeInfo Spot = JsonSerializer.Deserialize(
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "captures", "spot-exchangeInfo.json")), AsterJson.Strict.SpotExchangeInfo)!;

    private static readonly SymbolFilters Aster = SymbolFilters.Find(Futures, "ASTERUSDT")!;

    [Fact]
    public void Rules_are_read_from_the_capture()
    {
        Assert.Equal(new PriceRule(0.0001m, 200m, 0.0001m), Aster.Price);
        Assert.Equal(new LotRule(0.01m, 2000000m, 0.01m), Aster.Lot);
        Assert.Equal(200000m, Aster.MarketLot!.MaxQty);
        Assert.Equal(5m, Aster.Notional!.MinNotional);
        Assert.Equal(new PercentPriceRule(1.05m, 0.95m), Aster.PercentPrice);
        Assert.Equal((200, 10), (Aster.MaxNumOrders!.Value, Aster.MaxNumAlgoOrders!.Value));
    }

    [Theory]
    [InlineData("0.51237", OrderSide.Buy, PriceRounding.Passive, "0.5123")]
    [InlineData("0.51237", OrderSide.Sell, PriceRounding.Passive, "0.5124")]
    [InlineData("0.51234", OrderSide.Sell, PriceRounding.Nearest, "0.5123")]
    [InlineData("0.51235", OrderSide.Buy, PriceRounding.Nearest, "0.5124")]
    [InlineData("0.5123", OrderSide.Sell, PriceRounding.Passive, "0.5123")]
    public void Prices_go_to_the_tick_grid(string price, OrderSide side, PriceRounding rounding, string expected) =>
        Assert.Equal(expected, Aster.RoundPrice(decimal.Parse(price, CultureInfo.InvariantCulture), side, rounding).ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("12.349", "12.34")]
    [InlineData("0.019", "0.01")]
    [InlineData("0.005", "0")]
    [InlineData("7", "7.00")]
    public void Quantities_round_down_to_the_step(string quantity, string expected) =>
        Assert.Equal(expected, Aster.RoundQuantity(decimal.Parse(quantity, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Min_notional_refuses_small_orders_but_exempts_reduce_only()
    {
        var small = new OrderCheck(OrderSide.Buy, OrderType.Limit, 9m, 0.5m);

        var error = Aster.Check(small)!;

        Assert.Equal((AsterErrorKind.FilterViolation, "MIN_NOTIONAL"), (error.Kind, error.Filter));
        Assert.Contains("4.5", error.Message);
        Assert.Contains("minimum 5", error.Message);
        Assert.Null(Aster.Check(small with { ReduceOnly = true }));
        Assert.Null(Aster.Check(small with { Quantity = 10m }));
    }

    [Fact]
    public void Market_orders_use_the_mark_price_for_notional_and_the_market_lot_size()
    {
        var market = new OrderCheck(OrderSide.Sell, OrderType.Market, 9m, null) { ReferencePrice = 0.5m };

        Assert.Equal("MIN_NOTIONAL", Aster.Check(market)!.Filter);
        Assert.Null(Aster.Check(market with { Quantity = 10m }));
        Assert.Equal("MARKET_LOT_SIZE", Aster.Check(market with { Quantity = 300000m })!.Filter);
        Assert.Null(Aster.Check(new OrderCheck(OrderSide.Sell, OrderType.Limit, 300000m, 0.5m)));
    }

    [Fact]
    public void Price_grid_and_bounds_are_checked_with_the_valid_alternatives_named()
    {
        var offTick = Aster.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 100m, 0.51237m))!;
        var tooHigh = Aster.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 100m, 250m))!;
        var badStep = Aster.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 100.005m, 0.5m))!;

        Assert.Equal("PRICE_FILTER", offTick.Filter);
        Assert.Contains("0.5123 or 0.5124", offTick.Message);
        Assert.Contains("maximum 200", tooHigh.Message);
        Assert.Equal("LOT_SIZE", badStep.Filter);
        Assert.Contains("round down to 100.00", badStep.Message);
    }

    [Fact]
    public void Futures_percent_price_bounds_buys_above_and_sells_below_the_mark()
    {
        Assert.Equal("PERCENT_PRICE", Aster.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 100m, 1.0600m) { ReferencePrice = 1m })!.Filter);
        Assert.Null(Aster.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 100m, 1.0500m) { ReferencePrice = 1m }));
        Assert.Equal("PERCENT_PRICE", Aster.Check(new OrderCheck(OrderSide.Sell, OrderType.Limit, 100m, 0.9400m) { ReferencePrice = 1m })!.Filter);
        Assert.Null(Aster.Check(new OrderCheck(OrderSide.Sell, OrderType.Limit, 100m, 0.9400m))); // no mark known: not checked
    }

    [Fact]
    public void Prepare_rounds_a_futures_order_then_checks_it()
    {
        var order = FuturesOrderRequest.Limit("ASTERUSDT", OrderSide.Buy, 20.129m, 0.51237m);

        var prepared = Aster.Prepare(order, markPrice: 0.5m).GetOrThrow();
        var tooSmall = Aster.Prepare(order with { Quantity = 5.999m }, markPrice: 0.5m);

        Assert.Equal((20.12m, 0.5123m), (prepared.Quantity!.Value, prepared.Price!.Value));
        Assert.Equal("MIN_NOTIONAL", tooSmall.Error!.Filter);
    }

    [Fact]
    public void Spot_percent_price_by_side_and_notional_come_from_the_spot_capture()
    {
        var test = SymbolFilters.Find(Spot, "TESTUSDT")!;

        Assert.Equal(new PercentPriceBySideRule(5m, 0.2m, 5m, 0.2m), test.PercentPriceBySide);
        Assert.Equal("PERCENT_PRICE", test.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 1m, 600m) { ReferencePrice = 100m })!.Filter);
        Assert.Equal("NOTIONAL", test.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 0.01m, 100m))!.Filter);
        var quoteMarket = test.Prepare(new SpotOrderRequest { Symbol = "TESTUSDT", Side = OrderSide.Buy, Type = OrderType.Market, QuoteOrderQty = 4m }, 100m);
        Assert.Equal("NOTIONAL", quoteMarket.Error!.Filter);
    }

    [Fact]
    public void Every_trading_symbol_yields_filters_with_a_tick_and_a_step()
    {
        Assert.All(Futures.Symbols.Where(s => s.Status == SymbolStatus.Trading).Select(SymbolFilters.From), f => Assert.True(f.Price!.TickSize > 0 && f.Lot!.StepSize > 0, f.Symbol));
        Assert.All(Spot.Symbols.Select(SymbolFilters.From), f => Assert.True(f.Price!.TickSize > 0 && f.Lot!.StepSize > 0, f.Symbol));
    }

    [Fact]
    public void A_zero_tick_disables_the_grid_rule_as_on_pending_symbols()
    {
        var pending = SymbolFilters.Find(Futures, "WIFUSDT")!; // PENDING_TRADING, tickSize "0" in the capture

        Assert.Equal(1.23456m, pending.RoundPrice(1.23456m, OrderSide.Buy));
        Assert.Null(pending.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 100m, 1.23456m)));
        Assert.Equal("PRICE_FILTER", pending.Check(new OrderCheck(OrderSide.Buy, OrderType.Limit, 100m, 1001m))!.Filter);
    }
}
