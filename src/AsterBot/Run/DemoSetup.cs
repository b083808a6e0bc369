using System.Globalization;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// The embedded default of `asterbot run`: the Aster simulator in-process on 127.0.0.1 (random port, prices on a
/// seeded random walk), a demo paper account with 10,000 USDT of futures margin, and two demo pairs on 1m candles:
/// BTCUSDT on ema-cross with short EMAs (3/8), and ETHUSDT on `signal`, fed by <see cref="DemoSignalFeed"/>
/// (long at the first close, then a flip every two candles). Its order journal is in memory: the simulated market is
/// new on every start, so its orders mean nothing to the next run.
/// </summary>
public static class DemoSetup
{
    public const string SlotName = "demo";
    private static readonly Dictionary<string, decimal> Usdt = new() { ["USDT"] = 10_000m };

    public static async Task<RunSession> StartAsync(int seed, ITradingEventSink events, CancellationToken ct)
    {
        var demo = DemoAccount.Generate();
        var server = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            Seed = seed,
            Symbols = ["BTCUSDT", "ETHUSDT"],
            RandomWalk = true,
            Accounts = [demo.ToSeed(Usdt, Usdt)],
        }, ct);
        var owned = new List<object> { server };
        try
        {
            var account = server.State.Accounts.Accounts.Single().Id;
            var guards = new RiskGuards(new RiskLimits { MaxPositionNotional = 50_000m });
            var journal = new InMemoryOrderJournal();
            RuntimePair Pair(PairSettings settings)
            {
                // One exchange per pair: each pair drains its own queue of updates.
                var exchange = new SimulatedExchange(server.State.Engine, account, Market.Futures);
                owned.Add(exchange);
                return PairFactory.Create(settings, exchange, journal, guards, events);
            }
            var btc = Pair(new PairSettings("btc", "BTCUSDT", Market.Futures, KlineInterval.OneMinute, "ema-cross", null,
                new Dictionary<string, string> { ["fast"] = "3", ["slow"] = "8", ["risk"] = "0.2", ["leverage"] = "3" }, true));
            var eth = Pair(new PairSettings("eth", "ETHUSDT", Market.Futures, KlineInterval.OneMinute, "signal", null,
                new Dictionary<string, string> { ["risk"] = "0.2", ["leverage"] = "3" }, true));
            var feed = new DemoSignalFeed(eth.Label);
            string[] description =
            [
                $"Demo: the Aster simulator on {server.RestBaseUri} (prices random-walk; seed {seed.ToString(CultureInfo.InvariantCulture)}), paper account #{account.ToString(CultureInfo.InvariantCulture)} with 10000 USDT.",
                $"Market data: asterbot aster call GET /fapi/v1/ticker/price symbol=BTCUSDT --base-url {server.RestBaseUri}",
                $"{btc.Label}: ema-cross fast 3 / slow 8 on 1m (decides from the 8th candle on); {eth.Label}: signal, fed long at the first candle close and flipped every {DemoSignalFeed.FlipEvery} candles.",
                "Configure your own slots and pairs in appsettings.json (see `asterbot run --help` and docs/RUN.md).",
            ];
            return new RunSession([new TradingSlot(SlotName, TimeSpan.FromSeconds(1), [btc, eth]) { Guards = guards }], description, owned)
            {
                Companion = feed.RunAsync,
            };
        }
        catch
        {
            foreach (var item in owned.OfType<IDisposable>()) item.Dispose();
            await server.DisposeAsync();
            throw;
        }
    }
}
