using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Tests;

/// <summary>Flip logic through the `signal` strategy on the simulator: targets become exactly the orders they should.</summary>
public sealed class SignalFollowingTests : IDisposable
{
    private readonly TradingFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static readonly Dictionary<string, string> Params = new() { ["risk"] = "0.1", ["leverage"] = "5" };

    [Fact]
    public async Task Long_opens_equity_times_risk_times_leverage_over_price_rounded_down_to_the_step()
    {
        var trader = await _f.StartedTrader(parameters: Params);
        await _f.Signal(trader, "a1", SignalAction.Long, 99_999m);

        // 10,000 × 0.1 × 5 ÷ 99,999 = 0.050000…, step 0.001 → 0.05
        Assert.Equal(0.05m, _f.Position());
        var order = Assert.Single(_f.AllOrders());
        Assert.Equal(("p1-sa1-o", OrderSide.Buy, OrderType.Market, false), (order.ClientOrderId, order.Side, order.Type, order.ReduceOnly));
        Assert.Equal(5, _f.Engine.GetPositions(_f.AccountId, "BTCUSDT").Value[0].Leverage);
    }

    [Fact]
    public async Task A_repeated_long_adds_nothing()
    {
        var trader = await _f.StartedTrader(parameters: Params);
        await _f.Signal(trader, "a1", SignalAction.Long);
        await _f.Signal(trader, "a2", SignalAction.Long);
        Assert.Single(_f.AllOrders());
        Assert.Equal(0.05m, _f.Position());
    }

    [Fact]
    public async Task Long_to_short_closes_reduce_only_first_then_opens_the_short()
    {
        var trader = await _f.StartedTrader(parameters: Params);
        await _f.Signal(trader, "a1", SignalAction.Long);
        await _f.Signal(trader, "a2", SignalAction.Short);

        var orders = _f.AllOrders();
        Assert.Equal(3, orders.Count);
        Assert.Equal(("p1-sa2-c", OrderSide.Sell, true, 0.05m), (orders[1].ClientOrderId, orders[1].Side, orders[1].ReduceOnly, orders[1].ExecutedQty));
        Assert.Equal(("p1-sa2-o", OrderSide.Sell, false), (orders[2].ClientOrderId, orders[2].Side, orders[2].ReduceOnly));
        Assert.True(_f.Position() < 0);
        Assert.Equal(_f.Position(), trader.Status.Position.Quantity);
    }

    [Fact]
    public async Task Close_exits_and_a_second_close_does_nothing()
    {
        var trader = await _f.StartedTrader(parameters: Params);
        await _f.Signal(trader, "a1", SignalAction.Short);
        await _f.Signal(trader, "a2", SignalAction.Close);
        await _f.Signal(trader, "a3", SignalAction.Close);

        Assert.Equal(0m, _f.Position());
        var orders = _f.AllOrders();
        Assert.Equal(2, orders.Count);
        Assert.True(orders[1].ReduceOnly);
        Assert.Equal(0m, trader.Status.Position.Quantity);
        Assert.NotEqual(0m, trader.Status.Fees);
    }

    [Fact]
    public async Task The_same_signal_delivered_twice_is_not_executed_twice()
    {
        var trader = await _f.StartedTrader(parameters: Params);
        await _f.Signal(trader, "dup", SignalAction.Long);
        await _f.Signal(trader, "x", SignalAction.Close);
        await _f.Signal(trader, "dup", SignalAction.Long); // same id: its client ids are already settled in the journal
        Assert.Equal(2, _f.AllOrders().Count);
        Assert.Equal(0m, _f.Position());
        Assert.Contains(_f.Events.Of(TradingEventKind.Info), e => e.Message.Contains("not resent"));
    }

    [Fact]
    public async Task A_size_below_the_minimum_is_refused_with_the_figures()
    {
        var trader = await _f.StartedTrader(parameters: new Dictionary<string, string> { ["risk"] = "0.001", ["leverage"] = "1" });
        await _f.Signal(trader, "tiny", SignalAction.Long);
        Assert.Empty(_f.AllOrders());
        var blocked = Assert.Single(_f.Events.Of(TradingEventKind.Blocked));
        Assert.Contains("below the minimum quantity", blocked.Message);
    }

    [Fact]
    public async Task No_order_goes_out_on_stale_market_data()
    {
        var trader = await _f.StartedTrader(parameters: Params);
        _f.CloseCandle(trader, 100_000m);
        trader.OnSignal(new TradeSignal("late", SignalAction.Long, _f.NowMs));
        _f.Clock.Advance(TimeSpan.FromMinutes(5)); // limit is 2 minutes
        await trader.ExecutePendingAsync(CancellationToken.None);

        Assert.Empty(_f.AllOrders());
        Assert.Contains("stale", Assert.Single(_f.Events.Of(TradingEventKind.Blocked)).Message);
        Assert.False(trader.HasPendingActions);
    }
}
