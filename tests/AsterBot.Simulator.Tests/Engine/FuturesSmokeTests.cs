using AsterBot.Aster.Models;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;

namespace AsterBot.Simulator.Tests.Engine;

public sealed class FuturesSmokeTests
{
    [Fact]
    public void Market_buy_opens_a_long_at_the_best_ask_and_charges_the_taker_fee()
    {
        var f = new EngineFixture();
        var a = f.NewAccount(10_000m);

        var order = f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.01m));

        // Best ask = 100,000 + one tick (0.1) = 100,000.1; fee = 0.01 × 100,000.1 × 0.0004 = 0.4000004.
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(100_000.1m, order.AvgPrice);
        var position = f.Position(a, "BTCUSDT");
        Assert.Equal(0.01m, position.PositionAmt);
        Assert.Equal(100_000.1m, position.EntryPrice);
        Assert.Equal(10_000m - 0.4000004m, f.Account(a).TotalWalletBalance);
    }
}
