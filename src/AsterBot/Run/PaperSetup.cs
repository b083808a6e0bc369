using System.Globalization;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Configured paper trading: one simulator engine in-process whose prices follow its own seeded random walk (not the
/// live market), one paper account per slot funded with Paper:Balance USDT in both markets. Orders, fills, fees,
/// funding and liquidations are the engine's — the same code paths a backtest uses.
/// </summary>
public static class PaperSetup
{
    public static RunSession Start(RunSettings settings, int seed, ITradingEventSink events)
    {
        var symbols = settings.Slots.SelectMany(s => s.Pairs).Select(p => p.Symbol).Distinct().ToList();
        SimulatorEngine engine;
        try
        {
            engine = new SimulatorEngine(new EngineOptions { Seed = seed, Symbols = symbols, RandomWalk = true }, TimeProvider.System);
        }
        catch (ArgumentException e)
        {
            throw new RunConfigException($"Paper trading cannot list {string.Join(", ", symbols)}: {e.Message.Split(" (Parameter")[0]}");
        }
        var owned = new List<object>();
        var slots = new List<TradingSlot>();
        var description = new List<string> { $"Paper: the simulator engine in-process, prices on its own random walk (seed {seed.ToString(CultureInfo.InvariantCulture)}), not the live market." };
        try
        {
            foreach (var slot in settings.Slots)
            {
                var balance = new Dictionary<string, decimal> { ["USDT"] = settings.PaperBalance };
                var account = engine.CreateAccount(new AccountSpec { WalletAddress = "paper-" + slot.Label, FuturesBalances = balance, SpotBalances = balance }).Value.Id;
                var journal = new InMemoryOrderJournal();
                var guards = new RiskGuards(new RiskLimits());
                var pairs = new List<RuntimePair>();
                foreach (var pair in slot.Pairs)
                {
                    var exchange = new SimulatedExchange(engine, account, pair.Market);
                    owned.Add(exchange);
                    pairs.Add(PairFactory.Create(pair, exchange, journal, guards, events));
                }
                slots.Add(new TradingSlot(slot.Label, TimeSpan.FromSeconds((double)slot.ProcessingDelaySeconds), pairs));
                description.Add($"Slot {slot.Label}: paper account #{account.ToString(CultureInfo.InvariantCulture)} with {settings.PaperBalance} USDT; pairs {string.Join(", ", pairs.Select(p => $"{p.Label} ({p.StrategyName})"))}.");
            }
        }
        catch
        {
            foreach (var item in owned.OfType<IDisposable>()) item.Dispose();
            throw;
        }
        return new RunSession(slots, description, owned);
    }
}
