using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>
/// Liquidation and funding. An account (cross) or isolated position whose margin balance falls below its
/// maintenance margin is liquidated: its orders are cancelled and the positions closed at the mark price against
/// the insurance fund with client id "autoclose-…"; a liquidation fee (symbol's liquidationFee × notional, never
/// more than the margin left) goes to the fund, which also pays any deficit so wallets never stay negative.
/// </summary>
internal sealed class FuturesRisk(EngineState state, FuturesLedger ledger, FuturesTrading trading)
{
    /// <summary>Account ids reserved for the two non-user counterparties in trade records.</summary>
    public const long MarketCounterparty = 0, InsuranceFundCounterparty = -1;

    public void CheckLiquidations()
    {
        var accounts = state.AccountList;
        for (var i = 0; i < accounts.Count; i++)
        {
            var fa = accounts[i].Futures;
            if (fa.ActivePositions.Count == 0 || SafeMarks.Hold(fa)) continue;
            if (AnyIsolatedUnderwater(fa))
                foreach (var p in fa.ActivePositions.ToArray()) // liquidating changes the list
                    if (IsUnderwater(p)) Liquidate(fa, isolated: p);
            // Cross last: closing isolated positions pays their fees from the cross wallet.
            var crossMaintenance = fa.CrossMaintenanceMargin;
            var crossBalance = fa.CrossWallet + fa.CrossUnrealizedPnl;
            if (crossMaintenance > 0 && crossBalance < crossMaintenance)
            {
                Liquidate(fa, isolated: null);
                fa.MarginCalled = false;
                continue;
            }
            WarnOnce(fa, atRisk: crossMaintenance > 0 && crossMaintenance >= crossBalance * MarginCallRatio);
            SafeMarks.Compute(fa, crossBalance, crossMaintenance);
        }
    }

    /// <summary>
    /// True when marks of <paramref name="market"/> anywhere in [low, high] would leave every account as it is:
    /// each account with positions has known safe bands, holding the range on this market and the current mark
    /// elsewhere.
    /// </summary>
    public bool NoneReactsWithin(MarketState market, decimal low, decimal high)
    {
        var accounts = state.AccountList;
        for (var i = 0; i < accounts.Count; i++)
        {
            var fa = accounts[i].Futures;
            if (fa.ActivePositions.Count > 0 && !SafeMarks.HoldWithin(fa, market, low, high)) return false;
        }
        return true;
    }

    /// <summary>True when an account holds positions whose safe mark bands are not known (a full check would compute them).</summary>
    public bool AnyBandsUnknown()
    {
        var accounts = state.AccountList;
        for (var i = 0; i < accounts.Count; i++)
        {
            var fa = accounts[i].Futures;
            if (fa.ActivePositions.Count > 0 && !fa.SafeMarksKnown) return true;
        }
        return false;
    }

    private static bool AnyIsolatedUnderwater(FuturesAccount fa)
    {
        foreach (var p in fa.ActivePositions)
            if (IsUnderwater(p)) return true;
        return false;
    }

    private static bool IsUnderwater(Position p) =>
        p.IsIsolated && p.Amount != 0 && p.IsolatedWallet + p.UnrealizedPnl < p.MaintenanceMargin;

    /// <summary>MARGIN_CALL once when cross maintenance margin reaches this share of the margin balance.</summary>
    public const decimal MarginCallRatio = 0.8m;

    private void WarnOnce(FuturesAccount fa, bool atRisk)
    {
        if (atRisk && !fa.MarginCalled && state.Publishing)
        {
            var positions = fa.ActivePositions.FindAll(p => !p.IsIsolated && p.Amount != 0).ConvertAll(p => FuturesViews.Position(fa, p));
            state.Events.Publish(new MarginCallEvent(state.Now, fa.Id, fa.CrossWallet, positions));
        }
        fa.MarginCalled = atRisk;
    }

    private void Liquidate(FuturesAccount fa, Position? isolated)
    {
        trading.CancelAll(fa, isolated?.Market);
        var victims = isolated is not null ? [isolated] : fa.ActivePositions.FindAll(p => !p.IsIsolated && p.Amount != 0);
        foreach (var position in victims) Close(fa, position);
        if (fa.CrossWallet < 0)
        {
            var deficit = -fa.CrossWallet;
            fa.CrossWallet = 0;
            state.InsuranceFund -= deficit;
            ledger.AddIncome(fa, "", "INSURANCE_CLEAR", deficit, null, "Deficit covered by the insurance fund");
        }
        if (state.Publishing)
            state.Events.Publish(new FuturesAccountUpdate(state.Now, fa.Id, "INSURANCE_CLEAR", [FuturesViews.Balance(fa, 0)], []));
    }

    private void Close(FuturesAccount fa, Position position)
    {
        var market = position.Market;
        var settings = position.Settings;
        var quantity = Math.Abs(position.Amount);
        var price = market.MarkPrice;
        var order = new FuturesOrder { Market = market, PositionSide = position.Side, Reducing = true };
        var clientId = "autoclose-" + state.Now.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + fa.Id;
        order.Open(state.Orders.NextId, fa.Id, clientId, position.Amount > 0 ? OrderSide.Sell : OrderSide.Buy, OrderType.Liquidation,
            TimeInForce.Ioc, quantity, price, state.Now);
        order.Remaining = 0; // filled in one go below: the ledger sees the quantity as already taken off
        ledger.Register(fa, settings, order);
        var crossBefore = fa.CrossWallet;
        ledger.ApplyFill(fa, order, price, quantity, isMaker: false, market.NextTradeId++, InsuranceFundCounterparty,
            ExecutionType.Calculated);
        // Isolated: what the closed position handed back to the cross wallet; cross: the whole wallet.
        var marginLeft = position.IsIsolated ? fa.CrossWallet - crossBefore : fa.CrossWallet;
        var fee = Money.Round(Math.Min(quantity * price * market.Spec.LiquidationFee, Math.Max(0, marginLeft)));
        if (fee > 0)
        {
            fa.CrossWallet -= fee;
            state.InsuranceFund += fee;
            ledger.AddIncome(fa, market.Symbol, "INSURANCE_CLEAR", -fee, null, "Liquidation fee");
        }
        if (state.Publishing)
            state.Events.Publish(new LiquidationEvent(state.Now, market.Symbol, order.Side, price, price, quantity, fa.Id));
    }

    /// <summary>Pays or charges every position at a funding time, then sets the next rate from the premium.</summary>
    public void SettleFunding(long fundingTime)
    {
        foreach (var market in state.FuturesMarkets)
            market.FundingHistory.Add(new FundingRateView(market.Symbol, market.FundingRate, fundingTime, market.MarkPrice));
        foreach (var account in state.AccountList)
        {
            var fa = account.Futures;
            var paid = false;
            List<FuturesPositionView>? isolatedChanged = null;
            foreach (var p in fa.ActivePositions)
            {
                if (p.Amount == 0) continue;
                // Longs pay shorts when the rate is positive: income = −amount × mark × rate.
                var income = Money.Round(-p.Amount * p.Market.MarkPrice * p.Market.FundingRate);
                if (income == 0) continue;
                if (p.IsIsolated) p.IsolatedWallet += income; else fa.CrossWallet += income;
                ledger.AddIncome(fa, p.Market.Symbol, "FUNDING_FEE", income, null);
                paid = true;
                if (p.IsIsolated && state.Publishing) (isolatedChanged ??= []).Add(FuturesViews.Position(fa, p));
            }
            // Aster: crossed positions' funding shows only the balance; isolated ones add the position.
            if (paid && state.Publishing)
                state.Events.Publish(new FuturesAccountUpdate(state.Now, fa.Id, "FUNDING_FEE", [FuturesViews.Balance(fa, 0)],
                    isolatedChanged ?? []));
        }
        foreach (var market in state.FuturesMarkets) market.FundingRate = NextFundingRate(market);
    }

    /// <summary>premium + clamp(interest − premium, ±0.05%), capped at ±FundingRateCap, 8 decimals.</summary>
    private decimal NextFundingRate(MarketState market)
    {
        if (market.FundingRateOverride is { } fixedRate) return fixedRate;
        var options = state.Options;
        var premium = market.IndexPrice == 0 ? 0 : (market.MarkPrice - market.IndexPrice) / market.IndexPrice;
        var rate = premium + Math.Clamp(options.InterestRate - premium, -0.0005m, 0.0005m);
        return Math.Round(Math.Clamp(rate, -options.FundingRateCap, options.FundingRateCap), 8);
    }
}
