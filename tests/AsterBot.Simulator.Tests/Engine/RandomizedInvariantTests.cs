using AsterBot.Aster.Models;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// Thousands of random orders and price moves keep the books straight: nothing negative without liquidation,
/// every user-to-user fill has its counterpart, fees and every wallet reconcile with the ledgers, positions equal
/// the sum of fills, and the same seed replays the same session exactly.
/// </summary>
public sealed class RandomizedInvariantTests
{
    private const int Steps = 4_000;

    [Theory]
    [InlineData(11)]
    [InlineData(2026)]
    public void Random_session_keeps_every_invariant(int seed)
    {
        var s = new RandomScenario(seed);
        for (var i = 0; i < Steps; i++)
        {
            s.Step();
            AssertNothingNegative(s, i);
        }
        Assert.True(s.Accepted > Steps / 3, $"only {s.Accepted} of {Steps} calls were accepted: the scenario is not exercising the engine");
        AssertFillsHaveCounterparts(s);
        AssertLedgersReconcile(s);
        AssertPositionsEqualFills(s);
        var trades = s.Accounts.Sum(a => RandomScenario.Symbols.Sum(sym => s.Engine.GetFuturesTrades(a, sym, limit: 0).Value.Count));
        Assert.True(trades > 500, $"only {trades} futures fills");
    }

    [Fact]
    public void Same_seed_gives_the_same_session()
    {
        var first = new RandomScenario(7);
        var second = new RandomScenario(7);
        var third = new RandomScenario(8);
        for (var i = 0; i < 1_500; i++)
        {
            first.Step();
            second.Step();
            third.Step();
        }
        Assert.Equal(first.Fingerprint(), second.Fingerprint());
        Assert.NotEqual(first.Fingerprint(), third.Fingerprint());
    }

    private static void AssertNothingNegative(RandomScenario s, int step)
    {
        foreach (var a in s.Accounts)
        {
            var futures = s.Engine.GetFuturesAccount(a).Value;
            // Liquidation runs on every price change, so margin balance never stays below zero.
            Assert.True(futures.TotalMarginBalance >= 0,
                $"step {step}: account {a} margin balance {futures.TotalMarginBalance}\n{futures}\n{string.Join("\n", futures.Positions.Where(p => p.PositionAmt != 0))}\n{string.Join("\n", s.LastEvents)}");
            foreach (var b in s.Engine.GetSpotAccount(a).Value.Balances)
                Assert.True(b.Free >= 0 && b.Locked >= 0, $"step {step}: account {a} spot {b}");
        }
    }

    private static void AssertFillsHaveCounterparts(RandomScenario s)
    {
        var futures = s.Accounts.SelectMany(a => RandomScenario.Symbols.SelectMany(sym => s.Engine.GetFuturesTrades(a, sym, limit: 0).Value.Select(t => (Account: a, Trade: t)))).ToList();
        var byTrade = futures.ToLookup(x => (x.Account, x.Trade.Symbol, x.Trade.Id));
        foreach (var (account, t) in futures)
        {
            if (t.CounterpartyAccountId <= 0) continue; // 0 = synthetic market, −1 = insurance fund (liquidations)
            var other = byTrade[(t.CounterpartyAccountId, t.Symbol, t.Id)].ToList();
            // A self-trade books both legs in one account.
            var counterpart = Assert.Single(other, x => x.Trade.Side != t.Side);
            Assert.Equal((t.Price, t.Qty, !t.Maker), (counterpart.Trade.Price, counterpart.Trade.Qty, counterpart.Trade.Maker));
        }
        foreach (var (_, t) in futures.Where(x => x.Trade.CounterpartyAccountId == -1))
            Assert.Equal(OrderType.Liquidation, s.Engine.GetFuturesOrder(futures.First(x => x.Trade == t).Account, t.Symbol, Simulator.Engine.Requests.OrderRef.ById(t.OrderId)).Value.Type);

        var spot = s.Accounts.SelectMany(a => s.Engine.GetSpotTrades(a, limit: 0).Value.Select(t => (Account: a, Trade: t))).ToList();
        foreach (var (_, t) in spot.Where(x => x.Trade.CounterpartyAccountId > 0))
            Assert.Single(spot, x => x.Account == t.CounterpartyAccountId && x.Trade.Symbol == t.Symbol && x.Trade.Id == t.Id && x.Trade.Side != t.Side);
    }

    private static void AssertLedgersReconcile(RandomScenario s)
    {
        var insurance = 0m;
        foreach (var a in s.Accounts)
        {
            var income = s.Engine.GetIncome(a, limit: 0).Value;
            var trades = RandomScenario.Symbols.SelectMany(sym => s.Engine.GetFuturesTrades(a, sym, limit: 0).Value).ToList();
            // Fees add up: every commission charged appears once in the income history.
            Assert.Equal(trades.Sum(t => t.Commission), -income.Where(i => i.IncomeType == "COMMISSION").Sum(i => i.Income));
            Assert.Equal(trades.Sum(t => t.RealizedPnl), income.Where(i => i.IncomeType == "REALIZED_PNL").Sum(i => i.Income));
            // The wallet is exactly the start plus every income row (pnl, fees, funding, transfers, insurance).
            Assert.Equal(s.InitialUsdt[a] + income.Sum(i => i.Income), s.Engine.GetFuturesAccount(a).Value.TotalWalletBalance);
            insurance += income.Where(i => i.IncomeType == "INSURANCE_CLEAR").Sum(i => i.Income);

            var spot = s.Engine.GetSpotAccount(a).Value.Balances.ToDictionary(b => b.Asset, b => b.Free + b.Locked);
            var ledger = s.Engine.GetSpotTransactions(a, limit: 0).Value;
            var spotTrades = s.Engine.GetSpotTrades(a, limit: 0).Value;
            foreach (var asset in spot.Keys.Union(s.InitialSpot[a].Keys))
                Assert.Equal(s.InitialSpot[a].GetValueOrDefault(asset) + ledger.Where(t => t.Asset == asset).Sum(t => t.BalanceDelta), spot.GetValueOrDefault(asset));
            // Spot fees: per asset, the ledger credits exactly what trades delivered minus their commission,
            // and debits exactly what they paid.
            foreach (var asset in spot.Keys)
            {
                var delivered = spotTrades.Where(t => t.CommissionAsset == asset).Sum(t => (t.Buyer ? t.Qty : t.QuoteQty) - t.Commission);
                var paid = spotTrades.Where(t => (t.Buyer ? "USDT" : t.Symbol[..^4]) == asset).Sum(t => t.Buyer ? t.QuoteQty : t.Qty);
                Assert.Equal(delivered, ledger.Where(l => l.Asset == asset && l.Type == "TRADE_TARGET").Sum(l => l.BalanceDelta));
                Assert.Equal(-paid, ledger.Where(l => l.Asset == asset && l.Type == "TRADE_SOURCE").Sum(l => l.BalanceDelta));
            }
        }
        Assert.Equal(-insurance, s.Engine.Snapshot().InsuranceFundBalance);
    }

    private static void AssertPositionsEqualFills(RandomScenario s)
    {
        foreach (var a in s.Accounts)
            foreach (var symbol in RandomScenario.Symbols)
            {
                var trades = s.Engine.GetFuturesTrades(a, symbol, limit: 0).Value;
                foreach (var position in s.Engine.GetPositions(a, symbol).Value)
                {
                    var sum = trades.Where(t => t.PositionSide == position.PositionSide).Sum(t => t.Side == OrderSide.Buy ? t.Qty : -t.Qty);
                    Assert.Equal(sum, position.PositionAmt);
                }
            }
        Assert.True(s.Engine.GetLastPrice(AsterMarket.Futures, "BTCUSDT").Value > 0);
    }
}
