using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Testing;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// <see cref="EngineOptions.KeepHistory"/> = false (backtests): the same trading outcome as a full engine, but closed
/// orders, user trades and per-fill income rows are not kept; open orders stay fully usable.
/// </summary>
public sealed class EngineHistoryTests
{
    private const string Symbol = "BTCUSDT";

    [Fact]
    public void Without_history_the_account_ends_exactly_as_with_history()
    {
        var full = new Trader(keepHistory: true);
        var lean = new Trader(keepHistory: false);
        foreach (var trader in new[] { full, lean }) trader.FlipRepeatedly(times: 20);

        var fullAccount = full.Engine.GetFuturesAccount(full.Account).Value;
        var leanAccount = lean.Engine.GetFuturesAccount(lean.Account).Value;
        Assert.Equal(fullAccount.TotalWalletBalance, leanAccount.TotalWalletBalance);
        Assert.Equal(fullAccount.TotalMarginBalance, leanAccount.TotalMarginBalance);
        Assert.Equal(full.Position(), lean.Position());
        Assert.NotEqual(0m, lean.Position());
        Assert.NotEqual(1_000_000m, fullAccount.TotalWalletBalance); // fees and PnL were booked
    }

    [Fact]
    public void Without_history_closed_orders_trades_and_per_fill_income_are_not_kept()
    {
        var lean = new Trader(keepHistory: false);
        lean.FlipRepeatedly(times: 5);

        Assert.Empty(lean.Engine.GetFuturesTrades(lean.Account, Symbol).Value);
        Assert.Empty(lean.Engine.GetAllFuturesOrders(lean.Account, Symbol).Value);
        Assert.DoesNotContain(lean.Engine.GetIncome(lean.Account, limit: 1000).Value, i => i.IncomeType is "REALIZED_PNL" or "COMMISSION");
        var closed = lean.Engine.GetFuturesOrder(lean.Account, Symbol, OrderRef.ByClientId("flip-1"));
        Assert.Equal(-2013, closed.Error!.Value.Code);

        var full = new Trader(keepHistory: true);
        full.FlipRepeatedly(times: 5);
        Assert.Equal(5, full.Engine.GetFuturesTrades(full.Account, Symbol).Value.Count);
        Assert.Contains(full.Engine.GetIncome(full.Account, limit: 1000).Value, i => i.IncomeType == "REALIZED_PNL");
        Assert.True(full.Engine.GetFuturesOrder(full.Account, Symbol, OrderRef.ByClientId("flip-1")).IsSuccess);
    }

    [Fact]
    public void Without_history_a_resting_order_can_still_be_found_and_cancelled_then_is_forgotten()
    {
        var lean = new Trader(keepHistory: false);
        var placed = lean.Engine.PlaceFuturesOrder(lean.Account, new FuturesOrderRequest
        {
            Symbol = Symbol, Side = OrderSide.Buy, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc,
            Quantity = 0.01m, Price = 90_000m, NewClientOrderId = "rest-1",
        });
        Assert.True(placed.IsSuccess, placed.Error?.Message);

        Assert.Equal(OrderStatus.New, lean.Engine.GetFuturesOrder(lean.Account, Symbol, OrderRef.ByClientId("rest-1")).Value.Status);
        Assert.Equal(OrderStatus.New, lean.Engine.GetFuturesOrder(lean.Account, Symbol, OrderRef.ById(placed.Value.OrderId)).Value.Status);
        Assert.Single(lean.Engine.GetOpenFuturesOrders(lean.Account, Symbol).Value);
        Assert.Equal(OrderStatus.Canceled, lean.Engine.CancelFuturesOrder(lean.Account, Symbol, OrderRef.ByClientId("rest-1")).Value.Status);

        Assert.Empty(lean.Engine.GetOpenFuturesOrders(lean.Account, Symbol).Value);
        Assert.Equal(-2013, lean.Engine.GetFuturesOrder(lean.Account, Symbol, OrderRef.ById(placed.Value.OrderId)).Error!.Value.Code);
    }

    /// <summary>One futures account on an engine with backtest liquidity, flipping long and short with market orders.</summary>
    private sealed class Trader
    {
        private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        public Trader(bool keepHistory)
        {
            Engine = new SimulatorEngine(new EngineOptions
            {
                Symbols = [Symbol],
                InitialPrices = new Dictionary<string, decimal> { [Symbol] = 100_000m },
                Liquidity = LiquidityOptions.Backtest(),
                KeepHistory = keepHistory,
            }, _clock);
            Account = Engine.CreateAccount(new AccountSpec { FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 1_000_000m } }).Value.Id;
        }

        public SimulatorEngine Engine { get; }

        public long Account { get; }

        public decimal Position() => Engine.GetPositions(Account, Symbol).Value.Sum(p => p.PositionAmt);

        /// <summary>Alternates buying and selling twice the position at moving prices: every fill opens or flips.</summary>
        public void FlipRepeatedly(int times)
        {
            for (var i = 1; i <= times; i++)
            {
                _clock.Advance(TimeSpan.FromMinutes(1));
                Assert.True(Engine.SetPrice(Market.Futures, Symbol, 100_000m + i * 137m * (i % 2 == 0 ? 1 : -1)).IsSuccess);
                var quantity = i == 1 ? 0.5m : 1m;
                var side = i % 2 == 1 ? OrderSide.Buy : OrderSide.Sell;
                var placed = Engine.PlaceFuturesOrder(Account, new FuturesOrderRequest
                {
                    Symbol = Symbol, Side = side, Type = OrderType.Market, Quantity = quantity, NewClientOrderId = $"flip-{i}",
                });
                Assert.True(placed.IsSuccess, placed.Error?.Message);
                Assert.Equal(OrderStatus.Filled, placed.Value.Status);
            }
        }
    }
}
