using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;
using static AsterBot.Simulator.Tests.Engine.EngineFixture;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>Margin, PnL, fees, isolated margin, funding and liquidation against hand-computed values.</summary>
public sealed class FuturesAccountingTests
{
    private readonly EngineFixture _f = new();

    [Fact]
    public void Initial_margin_and_available_balance_follow_leverage()
    {
        var a = _f.NewAccount(1_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m));
        // Fill at the ask 100,000.1: fee = 0.1 × 100,000.1 × 0.0004 = 4.000004 → wallet 995.999996.
        // Mark 100,000: unrealized = 0.1 × (100,000 − 100,000.1) = −0.01; IM = 0.1 × 100,000 / 20 = 500.
        // Available = 995.999996 − 0.01 − 500 = 495.989996.
        var account = _f.Account(a);
        Assert.Equal(995.999996m, account.TotalWalletBalance);
        Assert.Equal(-0.01m, account.TotalUnrealizedProfit);
        Assert.Equal(500m, account.TotalPositionInitialMargin);
        Assert.Equal(495.989996m, account.AvailableBalance);
        // Another 0.1 needs 500 margin + 4 fee > 495.99: rejected.
        Assert.Equal(-2019, _f.Reject(a, Market("BTCUSDT", OrderSide.Buy, 0.1m)).Code);
    }

    [Fact]
    public void The_account_summary_has_the_full_views_totals_and_open_positions()
    {
        var a = _f.NewAccount(100_000m);
        Assert.True(_f.Engine.SetMarginType(a, "ETHUSDT", MarginType.Isolated).IsSuccess);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m));
        _f.Place(a, Market("ETHUSDT", OrderSide.Sell, 1m));
        _f.Price("BTCUSDT", 101_000m);

        var full = _f.Account(a);
        var summary = _f.Engine.GetFuturesAccountSummary(a).Value;
        Assert.Equal((full.TotalWalletBalance, full.TotalMarginBalance, full.AvailableBalance),
            (summary.TotalWalletBalance, summary.TotalMarginBalance, summary.AvailableBalance));
        var open = full.Positions.Where(p => p.PositionAmt != 0)
            .Select(p => new FuturesPositionSummary(p.Symbol, p.PositionSide, p.PositionAmt, p.EntryPrice, p.UnrealizedProfit, p.Leverage));
        Assert.Equal(open.OrderBy(p => p.Symbol), summary.Positions.OrderBy(p => p.Symbol));
        Assert.Equal(2, summary.Positions.Count);
        Assert.NotEqual(0m, summary.Positions.Single(p => p.Symbol == "BTCUSDT").UnrealizedProfit);
    }

    [Fact]
    public void Resting_orders_reserve_margin_for_the_part_that_opens_exposure()
    {
        var a = _f.NewAccount(10_000m);
        _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.2m, 99_000));
        // 0.2 × 99,000 / 20 = 990 reserved.
        Assert.Equal(990m, _f.Account(a).TotalOpenOrderInitialMargin);
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.05m));
        _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 98_000));
        // With a 0.05 short, 0.05 of the 0.1 buy only closes: 0.05 × 98,000 / 20 = 245 more.
        Assert.Equal(1_235m, _f.Account(a).TotalOpenOrderInitialMargin);
        Assert.True(_f.Engine.SetLeverage(a, "BTCUSDT", 10).IsSuccess);
        // A leverage change re-reserves every order against the CURRENT position (0.05 short), each on its own:
        // (0.15 × 99,000 + 0.05 × 98,000) / 10 = 1,975.
        Assert.Equal(1_975m, _f.Account(a).TotalOpenOrderInitialMargin);
        Assert.Equal(2, _f.Engine.CancelAllFuturesOrders(a, "BTCUSDT").Value);
        Assert.Equal(0m, _f.Account(a).TotalOpenOrderInitialMargin);
    }

    [Fact]
    public void Round_trip_realizes_pnl_and_charges_taker_fees_both_ways()
    {
        var a = _f.NewAccount(10_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 1m)); // at 100,000.1, fee 40.00004
        _f.Price("BTCUSDT", 101_000m);
        Assert.Equal(999.9m, _f.Position(a, "BTCUSDT").UnrealizedProfit); // 1 × (101,000 − 100,000.1)
        var close = _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 1m)); // at the bid 100,999.9, fee 40.39996
        Assert.Equal(100_999.9m, close.AvgPrice);
        // Realized 1 × (100,999.9 − 100,000.1) = 999.8; wallet 10,000 − 40.00004 + 999.8 − 40.39996 = 10,919.4.
        Assert.Equal(10_919.4m, _f.Account(a).TotalWalletBalance);
        var income = _f.Engine.GetIncome(a).Value;
        Assert.Equal([("COMMISSION", -40.00004m), ("REALIZED_PNL", 999.8m), ("COMMISSION", -40.39996m)],
            income.Select(i => (i.IncomeType, i.Income)));
        var trades = _f.Engine.GetFuturesTrades(a, "BTCUSDT").Value;
        Assert.Equal([0m, 999.8m], trades.Select(t => t.RealizedPnl));
        Assert.All(trades, t => Assert.False(t.Maker));
    }

    [Fact]
    public void Maker_fill_when_the_market_crosses_a_resting_limit_pays_the_maker_rate()
    {
        var a = _f.NewAccount(10_000m);
        var order = _f.Place(a, Limit("BTCUSDT", OrderSide.Buy, 0.1m, 99_000));
        _f.Price("BTCUSDT", 99_000.1m); // ask 99,000.2: not crossed yet
        Assert.Equal(OrderStatus.New, _f.Engine.GetFuturesOrder(a, "BTCUSDT", OrderRef.ById(order.OrderId)).Value.Status);
        _f.Price("BTCUSDT", 98_900m); // ask 98,900.1 ≤ 99,000: filled at the order's own price
        var trade = Assert.Single(_f.Engine.GetFuturesTrades(a, "BTCUSDT").Value);
        Assert.Equal((99_000m, 0.1m, true), (trade.Price, trade.Qty, trade.Maker));
        Assert.Equal(1.98m, trade.Commission); // 0.1 × 99,000 × 0.0002
        Assert.Equal(10_000m - 1.98m, _f.Account(a).TotalWalletBalance);
    }

    [Fact]
    public void Entry_price_averages_on_increase_and_stays_on_reduce_and_flips_to_the_fill_price()
    {
        var a = _f.NewAccount(100_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m)); // 100,000.1
        _f.Price("BTCUSDT", 102_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.3m)); // 102,000.1
        // (0.1 × 100,000.1 + 0.3 × 102,000.1) / 0.4 = 101,500.1
        Assert.Equal(101_500.1m, _f.Position(a, "BTCUSDT").EntryPrice);
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.1m)); // at 101,999.9: realized 0.1 × 499.8 = 49.98
        Assert.Equal((0.3m, 101_500.1m), (_f.Position(a, "BTCUSDT").PositionAmt, _f.Position(a, "BTCUSDT").EntryPrice));
        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.5m)); // closes 0.3, opens a 0.2 short at 101,999.9
        var position = _f.Position(a, "BTCUSDT");
        Assert.Equal((-0.2m, 101_999.9m), (position.PositionAmt, position.EntryPrice));
        var realized = _f.Engine.GetFuturesTrades(a, "BTCUSDT").Value.Sum(t => t.RealizedPnl);
        Assert.Equal(49.98m + 0.3m * (101_999.9m - 101_500.1m), realized);
    }

    [Fact]
    public void Market_order_walks_the_book_and_pays_more_for_size()
    {
        // The fixture's levels hold 10 BTC each, one tick apart: 25 BTC = 10 @ .1 + 10 @ .2 + 5 @ .3.
        var a = _f.NewAccount(1_000_000m);
        var order = _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 25m));
        Assert.Equal((1_000_001m + 1_000_002m + 500_001.5m) / 25m, order.AvgPrice);
        Assert.Equal(3, _f.Engine.GetFuturesTrades(a, "BTCUSDT").Value.Count);
    }

    [Fact]
    public void Isolated_position_moves_its_margin_into_its_own_wallet()
    {
        var a = _f.NewAccount(10_000m);
        Assert.True(_f.Engine.SetMarginType(a, "BTCUSDT", MarginType.Isolated).IsSuccess);
        Assert.True(_f.Engine.SetLeverage(a, "BTCUSDT", 10).IsSuccess);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m));
        // Isolated wallet = 0.1 × 100,000.1 / 10 = 1,000.001; cross = 10,000 − 1,000.001 − 4.000004 = 8,995.998996.
        var position = _f.Position(a, "BTCUSDT");
        Assert.Equal(1_000.001m, position.IsolatedWallet);
        Assert.Equal(MarginType.Isolated, position.MarginType);
        var account = _f.Account(a);
        Assert.Equal(8_995.998996m, account.TotalCrossWalletBalance);
        Assert.Equal(8_995.998996m + 1_000.001m, account.TotalWalletBalance);
        // Liquidation price: (Q·E − W − cum) / (Q − |Q|·mmr) = (10,000.01 − 1,000.001) / (0.1 × 0.996).
        Assert.Equal(Math.Round(9_000.009m / 0.0996m, 10), Math.Round(position.LiquidationPrice, 10));

        Assert.True(_f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, 100m, add: true).IsSuccess);
        Assert.Equal(1_100.001m, _f.Position(a, "BTCUSDT").IsolatedWallet);
        Assert.Equal(-4051, _f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, 200m, add: false).Error!.Value.Code);
        Assert.True(_f.Engine.ModifyIsolatedMargin(a, "BTCUSDT", null, 50m, add: false).IsSuccess);

        _f.Place(a, Market("BTCUSDT", OrderSide.Sell, 0.1m)); // closed at 99,999.9: realized −0.02, fee 3.99999600
        Assert.Equal(0m, _f.Position(a, "BTCUSDT").IsolatedWallet);
        Assert.Equal(10_000m - 4.000004m - 0.02m - 3.999996m, _f.Account(a).TotalWalletBalance);
    }

    [Fact]
    public void Isolated_position_is_liquidated_below_its_maintenance_margin_and_loses_its_margin()
    {
        var a = _f.NewAccount(10_000m);
        Assert.True(_f.Engine.SetMarginType(a, "BTCUSDT", MarginType.Isolated).IsSuccess);
        Assert.True(_f.Engine.SetLeverage(a, "BTCUSDT", 10).IsSuccess);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m));
        _f.Place(a, Limit("BTCUSDT", OrderSide.Sell, 0.1m, 101_000) with { ReduceOnly = true });

        // At 90,400: isolated 1,000.001 + 0.1 × (90,400 − 100,000.1) = 39.991 ≥ MM 9,040 × 0.004 = 36.16.
        _f.Price("BTCUSDT", 90_400m);
        Assert.Equal(0.1m, _f.Position(a, "BTCUSDT").PositionAmt);
        // At 90,300: 29.991 < 36.12 → liquidated at the mark. Realized −970.01 leaves 29.991 to return; the
        // close costs 9,030 × 0.0004 = 3.612 and the liquidation fee takes the remaining 26.379 (< 2.5% of 9,030).
        _f.Price("BTCUSDT", 90_300m);
        Assert.Equal(0m, _f.Position(a, "BTCUSDT").PositionAmt);
        Assert.Equal(8_995.998996m, _f.Account(a).TotalWalletBalance);
        Assert.Empty(_f.Engine.GetOpenFuturesOrders(a).Value);
        var liquidation = _f.Engine.GetAllFuturesOrders(a, "BTCUSDT").Value.Single(o => o.Type == OrderType.Liquidation);
        Assert.StartsWith("autoclose-", liquidation.ClientOrderId);
        Assert.Equal((OrderStatus.Filled, 90_300m), (liquidation.Status, liquidation.AvgPrice));
        var clear = _f.Engine.GetIncome(a, incomeType: "INSURANCE_CLEAR").Value;
        Assert.Equal(-26.379m, Assert.Single(clear).Income);
        Assert.Equal(26.379m, _f.Engine.Snapshot().InsuranceFundBalance);
    }

    [Fact]
    public void Cross_account_is_liquidated_when_margin_balance_drops_below_maintenance()
    {
        var a = _f.NewAccount(1_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m)); // wallet 995.999996 after fee
        // At 90,400: 995.999996 + 0.1 × (90,400 − 100,000.1) = 35.989996 < MM 36.16.
        _f.Price("BTCUSDT", 90_400m);
        Assert.Equal(0m, _f.Position(a, "BTCUSDT").PositionAmt);
        // Close fee 3.616 leaves 32.373996, all taken as liquidation fee: the wallet ends at exactly 0.
        Assert.Equal(0m, _f.Account(a).TotalWalletBalance);
        Assert.Equal(-32.373996m, _f.Engine.GetIncome(a, incomeType: "INSURANCE_CLEAR").Value.Single().Income);
    }

    [Fact]
    public void Insurance_fund_covers_a_bankrupt_account_so_its_wallet_ends_at_zero()
    {
        var a = _f.NewAccount(1_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m));
        // A gap to 80,000: 995.999996 − 2,000.01 − close fee 3.2 = −1,007.210004, paid by the fund.
        _f.Price("BTCUSDT", 80_000m);
        Assert.Equal(0m, _f.Account(a).TotalWalletBalance);
        Assert.Equal(1_007.210004m, _f.Engine.GetIncome(a, incomeType: "INSURANCE_CLEAR").Value.Single().Income);
        Assert.Equal(-1_007.210004m, _f.Engine.Snapshot().InsuranceFundBalance);
    }

    [Fact]
    public void Funding_is_settled_at_eight_hour_marks_longs_paying_shorts()
    {
        var longs = _f.NewAccount(10_000m);
        var shorts = _f.NewAccount(10_000m);
        _f.Place(longs, Market("BTCUSDT", OrderSide.Buy, 0.1m));
        _f.Place(shorts, Market("BTCUSDT", OrderSide.Sell, 0.1m));
        Assert.True(_f.Engine.SetFundingRate("BTCUSDT", 0.0005m).IsSuccess);
        var walletLong = _f.Account(longs).TotalWalletBalance;
        var walletShort = _f.Account(shorts).TotalWalletBalance;

        _f.Clock.Advance(TimeSpan.FromHours(6.99)); // 07:59: the clock started at 01:00, first funding at 08:00
        Assert.Empty(_f.Engine.GetIncome(longs, incomeType: "FUNDING_FEE").Value);
        _f.Clock.Advance(TimeSpan.FromHours(0.02));
        // 0.1 × mark 100,000 × 0.0005 = 5.
        var paid = Assert.Single(_f.Engine.GetIncome(longs, incomeType: "FUNDING_FEE").Value);
        Assert.Equal(-5m, paid.Income);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), paid.Time);
        Assert.Equal(5m, _f.Engine.GetIncome(shorts, incomeType: "FUNDING_FEE").Value.Single().Income);
        Assert.Equal(walletLong - 5m, _f.Account(longs).TotalWalletBalance);
        Assert.Equal(walletShort + 5m, _f.Account(shorts).TotalWalletBalance);

        _f.Clock.Advance(TimeSpan.FromHours(16)); // 16:00 and 00:00 both pass
        Assert.Equal(3, _f.Engine.GetIncome(longs, incomeType: "FUNDING_FEE").Value.Count);
        var history = _f.Engine.GetFundingHistory("BTCUSDT").Value;
        Assert.Equal([0.0005m, 0.0005m, 0.0005m], history.Select(h => h.FundingRate));
    }

    [Fact]
    public void Funding_rate_follows_the_premium_of_mark_over_index()
    {
        var options = EngineFixture.DefaultOptions with { MarkPriceSmoothing = 0.5m };
        var f = new EngineFixture(options);
        Assert.Equal(0.0001m, f.Engine.GetMarkPrice("BTCUSDT").Value.LastFundingRate); // interest only
        f.Price("BTCUSDT", 100_200m); // mark moves halfway: 100,100; index 100,200
        var mark = f.Engine.GetMarkPrice("BTCUSDT").Value;
        Assert.Equal((100_100m, 100_200m), (mark.MarkPrice, mark.IndexPrice));
        f.Clock.Advance(TimeSpan.FromHours(7)); // settle at 08:00, then compute the next rate
        // premium = (100,100 − 100,200) / 100,200 = −0.000998…; rate = premium + clamp(0.0001 − premium, ±0.0005)
        //         = −0.000998004 + 0.0005 = −0.00049800 (8 decimals)
        Assert.Equal(-0.00049800m, f.Engine.GetMarkPrice("BTCUSDT").Value.LastFundingRate);
    }

    [Fact]
    public void Transfers_move_balances_between_spot_and_futures_once_per_client_id()
    {
        var a = _f.NewAccount(1_000m, new Dictionary<string, decimal> { ["USDT"] = 50m });
        Assert.Equal("SUCCESS", _f.Engine.Transfer(a, "USDT", 300m, TransferDirection.FutureSpot, "t-1").Value.Status);
        Assert.Equal(700m, _f.Account(a).TotalWalletBalance);
        Assert.Equal(350m, _f.Engine.GetSpotAccount(a).Value.Balances.Single(b => b.Asset == "USDT").Free);
        Assert.Equal(-4115, _f.Engine.Transfer(a, "USDT", 1m, TransferDirection.FutureSpot, "t-1").Error!.Value.Code);
        Assert.Equal(-2018, _f.Engine.Transfer(a, "USDT", 351m, TransferDirection.SpotFuture, "t-2").Error!.Value.Code);
        Assert.Equal(-4055, _f.Engine.Transfer(a, "USDT", 0m, TransferDirection.SpotFuture, "t-3").Error!.Value.Code);
        Assert.Equal(-4114, _f.Engine.Transfer(a, "USDT", 1m, TransferDirection.SpotFuture, new string('x', 64)).Error!.Value.Code);
        Assert.True(_f.Engine.Transfer(a, "USDT", 350m, TransferDirection.SpotFuture, "t-4").IsSuccess);
        Assert.Equal(1_050m, _f.Account(a).TotalWalletBalance);
        Assert.Equal([-300m, 350m], _f.Engine.GetIncome(a, incomeType: "TRANSFER").Value.Select(i => i.Income));
        Assert.Equal(["TRANSFER_FUTURE_TO_SPOT", "TRANSFER_SPOT_TO_FUTURE"], _f.Engine.GetSpotTransactions(a).Value.Select(t => t.Type));
    }

    [Fact]
    public void Transfers_cannot_take_margin_that_backs_positions()
    {
        var a = _f.NewAccount(1_000m);
        _f.Place(a, Market("BTCUSDT", OrderSide.Buy, 0.1m)); // 500 IM, available 495.989996
        Assert.Equal(-2018, _f.Engine.Transfer(a, "USDT", 496m, TransferDirection.FutureSpot, "t").Error!.Value.Code);
        Assert.True(_f.Engine.Transfer(a, "USDT", 495m, TransferDirection.FutureSpot, "u").IsSuccess);
    }
}
