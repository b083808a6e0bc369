using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>Every futures order rejection the engine knows, with Aster's exact code and message.</summary>
public sealed class FuturesValidationTests
{
    private readonly EngineFixture _f = new();
    private readonly long _account;

    public FuturesValidationTests() => _account = _f.NewAccount(1_000_000m);

    private void AssertRejected(int code, string message, FuturesOrderRequest request)
    {
        var error = _f.Reject(_account, request);
        Assert.Equal(new EngineError(code, message), error);
    }

    public static TheoryData<string, FuturesOrderRequest> MissingParameters => new()
    {
        { "symbol", Market("BTCUSDT", OrderSide.Buy, 1) with { Symbol = null } },
        { "side", Market("BTCUSDT", OrderSide.Buy, 1) with { Side = null } },
        { "type", Market("BTCUSDT", OrderSide.Buy, 1) with { Type = null } },
        { "timeInForce", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000) with { TimeInForce = null } },
        { "price", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000) with { Price = null } },
        { "quantity", Market("BTCUSDT", OrderSide.Buy, 1) with { Quantity = null } },
        { "stopPrice", new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 1 } },
        { "price", new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.Stop, Quantity = 1, StopPrice = 99_000 } },
        { "callbackRate", new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.TrailingStopMarket, Quantity = 1 } },
    };

    [Theory]
    [MemberData(nameof(MissingParameters))]
    public void Missing_mandatory_parameter_is_1102(string name, FuturesOrderRequest request) =>
        AssertRejected(-1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.", request);

    [Fact]
    public void Mandatory_parameters_are_checked_before_the_symbol() =>
        AssertRejected(-1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed.",
            Market("NOPEUSDT", OrderSide.Buy, 1) with { Side = null });

    [Fact]
    public void Unknown_symbol_is_1121() =>
        AssertRejected(-1121, "Invalid symbol.", Market("NOPEUSDT", OrderSide.Buy, 1));

    [Fact]
    public void Liquidation_type_is_not_an_order_type_users_may_send() =>
        AssertRejected(-1116, "Invalid orderType.", Market("BTCUSDT", OrderSide.Buy, 1) with { Type = OrderType.Liquidation });

    [Fact]
    public void Rpi_time_in_force_is_1115() =>
        AssertRejected(-1115, "Invalid timeInForce.", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000, TimeInForce.Rpi));

    public static TheoryData<string, FuturesOrderRequest> UnneededParameters => new()
    {
        { "price", Market("BTCUSDT", OrderSide.Buy, 1) with { Price = 100_000 } },
        { "stopPrice", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000) with { StopPrice = 98_000 } },
        { "callbackRate", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000) with { CallbackRate = 1 } },
        { "timeInForce", Market("BTCUSDT", OrderSide.Buy, 1) with { TimeInForce = TimeInForce.Gtc } },
        { "closePosition", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000) with { ClosePosition = true } },
        { "workingType", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000) with { WorkingType = WorkingType.MarkPrice } },
        { "reduceOnly", new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, StopPrice = 99_000, ClosePosition = true, ReduceOnly = true } },
    };

    [Theory]
    [MemberData(nameof(UnneededParameters))]
    public void Parameter_not_needed_by_the_type_is_1106(string name, FuturesOrderRequest request) =>
        AssertRejected(-1106, $"Parameter '{name}' sent when not required.", request);

    [Fact]
    public void Quantity_with_close_position_is_4137() =>
        AssertRejected(-4137, "Quantity must be zero with closePosition equals true",
            new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, StopPrice = 99_000, ClosePosition = true, Quantity = 1 });

    [Theory]
    [InlineData(0.05)]
    [InlineData(6)]
    public void Callback_rate_outside_0_1_to_5_is_1130(decimal rate) =>
        AssertRejected(-1130, "Data sent for parameter 'callbackRate' is not valid.",
            new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.TrailingStopMarket, Quantity = 1, CallbackRate = rate });

    [Theory]
    [InlineData("has space")]
    [InlineData("0123456789012345678901234567890123456")] // 37 characters
    [InlineData("autoclose-123")] // reserved for liquidations
    public void Malformed_client_order_id_is_4015(string id) =>
        AssertRejected(-4015, "Client order id is not valid.", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000) with { NewClientOrderId = id });

    [Fact]
    public void Price_filter_errors_follow_aster()
    {
        AssertRejected(-4001, "Price less than 0.", Limit("BTCUSDT", OrderSide.Buy, 1, -1));
        AssertRejected(-1111, "Precision is over the maximum defined for this asset.", Limit("BTCUSDT", OrderSide.Buy, 1, 99_000.05m));
        AssertRejected(-4013, "Price less than min price.", Limit("ETHUSDT", OrderSide.Buy, 1, 39.8m));
        AssertRejected(-4002, "Price greater than max price.", Limit("BTCUSDT", OrderSide.Buy, 1, 1_000_000.1m));
        // ETH: tick 0.10 from minPrice 39.90 at precision 2, so 2,999.95 has an allowed precision but is off-tick.
        AssertRejected(-4014, "Price not increased by tick size.", Limit("ETHUSDT", OrderSide.Buy, 1, 2_999.95m));
    }

    [Fact]
    public void Trailing_zeros_do_not_count_as_precision() =>
        Assert.Equal(99_000m, _f.Place(_account, Limit("BTCUSDT", OrderSide.Buy, 0.001m, 99_000.0000m)).Price);

    [Fact]
    public void Stop_price_filter_errors_follow_aster()
    {
        var stop = new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 1 };
        AssertRejected(-4006, "Stop price less than zero.", stop with { StopPrice = 0 });
        AssertRejected(-4007, "Stop price greater than max price.", stop with { StopPrice = 2_000_000 });
        AssertRejected(-4014, "Price not increased by tick size.", stop with { Symbol = "ETHUSDT", StopPrice = 2_999.95m });
    }

    [Fact]
    public void Quantity_filter_errors_follow_aster()
    {
        AssertRejected(-4003, "Quantity less than or equal to zero.", Limit("BTCUSDT", OrderSide.Buy, 0, 99_000));
        AssertRejected(-1111, "Precision is over the maximum defined for this asset.", Limit("BTCUSDT", OrderSide.Buy, 0.0015m, 99_000));
        AssertRejected(-4004, "Quantity less than min quantity.", Limit("DYDXUSDT", OrderSide.Buy, 0.5m, 10m)); // min 1, step 0.1
        AssertRejected(-4005, "Quantity greater than max quantity.", Limit("BTCUSDT", OrderSide.Buy, 1_001, 99_000));
        AssertRejected(-4005, "Quantity greater than max quantity.", Market("BTCUSDT", OrderSide.Buy, 121)); // MARKET_LOT_SIZE max 120
        AssertRejected(-4023, "Quantity not increased by step size.", Limit("ZKUSDT", OrderSide.Buy, 10.5m, 0.1m)); // step 1, precision 1
    }

    [Fact]
    public void Notional_below_minimum_is_4164_unless_reduce_only()
    {
        AssertRejected(-4164, "Order's notional must be no smaller than 5.0 (unless you choose reduce only)",
            Limit("ASTERUSDT", OrderSide.Buy, 4, 1m));
        // Reduce-only is exempt from MIN_NOTIONAL (and then fails on the missing position instead).
        AssertRejected(-2022, "ReduceOnly Order is rejected.", Limit("ASTERUSDT", OrderSide.Sell, 4, 1m) with { ReduceOnly = true });
    }

    [Fact]
    public void Percent_price_filter_bounds_limit_prices_around_the_mark()
    {
        // BTC multipliers 1.02 / 0.98 of mark 100,000.
        AssertRejected(-4016, "Price is higher than mark price multiplier cap.", Limit("BTCUSDT", OrderSide.Buy, 0.001m, 102_000.1m));
        AssertRejected(-4024, "Price is lower than mark price multiplier floor.", Limit("BTCUSDT", OrderSide.Sell, 0.001m, 97_999.9m));
        Assert.Equal(OrderStatus.New, _f.Place(_account, Limit("BTCUSDT", OrderSide.Sell, 0.001m, 102_000m)).Status);
    }

    [Fact]
    public void Position_side_must_match_the_position_mode()
    {
        AssertRejected(-4061, "Order's position side does not match user's setting.",
            Market("BTCUSDT", OrderSide.Buy, 0.001m) with { PositionSide = PositionSide.Long });
        Assert.True(_f.Engine.SetPositionMode(_account, hedgeMode: true).IsSuccess);
        AssertRejected(-4061, "Order's position side does not match user's setting.", Market("BTCUSDT", OrderSide.Buy, 0.001m));
        AssertRejected(-1106, "Parameter 'reduceOnly' sent when not required.",
            Market("BTCUSDT", OrderSide.Sell, 0.001m) with { PositionSide = PositionSide.Long, ReduceOnly = true });
    }

    [Fact]
    public void Reduce_only_needs_an_opposite_position_and_may_not_oversubscribe_it()
    {
        AssertRejected(-2022, "ReduceOnly Order is rejected.", Market("BTCUSDT", OrderSide.Sell, 0.001m) with { ReduceOnly = true });
        _f.Place(_account, Market("BTCUSDT", OrderSide.Buy, 0.01m));
        AssertRejected(-2022, "ReduceOnly Order is rejected.", Market("BTCUSDT", OrderSide.Buy, 0.001m) with { ReduceOnly = true });
        _f.Place(_account, Limit("BTCUSDT", OrderSide.Sell, 0.006m, 101_000) with { ReduceOnly = true });
        AssertRejected(-4118, "ReduceOnly Order Failed. Please check your existing position and open orders",
            Limit("BTCUSDT", OrderSide.Sell, 0.005m, 101_000) with { ReduceOnly = true });
    }

    [Fact]
    public void Hedge_mode_close_larger_than_the_position_is_rejected()
    {
        Assert.True(_f.Engine.SetPositionMode(_account, hedgeMode: true).IsSuccess);
        _f.Place(_account, Market("BTCUSDT", OrderSide.Buy, 0.01m) with { PositionSide = PositionSide.Long });
        AssertRejected(-2022, "ReduceOnly Order is rejected.", Market("BTCUSDT", OrderSide.Sell, 0.02m) with { PositionSide = PositionSide.Long });
        // closePosition in hedge mode: BUY+LONG would not close anything.
        AssertRejected(-2022, "ReduceOnly Order is rejected.", new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = OrderSide.Buy, PositionSide = PositionSide.Long, Type = OrderType.StopMarket, StopPrice = 101_000, ClosePosition = true,
        });
    }

    [Fact]
    public void Open_order_limits_are_2025_and_4045()
    {
        // MAX_NUM_ORDERS 200 (conditional orders included), MAX_NUM_ALGO_ORDERS 10.
        for (var i = 0; i < 10; i++)
            _f.Place(_account, new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 0.001m, StopPrice = 90_000 - i });
        AssertRejected(-4045, "Reach max stop order limit.",
            new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 0.001m, StopPrice = 89_000 });
        for (var i = 0; i < 190; i++) _f.Place(_account, Limit("BTCUSDT", OrderSide.Buy, 0.001m, 99_000 - i));
        AssertRejected(-2025, "Reach max open order limit.", Limit("BTCUSDT", OrderSide.Buy, 0.001m, 98_000));
        Assert.Equal(OrderStatus.New, _f.Place(_account, Limit("ETHUSDT", OrderSide.Buy, 0.01m, 2_990)).Status); // per symbol
    }

    [Fact]
    public void Client_order_id_must_be_unique_among_open_orders()
    {
        _f.Place(_account, Limit("BTCUSDT", OrderSide.Buy, 0.001m, 99_000) with { NewClientOrderId = "mine-1" });
        AssertRejected(-4116, "ClientOrderId is duplicated.", Limit("BTCUSDT", OrderSide.Buy, 0.001m, 98_000) with { NewClientOrderId = "mine-1" });
        Assert.True(_f.Engine.CancelFuturesOrder(_account, "BTCUSDT", OrderRef.ByClientId("mine-1")).IsSuccess);
        Assert.Equal(OrderStatus.New, _f.Place(_account, Limit("BTCUSDT", OrderSide.Buy, 0.001m, 98_000) with { NewClientOrderId = "mine-1" }).Status);
    }

    [Fact]
    public void Post_only_that_would_take_is_5022() =>
        // Best ask is 100,000.1.
        AssertRejected(-5022, "Due to the order could not be executed as maker, the Post Only order will be rejected.",
            Limit("BTCUSDT", OrderSide.Buy, 0.001m, 100_000.1m, TimeInForce.Gtx));

    [Fact]
    public void Margin_beyond_the_available_balance_is_2019()
    {
        var poor = _f.NewAccount(100m);
        // 0.05 BTC at 100,000 with 20x needs 250 USDT of initial margin (+2 fee) > 100.
        var error = _f.Reject(poor, Limit("BTCUSDT", OrderSide.Buy, 0.05m, 100_000));
        Assert.Equal(new EngineError(-2019, "Margin is insufficient."), error);
    }

    [Fact]
    public void Position_beyond_the_leverage_bracket_is_2027()
    {
        Assert.True(_f.Engine.SetLeverage(_account, "BTCUSDT", 125).IsSuccess);
        // 125x is allowed up to 50,000 notional; 0.6 BTC × 100,000 = 60,000.
        AssertRejected(-2027, "Exceeded the maximum allowable position at current leverage.", Limit("BTCUSDT", OrderSide.Buy, 0.6m, 100_000));
    }

    [Fact]
    public void Market_order_with_no_liquidity_inside_the_take_bound_is_4131()
    {
        // The synthetic market 5% away from the price, beyond BTC's marketTakeBound of 2%.
        var options = EngineFixture.DefaultOptions with { Liquidity = new() { HalfSpread = 0.05m } };
        var f = new EngineFixture(options);
        var account = f.NewAccount(100_000m);
        Assert.Equal(new EngineError(-4131, "The counterparty's best price does not meet the PERCENT_PRICE filter limit"),
            f.Reject(account, Market("BTCUSDT", OrderSide.Buy, 0.01m)));
    }

    [Fact]
    public void Unknown_account_is_reported() =>
        Assert.Equal(-1000, _f.Engine.PlaceFuturesOrder(999, Market("BTCUSDT", OrderSide.Buy, 1)).Error!.Value.Code);
}
