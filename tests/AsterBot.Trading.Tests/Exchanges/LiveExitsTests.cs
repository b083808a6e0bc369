using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>
/// Live, a MARKET entry's REST answer says FILLED before the user-data stream brings the fill, and the exits are
/// decided on the fill. Over the real server (HTTP + WebSocket) the step waits for it: the stop is on the exchange
/// when the step ends, not a candle later.
/// </summary>
public sealed class LiveExitsTests(SimulatorServerFixture fixture) : IClassFixture<SimulatorServerFixture>
{
    private const string Symbol = "BTCUSDT";

    [Fact]
    public async Task A_live_entry_has_its_stop_on_the_exchange_when_the_step_ends()
    {
        await using var h = await fixture.StartAsync(Market.Futures, TimeSpan.FromSeconds(20));
        h.SetPrice(Symbol, 50_000m);
        var (definition, parameters) = StrategyCatalog.Resolve("signal", Market.Futures, null, new Dictionary<string, string> { ["sl"] = "0.02" });
        var events = new EventLog();
        var setup = new PairSetup("lx", Symbol, Market.Futures, KlineInterval.OneMinute) { FillWait = TimeSpan.FromSeconds(20) };
        var trader = new PairTrader(setup, definition, parameters, h.Exchange, new InMemoryOrderJournal(), new RiskGuards(RiskLimits.None), events);
        Assert.True((await trader.StartAsync([], CancellationToken.None)).IsSuccess);

        var now = h.Exchange.Now;
        trader.OnCandleClosed(new Candle(now - 60_000, 50_000m, 50_000m, 50_000m, 50_000m, 1, now - 1));
        trader.OnSignal(new TradeSignal("s1", SignalAction.Long, now));
        await trader.ExecutePendingAsync(CancellationToken.None);

        var held = trader.Status.Position.Quantity;
        Assert.True(held > 0, "the entry's fill arrived within the step");
        var open = (await h.Exchange.GetOpenOrdersAsync(Symbol)).Data!;
        var stop = Assert.Single(open, o => o.Type == OrderType.StopMarket);
        Assert.Equal(OrderSide.Sell, stop.Side);
        Assert.True(stop.ReduceOnly);
        Assert.InRange(stop.StopPrice, 48_900m, 49_100m); // 2% under an entry at about 50,000
        Assert.Empty(events.Of(TradingEventKind.Error));
    }
}
