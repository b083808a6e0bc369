using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Requests;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>Absurd values get an error answer, never an exception (decimal overflow, negative limits, extremes).</summary>
public sealed class BadInputTests
{
    private readonly EngineFixture _f = new();

    [Fact]
    public void Extreme_order_values_are_rejected_not_thrown()
    {
        var a = _f.NewAccount(1_000m, new Dictionary<string, decimal> { ["USDT"] = 1_000m });
        Assert.Equal(-4005, _f.Reject(a, Limit("BTCUSDT", OrderSide.Buy, decimal.MaxValue, 99_000m)).Code);
        Assert.Equal(-4002, _f.Reject(a, Limit("BTCUSDT", OrderSide.Buy, 1m, decimal.MaxValue)).Code);
        Assert.Equal(-4006, _f.Reject(a, new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Sell, Type = OrderType.StopMarket, Quantity = 1, StopPrice = decimal.MinValue }).Code);
        var spot = _f.Engine.PlaceSpotOrder(a, new SpotOrderRequest { Symbol = "ASTERUSDT", Side = OrderSide.Buy, Type = OrderType.Market, QuoteOrderQty = decimal.MaxValue });
        Assert.Equal(-2018, spot.Error!.Value.Code);
        Assert.Equal(-4055, _f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, decimal.MinValue, true).Error!.Value.Code);
        Assert.Equal(-2018, _f.Engine.Transfer(a, "USDT", decimal.MaxValue, TransferDirection.SpotFuture, "x").Error!.Value.Code);
    }

    [Fact]
    public void Extreme_admin_and_query_values_are_rejected_not_thrown()
    {
        var a = _f.NewAccount();
        Assert.Equal(-1000, _f.Engine.SetPrice(AsterMarket.Futures, "BTCUSDT", decimal.MaxValue).Error!.Value.Code);
        Assert.Equal(-1000, _f.Engine.SetMarkPrice("BTCUSDT", -1m).Error!.Value.Code);
        Assert.Equal(-1000, _f.Engine.SetFuturesBalance(a, "USDT", decimal.MaxValue).Error!.Value.Code);
        Assert.Equal(-1000, _f.Engine.SetFundingRate("BTCUSDT", 1m).Error!.Value.Code);
        Assert.Equal(-1000, _f.Engine.CreateAccount(new AccountSpec { Id = a }).Error!.Value.Code);
        Assert.Equal(-1130, _f.Engine.GetRecentTrades(AsterMarket.Futures, "BTCUSDT", limit: -5).Error!.Value.Code);
        Assert.Equal(-1130, _f.Engine.GetKlines(AsterMarket.Futures, "BTCUSDT", TimeSpan.FromMinutes(1), limit: -5).Error!.Value.Code);
        Assert.Equal(-4028, _f.Engine.SetLeverage(a, "BTCUSDT", int.MinValue).Error!.Value.Code);
        Assert.Empty(_f.Engine.GetDepth(AsterMarket.Futures, "BTCUSDT", -1).Value.Bids);
        Assert.Equal(-1121, _f.Engine.GetDepth(AsterMarket.Spot, "", 5).Error!.Value.Code);
    }
}
