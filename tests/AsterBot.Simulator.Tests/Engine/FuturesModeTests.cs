using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>Hedge versus one-way mode, leverage and margin-type settings with their rejections.</summary>
public sealed class FuturesModeTests
{
    private readonly EngineFixture _f = new();

    [Fact]
    public void One_way_mode_nets_buys_and_sells_into_one_position()
    {
        var a = _f.NewAccount(100_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.3m));
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.5m));
        var rows = _f.Engine.GetPositions(a, "BTCUSDT").Value;
        var both = Assert.Single(rows);
        Assert.Equal((PositionSide.Both, -0.2m), (both.PositionSide, both.PositionAmt));
    }

    [Fact]
    public void Hedge_mode_keeps_long_and_short_apart()
    {
        var a = _f.NewAccount(100_000m);
        Assert.True(_f.Engine.SetPositionMode(a, hedgeMode: true).Value);
        Assert.True(_f.Engine.GetPositionMode(a).Value);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.3m) with { PositionSide = PositionSide.Long });
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.5m) with { PositionSide = PositionSide.Short });
        Assert.Equal(0.3m, _f.Position(a, "BTCUSDT", PositionSide.Long).PositionAmt);
        Assert.Equal(-0.5m, _f.Position(a, "BTCUSDT", PositionSide.Short).PositionAmt);
        // Closing the long (SELL LONG) leaves the short alone and realizes the long's PnL only.
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.3m) with { PositionSide = PositionSide.Long });
        Assert.Equal(0m, _f.Position(a, "BTCUSDT", PositionSide.Long).PositionAmt);
        Assert.Equal(-0.5m, _f.Position(a, "BTCUSDT", PositionSide.Short).PositionAmt);
        var closing = _f.Engine.GetFuturesTrades(a, "BTCUSDT").Value[^1];
        Assert.Equal(0.3m * (99_999.9m - 100_000.1m), closing.RealizedPnl);
        Assert.Equal(2, _f.Engine.GetPositions(a, "BTCUSDT").Value.Count);
    }

    [Fact]
    public void Hedge_mode_close_needs_no_margin_but_cannot_open()
    {
        var a = _f.NewAccount(600m);
        Assert.True(_f.Engine.SetPositionMode(a, hedgeMode: true).IsSuccess);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m) with { PositionSide = PositionSide.Long }); // 500 IM
        // Opening a short of the same size needs another 500: rejected; closing the long is always possible.
        Assert.Equal(-2019, _f.Reject(a, Market("BTCUSDT", OrderSide.Sell, 0.1m) with { PositionSide = PositionSide.Short }).Code);
        Assert.Equal(OrderStatus.Filled, _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.1m) with { PositionSide = PositionSide.Long }).Status);
    }

    [Fact]
    public void Position_mode_changes_are_refused_with_orders_or_positions()
    {
        var a = _f.NewAccount(100_000m);
        Assert.Equal(new EngineError(-4059, "No need to change position side."), _f.Engine.SetPositionMode(a, false).Error);
        var order = _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.01m, 99_000));
        Assert.Equal(new EngineError(-4067, "Position side cannot be changed if there exists open orders."), _f.Engine.SetPositionMode(a, true).Error);
        _f.Engine.CancelFuturesOrder(a, "BTCUSDT", Simulator.Engine.Requests.OrderRef.ById(order.OrderId));
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.01m));
        Assert.Equal(new EngineError(-4068, "Position side cannot be changed if there exists position."), _f.Engine.SetPositionMode(a, true).Error);
    }

    [Fact]
    public void Leverage_is_bounded_by_the_symbols_brackets()
    {
        var a = _f.NewAccount(100_000m);
        Assert.Equal(new EngineError(-4028, "Leverage 126 is not valid"), _f.Engine.SetLeverage(a, "BTCUSDT", 126).Error);
        Assert.Equal(new EngineError(-4028, "Leverage 0 is not valid"), _f.Engine.SetLeverage(a, "BTCUSDT", 0).Error);
        Assert.Equal(new EngineError(-4028, "Leverage 51 is not valid"), _f.Engine.SetLeverage(a, "ASTERUSDT", 51).Error);
        var set = _f.Engine.SetLeverage(a, "BTCUSDT", 125).Value;
        Assert.Equal((125, 50_000m), (set.Leverage, set.MaxNotionalValue));
        Assert.Equal(-1121, _f.Engine.SetLeverage(a, "NOPE", 5).Error!.Value.Code);
        // A 0.6 BTC position (60,000) no longer fits 125x (max 50,000 notional).
        Assert.True(_f.Engine.SetLeverage(a, "BTCUSDT", 100).IsSuccess);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.6m));
        Assert.Equal(new EngineError(-2027, "Exceeded the maximum allowable position at current leverage."), _f.Engine.SetLeverage(a, "BTCUSDT", 125).Error);
    }

    [Fact]
    public void Margin_type_changes_are_refused_with_orders_or_positions()
    {
        var a = _f.NewAccount(100_000m);
        Assert.Equal(new EngineError(-4046, "No need to change margin type."), _f.Engine.SetMarginType(a, "BTCUSDT", MarginType.Crossed).Error);
        var order = _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.01m, 99_000));
        Assert.Equal(new EngineError(-4047, "Margin type cannot be changed if there exists open orders."), _f.Engine.SetMarginType(a, "BTCUSDT", MarginType.Isolated).Error);
        _f.Engine.CancelFuturesOrder(a, "BTCUSDT", Simulator.Engine.Requests.OrderRef.ById(order.OrderId));
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.01m));
        Assert.Equal(new EngineError(-4048, "Margin type cannot be changed if there exists position."), _f.Engine.SetMarginType(a, "BTCUSDT", MarginType.Isolated).Error);
        Assert.True(_f.Engine.SetMarginType(a, "ETHUSDT", MarginType.Isolated).IsSuccess); // other symbols are free
    }

    [Fact]
    public void Isolated_leverage_cannot_drop_while_a_position_is_open()
    {
        var a = _f.NewAccount(100_000m);
        Assert.True(_f.Engine.SetMarginType(a, "BTCUSDT", MarginType.Isolated).IsSuccess);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.01m));
        Assert.Equal(new EngineError(-4161, "Leverage reduction is not supported in Isolated Margin Mode with open positions"),
            _f.Engine.SetLeverage(a, "BTCUSDT", 10).Error);
        Assert.True(_f.Engine.SetLeverage(a, "BTCUSDT", 25).IsSuccess);
    }

    [Fact]
    public void Position_margin_changes_are_validated()
    {
        var a = _f.NewAccount(1_000m);
        Assert.Equal(new EngineError(-4055, "Amount must be positive."), _f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, 0, true).Error);
        Assert.Equal(new EngineError(-4049, "Add margin only support for isolated position."), _f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, 1, true).Error);
        Assert.True(_f.Engine.SetMarginType(a, "BTCUSDT", MarginType.Isolated).IsSuccess);
        Assert.Equal(new EngineError(-4054, "Cannot add position margin: position is 0."), _f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, 1, true).Error);
        Assert.Equal(-4061, _f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", PositionSide.Long, 1, true).Error!.Value.Code);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m)); // 500.0005 isolated, 495.99… cross left
        Assert.Equal(new EngineError(-4050, "Cross balance insufficient."), _f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, 600, true).Error);
    }

    [Fact]
    public void Leverage_brackets_cumulate_maintenance_amounts()
    {
        var brackets = _f.Engine.GetLeverageBrackets("BTCUSDT").Value.Single().Brackets;
        Assert.Equal(125, brackets[0].MaxLeverage);
        // cum of tier 2 = 50,000 × (0.005 − 0.004) = 50; tier 3 = 50 + 250,000 × (0.01 − 0.005) = 1,300.
        Assert.Equal([0m, 50m, 1_300m], brackets.Take(3).Select(b => b.Cum));
        Assert.Equal(50, _f.Engine.GetLeverageBrackets("ASTERUSDT").Value.Single().Brackets[0].MaxLeverage);
    }
}
