namespace AsterBot.Trading.Strategies.Exits;

/// <summary>
/// The exit parameters every strategy accepts (fractions; 0 = off). Price distances are from the position's
/// average entry; ROE distances are divided by the position's leverage (ROE = PnL ÷ initial margin).
/// </summary>
public sealed record ExitRules(decimal TakeProfit, decimal StopLoss, decimal Trail, decimal BreakEven, decimal RoeTakeProfit, decimal RoeStopLoss)
{
    public const string TakeProfitName = "tp";
    public const string StopLossName = "sl";
    public const string TrailName = "trail";
    public const string BreakEvenName = "breakeven";
    public const string RoeTakeProfitName = "roe-tp";
    public const string RoeStopLossName = "roe-sl";

    public bool IsEmpty => TakeProfit == 0 && StopLoss == 0 && Trail == 0 && BreakEven == 0 && RoeTakeProfit == 0 && RoeStopLoss == 0;

    public static ExitRules From(StrategyParameters parameters) => new(
        parameters[TakeProfitName], parameters[StopLossName], parameters[TrailName],
        parameters[BreakEvenName], parameters[RoeTakeProfitName], parameters[RoeStopLossName]);

    /// <summary>
    /// The specs appended to a strategy's own parameters. <paramref name="defaultTakeProfit"/> lets a strategy whose
    /// method needs a take profit (DCA) default it on; every other exit defaults to off.
    /// </summary>
    public static IReadOnlyList<ParameterSpec> Specs(decimal defaultTakeProfit = 0) =>
    [
        Fraction(TakeProfitName, "Take profit: close the whole position at entry × (1 + tp) (long) or × (1 − tp) (short).", 10m) with { Default = defaultTakeProfit },
        Fraction(StopLossName, "Stop loss: close at entry × (1 − sl) (long) or × (1 + sl) (short).", 0.99m),
        Fraction(TrailName, "Trailing stop: the stop follows the best price since entry at a distance of trail × that price.", 0.99m),
        Fraction(BreakEvenName, "Break-even move: once price has gone breakeven × entry in favour, the stop moves to the entry.", 10m),
        Fraction(RoeTakeProfitName, "Take profit at this return on margin (futures): entry × (1 ± roe-tp ÷ leverage).", 100m),
        Fraction(RoeStopLossName, "Stop loss at this loss on margin (futures): entry × (1 ∓ roe-sl ÷ leverage).", 100m),
    ];

    private static ParameterSpec Fraction(string name, string description, decimal max) =>
        new(name, description + " 0 = off.") { Default = 0, Min = 0.0001m, Max = max, ZeroDisables = true };
}
