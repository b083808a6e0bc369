using System.Globalization;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Configured paper trading: one simulator engine in-process whose prices follow either its own seeded random walk
/// (the default), with Paper:Prices = live a real market's ticker prices through a <see cref="LivePriceFollower"/>, or
/// with Paper:Prices = replay recorded candle files played by a <see cref="CandleReplayer"/> on a <see cref="ReplayClock"/>
/// (the whole run then lives in replayed time and ends with the data); one paper account per slot funded with
/// Paper:Balance USDT in both markets. Orders, fills, fees, funding and liquidations are the engine's — the same code
/// paths a backtest uses.
/// </summary>
public static class PaperSetup
{
    public static RunSession Start(RunSettings settings, int seed, ITradingEventSink events)
    {
        var symbols = settings.Slots.SelectMany(s => s.Pairs).Select(p => p.Symbol).Distinct().ToList();
        var live = settings.LivePrices;
        var replay = settings.Replay;
        var plan = replay is null ? null : ReplayLoader.Load(replay, settings.Slots.SelectMany(s => s.Pairs));
        var clock = plan is null ? null : new ReplayClock(DateTimeOffset.FromUnixTimeMilliseconds(plan.Start), replay!.Speed);
        TimeProvider time = clock ?? TimeProvider.System;
        SimulatorEngine engine;
        try
        {
            engine = new SimulatorEngine(new EngineOptions
            {
                Seed = seed, Symbols = symbols, RandomWalk = live is null && plan is null,
                // A replay trades like a backtest: fills at the recorded prices (no slippage), starting at the first open.
                InitialPrices = plan?.OpeningPrices() ?? new Dictionary<string, decimal>(),
                Liquidity = plan is null ? new LiquidityOptions() : LiquidityOptions.Backtest(),
            }, time);
        }
        catch (ArgumentException e)
        {
            throw new RunConfigException($"Paper trading cannot list {string.Join(", ", symbols)}: {e.Message.Split(" (Parameter")[0]}");
        }
        var owned = new List<object>();
        var slots = new List<TradingSlot>();
        LivePriceFollower? follower = null;
        var replayer = plan is null ? null : new CandleReplayer(engine, time, plan, events);
        var description = new List<string>();
        if (replay is not null && plan is not null)
        {
            description.Add(ReplayLoader.Describe(replay, plan));
        }
        else if (live is null)
        {
            description.Add($"Paper: the simulator engine in-process, prices on its own random walk (seed {seed.ToString(CultureInfo.InvariantCulture)}), not the live market.");
        }
        else
        {
            var client = new AsterClient(new AsterClientOptions { Environment = live.Source });
            owned.Add(client);
            var followed = settings.Slots.SelectMany(s => s.Pairs).Select(p => (p.Market, p.Symbol)).Distinct().ToList();
            follower = new LivePriceFollower(engine, client, followed, TimeProvider.System, live.PollInterval, events);
            description.Add($"Paper: the simulator engine in-process, prices following {live.Source.Name} (ticker prices every {live.PollInterval.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s); " +
                "strategies decide on its own candles (warm-up from its history), and orders are refused when prices stop coming.");
        }
        try
        {
            foreach (var slot in settings.Slots)
            {
                var balance = new Dictionary<string, decimal> { ["USDT"] = settings.PaperBalance };
                var account = engine.CreateAccount(new AccountSpec { WalletAddress = "paper-" + slot.Label, FuturesBalances = balance, SpotBalances = balance }).Value.Id;
                var journal = new InMemoryOrderJournal();
                var guards = new RiskGuards(slot.Risk);
                var pairs = new List<RuntimePair>();
                foreach (var pair in slot.Pairs)
                {
                    var exchange = new SimulatedExchange(engine, account, pair.Market);
                    owned.Add(exchange);
                    IExchange priced = follower is not null ? new FollowedPriceExchange(exchange, follower)
                        : replayer is not null ? new ReplayedCandleExchange(exchange, replayer)
                        : exchange;
                    pairs.Add(PairFactory.Create(pair, priced, journal, guards, events));
                }
                slots.Add(new TradingSlot(slot.Label, TimeSpan.FromSeconds((double)slot.ProcessingDelaySeconds), pairs) { Guards = guards });
                description.Add($"Slot {slot.Label}: paper account #{account.ToString(CultureInfo.InvariantCulture)} with {settings.PaperBalance} USDT; pairs {string.Join(", ", pairs.Select(p => $"{p.Label} ({p.StrategyName})"))}.");
            }
        }
        catch
        {
            foreach (var item in owned.OfType<IDisposable>()) item.Dispose();
            throw;
        }
        return new RunSession(slots, description, owned)
        {
            Time = time,
            Companion = follower is not null ? (_, stop) => follower.RunAsync(stop)
                : replayer is not null ? async (host, stop) =>
                {
                    // Replayed time runs once every pair has started: at high speeds the start-up alone would
                    // otherwise skip the first candles.
                    await AllPairsStartedAsync(host, slots.Sum(s => s.Pairs.Count), stop);
                    clock!.Start();
                    await replayer.RunAsync(stop);
                }
                : null,
        };
    }

    /// <summary>Completes once <paramref name="pairs"/> pairs have reported their start (successful or not), or on <paramref name="stop"/>.</summary>
    private static async Task AllPairsStartedAsync(TradingHost host, int pairs, CancellationToken stop)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (host.Statuses.Count >= pairs) started.TrySetResult();
        }
        void OnProcessed(PairStatus _) => Check();
        host.PairProcessed += OnProcessed;
        try
        {
            Check(); // the pairs may have started before this subscribed
            await started.Task.WaitAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // stopped before the replay began; the replayer returns at once
        }
        finally
        {
            host.PairProcessed -= OnProcessed;
        }
    }
}
