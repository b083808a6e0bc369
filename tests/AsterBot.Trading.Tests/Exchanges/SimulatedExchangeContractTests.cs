using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Testing;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>The exchange contract run against the paper/backtest implementation: the engine in-process, manual clock.</summary>
public sealed class SimulatedExchangeContractTests() : ExchangeContractTests(new SimulatedExchangeHarnessFactory())
{
    private sealed class SimulatedExchangeHarnessFactory : IExchangeHarnessFactory
    {
        public Task<IExchangeHarness> StartAsync(Market market)
        {
            var clock = new ManualTimeProvider();
            var engine = new SimulatorEngine(new EngineOptions { Symbols = ["BTCUSDT", "ETHUSDT"] }, clock);
            var account = engine.CreateAccount(new AccountSpec
            {
                WalletAddress = "paper",
                FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
                SpotBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            }).Value.Id;
            return Task.FromResult<IExchangeHarness>(new Harness(new SimulatedExchange(engine, account, market), engine, clock, market));
        }
    }

    private sealed class Harness(SimulatedExchange exchange, SimulatorEngine engine, ManualTimeProvider clock, Market market) : IExchangeHarness
    {
        public IExchange Exchange => exchange;

        public void SetPrice(string symbol, decimal price) => Assert.True(engine.SetPrice(market, symbol, price).IsSuccess);

        public void AdvanceTime(TimeSpan by) => clock.Advance(by);

        public ValueTask DisposeAsync()
        {
            exchange.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
