namespace AsterBot.Trading.Strategies.Exits;

/// <summary>
/// Where a position's exits stand, from its side, average entry, best price since entry and leverage. Pure
/// arithmetic (unrounded): the stop is the tightest of the stop rules, the take profit the nearest of the profit rules.
/// </summary>
public static class ExitLevels
{
    /// <param name="direction">+1 long, −1 short.</param>
    /// <param name="best">Highest price since entry (long) or lowest (short).</param>
    /// <param name="breakEvenArmed">The break-even trigger has been reached while this position was open.</param>
    public static (decimal? Stop, decimal? TakeProfit) Compute(
        ExitRules rules, int direction, decimal entry, decimal best, bool breakEvenArmed, int leverage)
    {
        if (direction == 0 || entry <= 0) return (null, null);
        var lev = Math.Max(1, leverage);
        decimal? stop = null, takeProfit = null;

        // Distances below 1 keep a long's stop above zero; a short's stop has no such bound.
        if (rules.StopLoss > 0) stop = Tighter(stop, entry * (1 - direction * rules.StopLoss), direction);
        if (rules.RoeStopLoss > 0 && rules.RoeStopLoss / lev < 1) stop = Tighter(stop, entry * (1 - direction * rules.RoeStopLoss / lev), direction);
        if (rules.Trail > 0) stop = Tighter(stop, best * (1 - direction * rules.Trail), direction);
        if (rules.BreakEven > 0 && breakEvenArmed) stop = Tighter(stop, entry, direction);

        if (rules.TakeProfit > 0 && (direction > 0 || rules.TakeProfit < 1)) takeProfit = Nearer(takeProfit, entry * (1 + direction * rules.TakeProfit), direction);
        if (rules.RoeTakeProfit > 0 && (direction > 0 || rules.RoeTakeProfit / lev < 1)) takeProfit = Nearer(takeProfit, entry * (1 + direction * rules.RoeTakeProfit / lev), direction);
        return (stop, takeProfit);
    }

    /// <summary>True once the best price has moved the break-even distance in the position's favour.</summary>
    public static bool BreakEvenReached(ExitRules rules, int direction, decimal entry, decimal best) =>
        rules.BreakEven > 0 && entry > 0 && (direction > 0 ? best >= entry * (1 + rules.BreakEven) : best <= entry * (1 - rules.BreakEven));

    // A long's stop is tighter when higher, a short's when lower; a take profit is nearer the other way round.
    private static decimal Tighter(decimal? current, decimal candidate, int direction) =>
        current is not { } c ? candidate : direction > 0 ? Math.Max(c, candidate) : Math.Min(c, candidate);

    private static decimal Nearer(decimal? current, decimal candidate, int direction) =>
        current is not { } c ? candidate : direction > 0 ? Math.Min(c, candidate) : Math.Max(c, candidate);
}
