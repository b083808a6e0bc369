namespace AsterBot.Simulator.Engine.Futures;

/// <summary>
/// Lets the liquidation check skip accounts whose status cannot have changed. After a full check, each position
/// gets a band of mark prices within which the account's decisions stay as they are: not liquidated, and the
/// MARGIN_CALL state unchanged. A backtest moves the mark five times per candle; without this every move would
/// recompute every account's margin in decimal arithmetic.
/// <para>
/// Why the bands are safe: within one leverage bracket a position's maintenance margin is linear in the mark
/// with slope |amount| × maintMarginRatio, and its PnL has slope amount, so a mark move of d changes
/// "margin balance − maintenance" (and "0.8 × balance − maintenance") by at most |amount| × (1 + ratio) × d.
/// The slack to the nearest decision boundary is shared equally between the account's cross positions, and each
/// band stays inside its current bracket. Anything else that moves the boundaries (wallet, amounts, entry prices,
/// isolated margin, the list of positions) clears the bands (see <see cref="Position.Amount"/>).
/// </para>
/// </summary>
internal static class SafeMarks
{
    /// <summary>True when no position's mark left its band since the last full check, and nothing else changed.</summary>
    public static bool Hold(FuturesAccount fa)
    {
        if (!fa.SafeMarksKnown) return false;
        var positions = fa.ActivePositions;
        for (var i = 0; i < positions.Count; i++)
            if (!positions[i].MarkIsSafe) return false;
        return true;
    }

    /// <summary>
    /// Computes the bands after a full check that liquidated nothing; <paramref name="crossBalance"/> and
    /// <paramref name="crossMaintenance"/> are the figures that check used.
    /// </summary>
    public static void Compute(FuturesAccount fa, decimal crossBalance, decimal crossMaintenance)
    {
        var crossPositions = 0;
        foreach (var p in fa.ActivePositions)
            if (!p.IsIsolated && p.Amount != 0) crossPositions++;
        // The cross decisions are "balance < maintenance" and "maintenance ≥ 0.8 × balance" (with maintenance
        // above zero): the slack is the distance of both differences from zero. No positive maintenance with
        // positions held means odd bracket data: give no band, every move checks in full.
        var crossSlack = crossMaintenance > 0
            ? Math.Min(crossBalance - crossMaintenance, Math.Abs(FuturesRisk.MarginCallRatio * crossBalance - crossMaintenance))
            : 0;
        foreach (var p in fa.ActivePositions)
        {
            if (p.Amount == 0) SetUnbounded(p); // an isolated wallet without a position risks nothing
            else if (p.IsIsolated) SetBand(p, p.IsolatedWallet + p.UnrealizedPnl - p.MaintenanceMargin, 1);
            else SetBand(p, crossSlack, crossPositions);
        }
        fa.SafeMarksKnown = true;
    }

    private static void SetUnbounded(Position p)
    {
        p.SafeMarkLow = 0;
        p.SafeMarkHigh = decimal.MaxValue;
    }

    /// <summary>The band of one position holding <paramref name="shares"/>-th of <paramref name="slack"/>.</summary>
    private static void SetBand(Position p, decimal slack, int shares)
    {
        var mark = p.Market.MarkPrice;
        var size = Math.Abs(p.Amount);
        var brackets = p.Market.Spec.Brackets;
        if (slack <= 0 || brackets.Count == 0)
        {
            p.SafeMarkLow = p.SafeMarkHigh = 0;
            return;
        }
        var notional = size * mark;
        var i = 0;
        while (i < brackets.Count - 1 && notional > brackets[i].NotionalCap) i++;
        var bracket = brackets[i];
        var slope = size * (1 + bracket.MaintMarginRatio) * shares;
        // Rounded towards the mark so that decimal division never widens the band.
        var width = Math.Round(slack / slope, 8, MidpointRounding.ToZero);
        var floor = i == 0 ? 0 : Math.Round(brackets[i - 1].NotionalCap / size, 8, MidpointRounding.ToPositiveInfinity);
        var low = Math.Max(mark - width, floor);
        var high = mark + width;
        if (i < brackets.Count - 1) high = Math.Min(high, Math.Round(bracket.NotionalCap / size, 8, MidpointRounding.ToZero));
        p.SafeMarkLow = low;
        p.SafeMarkHigh = high;
    }
}
