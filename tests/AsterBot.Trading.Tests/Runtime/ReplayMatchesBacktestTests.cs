using AsterBot.Aster.Models;
using AsterBot.Testing;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.MarketData;
using AsterBot.Trading.Runtime;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Runtime;

/// <summary>
/// "What you backtest is what runs": a recorded file replayed through the runtime that trades live (TradingHost →
/// SlotRunner → PairTrader on a simulated exchange, default RuntimeOptions: 1 s settle delay, 10 s late limit,
/// 300 warm-up candles) fills exactly like BacktestRunner on the same file, with the same fees and no slippage.
/// </summary>
public sealed class ReplayMatchesBacktestTests
{
    private static readonly Dictionary<string, string> EmaCross = new() { ["fast"] = "3", ["slow"] = "8" };

    [Fact]
    public async Task Ema_cross_on_a_replayed_file_fills_like_the_backtest_of_that_file()
    {
        var candles = CandleCsv.Read(ReplayRig.TestFile, CandleData.Minute);
        var backtest = BacktestRunner.Run(new BacktestOptions
        {
            Strategy = "ema-cross", Symbol = ReplayRig.Symbol, Interval = KlineInterval.OneMinute, Parameters = EmaCross,
            TakerFee = 0.0004m, MakerFee = 0.0002m, Slippage = 0m,
        }, candles);
        Assert.True(backtest.Trades.Count >= 4, $"the file should make ema-cross trade a few times; it made {backtest.Trades.Count} fills");

        using var rig = new ReplayRig(candles);
        var (_, exchange) = rig.NewAccount(10_000m);
        var (definition, parameters) = StrategyCatalog.Resolve("ema-cross", Market.Futures, null, EmaCross);
        var trader = new PairTrader(new PairSetup("rp", ReplayRig.Symbol, Market.Futures, KlineInterval.OneMinute), definition, parameters,
            exchange, new InMemoryOrderJournal(), new RiskGuards(new RiskLimits()), rig);
        var fills = new List<Fill>();
        trader.FillApplied += (fill, _) => fills.Add(fill);
        var pair = new RuntimePair(trader, exchange, definition.Name);
        var settle = new RuntimeOptions().SettleDelay;
        var host = new TradingHost([new TradingSlot("replay", TimeSpan.FromSeconds(1), [pair])], rig, rig.Clock);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => host.Statuses.Count == 1, "the pair to start");
        await rig.StartReplay();

        for (var i = 0; i < candles.Count; i++)
        {
            await rig.PlayTo(candles[i].CloseTime);
            if (i + 1 == candles.Count) break; // the data ends: as in the backtest, the last close's decision is never executed
            await rig.PlayTo(candles[i + 1].OpenTime);
            // The slot takes the closed candle after its settle delay; its orders fill at the open now in the engine.
            rig.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(candles[i + 1].OpenTime) + settle);
            var close = candles[i].CloseTime;
            await Eventually.WaitUntilAsync(() => host.Statuses.Single().LastCandleTime == close, $"the trader to take candle {i}");
        }
        await rig.Replaying.WaitAsync(TimeSpan.FromSeconds(20));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.DoesNotContain(rig.Events, e => e.Kind is TradingEventKind.Blocked or TradingEventKind.Error);
        Assert.Equal(backtest.Trades.Select(t => (t.Side, t.Price, t.Quantity, t.Fee, t.Pnl)), fills.Select(f => (f.Side, f.Price, f.Quantity, f.Fee, f.RealizedPnl)));
        // The one difference: the runtime sends at the open plus its settle delay, the backtest at the open itself.
        Assert.Equal(backtest.Trades.Select(t => t.Time + (long)settle.TotalMilliseconds), fills.Select(f => f.Time));
        Assert.Contains(rig.Events, e => e.Pair == CandleReplayer.EventSource && e.Message.StartsWith("replay finished at 2026-01-01 00:40:00Z", StringComparison.Ordinal));
    }
}
