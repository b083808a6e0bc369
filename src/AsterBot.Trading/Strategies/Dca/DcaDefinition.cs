using AsterBot.Aster.Models;
using AsterBot.Trading.Strategies.Exits;

namespace AsterBot.Trading.Strategies.Dca;

/// <summary>The catalog entry <c>dca</c>: parameters, defaults and checks. Its take profit is the exit rule <c>tp</c> (default 1%).</summary>
public static class DcaDefinition
{
    public const decimal DefaultTakeProfit = 0.01m;

    public static StrategyDefinition Dca { get; } = new StrategyDefinition(
        "dca",
        "Averaging in: a market order opens the cycle, then one safety limit order at a time rests `step` beyond the "
        + "average entry, each `multiplier` times the previous size, up to `max-safety`. The exit rules close the whole "
        + "position (take profit tp on the average entry, default 1%; optional sl and the other exits); then a new cycle starts.",
        [
            new ParameterSpec("direction", "long (buy, average down) or short (futures: sell, average up).", ParameterKind.Choice)
                { Choices = ["long", "short"], DefaultChoice = "long" },
            new ParameterSpec("start", "auto: open a cycle at once and after every exit; signal: open only on a long/short signal.", ParameterKind.Choice)
                { Choices = ["auto", "signal"], DefaultChoice = "auto" },
            new ParameterSpec("order", "Quote amount (USDT) of the first order.") { Default = 100, Min = 0.01m },
            new ParameterSpec("multiplier", "Each safety order's size relative to the previous order.") { Default = 1.5m, Min = 1, Max = 10 },
            new ParameterSpec("max-safety", "Safety orders per cycle.", ParameterKind.Integer) { Default = 5, Min = 0, Max = 50 },
            new ParameterSpec("step", "Distance of the next safety order beyond the average entry (0.01 = 1%).") { Default = 0.01m, Min = 0.0005m, Max = 0.5m },
            ParameterSpec.Leverage(1),
        ],
        p => new DcaStrategy(new DcaSettings
        {
            Direction = p.Choice("direction").Equals("short", StringComparison.OrdinalIgnoreCase) ? -1 : 1,
            StartOnSignal = p.Choice("start").Equals("signal", StringComparison.OrdinalIgnoreCase),
            OrderQuote = p["order"],
            Multiplier = p["multiplier"],
            MaxSafetyOrders = p.Integer("max-safety"),
            Step = p["step"],
        }))
    {
        ValidateMarket = (p, market) => market == Market.Spot && p.Choice("direction").Equals("short", StringComparison.OrdinalIgnoreCase)
            ? "direction=short needs futures (spot cannot sell what it does not hold); use direction=long or --market futures."
            : null,
    }.WithExits(DefaultTakeProfit);
}
