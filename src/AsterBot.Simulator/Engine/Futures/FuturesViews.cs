using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>Read models of a futures account: positions, assets and totals as Aster reports them.</summary>
internal static class FuturesViews
{
    public static FuturesPositionView Position(FuturesAccount account, Position p)
    {
        var unrealized = p.UnrealizedPnl;
        return new FuturesPositionView(
            p.Market.Symbol, p.Side, p.Amount, p.EntryPrice, p.Market.MarkPrice, unrealized, p.Settings.Leverage,
            p.IsIsolated ? MarginType.Isolated : MarginType.Crossed, p.IsolatedWallet,
            p.IsIsolated ? p.IsolatedWallet + unrealized : 0, p.Notional, p.InitialMargin, p.MaintenanceMargin,
            p.Settings.OpenOrderMargin, LiquidationPrice(account, p), p.Market.Spec.MaxNotionalAt(p.Settings.Leverage),
            p.UpdateTime);
    }

    /// <summary>An untouched symbol's row (Aster lists every symbol).</summary>
    public static FuturesPositionView Empty(MarketState market, int leverage, PositionSide side) => new(
        market.Symbol, side, 0, 0, market.MarkPrice, 0, leverage, MarginType.Crossed, 0, 0, 0, 0, 0, 0, 0,
        market.Spec.MaxNotionalAt(leverage), 0);

    /// <summary>
    /// The mark price at which margin balance meets maintenance margin for this position, other positions held
    /// still: W + Q(P − E) = |Q|·P·r − cum, so P = (Q·E − W − cum) / (Q − |Q|·r).
    /// </summary>
    public static decimal LiquidationPrice(FuturesAccount account, Position p)
    {
        if (p.Amount == 0) return 0;
        var bracket = p.Market.Spec.BracketFor(Math.Abs(p.Notional));
        decimal wallet;
        if (p.IsIsolated) wallet = p.IsolatedWallet;
        else
        {
            wallet = account.CrossWallet;
            foreach (var other in account.ActivePositions)
                if (!other.IsIsolated && !ReferenceEquals(other, p)) wallet += other.UnrealizedPnl - other.MaintenanceMargin;
        }
        var q = p.Amount;
        var denominator = q - Math.Abs(q) * bracket.MaintMarginRatio;
        if (denominator == 0) return 0;
        return Math.Max(0, (q * p.EntryPrice - wallet - bracket.Cum) / denominator);
    }

    public static FuturesAccountView Account(FuturesAccount a, IEnumerable<FuturesPositionView> positions, long now)
    {
        decimal unrealized = 0, crossUnrealized = 0, positionMargin = 0, maintenance = 0, isolatedWallets = 0;
        foreach (var p in a.ActivePositions)
        {
            unrealized += p.UnrealizedPnl;
            positionMargin += p.InitialMargin;
            maintenance += p.MaintenanceMargin;
            if (p.IsIsolated) isolatedWallets += p.IsolatedWallet;
            else crossUnrealized += p.UnrealizedPnl;
        }
        var wallet = a.CrossWallet + isolatedWallets;
        var available = a.AvailableBalance;
        var assets = new List<FuturesAssetView>
        {
            new(FuturesAccount.MarginAsset, wallet, unrealized, wallet + unrealized, maintenance,
                positionMargin + a.OpenOrderMargin, positionMargin, a.OpenOrderMargin, a.CrossWallet, crossUnrealized,
                available, a.MaxWithdrawAmount, true, a.UpdateTime),
        };
        foreach (var (asset, amount) in a.OtherAssets.OrderBy(x => x.Key, StringComparer.Ordinal))
            assets.Add(new FuturesAssetView(asset, amount, 0, amount, 0, 0, 0, 0, amount, 0, amount, amount, false, a.UpdateTime));
        return new FuturesAccountView(
            a.Id, a.HedgeMode, a.MakerRate, a.TakerRate, positionMargin + a.OpenOrderMargin, maintenance, wallet,
            unrealized, wallet + unrealized, positionMargin, a.OpenOrderMargin, a.CrossWallet, crossUnrealized,
            available, a.MaxWithdrawAmount, assets, positions.ToList(), now);
    }

    /// <summary>Same totals as <see cref="Account"/>; open positions only.</summary>
    public static FuturesAccountSummary Summary(FuturesAccount a)
    {
        decimal unrealized = 0, isolatedWallets = 0;
        var positions = new List<FuturesPositionSummary>(a.ActivePositions.Count);
        foreach (var p in a.ActivePositions)
        {
            unrealized += p.UnrealizedPnl;
            if (p.IsIsolated) isolatedWallets += p.IsolatedWallet;
            if (p.Amount != 0)
                positions.Add(new FuturesPositionSummary(p.Market.Symbol, p.Side, p.Amount, p.EntryPrice, p.UnrealizedPnl, p.Settings.Leverage));
        }
        var wallet = a.CrossWallet + isolatedWallets;
        return new FuturesAccountSummary(wallet, wallet + unrealized, a.AvailableBalance, positions);
    }

    public static FuturesBalanceChange Balance(FuturesAccount a, decimal change) =>
        new(FuturesAccount.MarginAsset, a.CrossWallet + a.IsolatedWallets, a.CrossWallet, change);
}
