using AsterBot.Aster.Models;
using AsterBot.Trading.Strategies.Exits;

namespace AsterBot.Trading.Strategies.Grid;

/// <summary>The catalog entries <c>grid</c> and <c>futures-grid</c>: parameters, defaults and checks.</summary>
public static class GridDefinitions
{
    public static StrategyDefinition Grid { get; } = new StrategyDefinition(
        "grid",
        "Resting limit ladder: buys below the price; each filled buy gets its sell one step above, each filled sell "
        + "re-places its buy. Re-centres when the price leaves the ladder. On futures it is a long grid with reduce-only sells.",
        LadderSpecs(),
        p => new GridStrategy(Read(p, GridDirection.Long)))
        .WithExits();

    public static StrategyDefinition FuturesGrid { get; } = new StrategyDefinition(
        "futures-grid",
        "Futures grid with a direction (LONG buys below and sells back above, SHORT mirrors, AUTO follows the price "
        + "against an EMA) and a position cap no order can exceed; closing legs are reduce-only.",
        [
            .. LadderSpecs(),
            new ParameterSpec("direction", "LONG, SHORT or AUTO (LONG when the close is at or above EMA(trend) while flat, else SHORT).", ParameterKind.Choice)
                { Choices = ["long", "short", "auto"], DefaultChoice = "long" },
            new ParameterSpec("trend", "EMA period AUTO compares the close with.", ParameterKind.Integer) { Default = 50, Min = 2, Max = 1000 },
            new ParameterSpec("max-position", "Cap on |position| in base asset; 0 = off.") { Default = 0, Min = 0.00000001m, ZeroDisables = true },
            new ParameterSpec("max-position-equity", "Cap on position notional as a multiple of equity (1 = notional ≤ equity); 0 = off.")
                { Default = 1, Min = 0.01m, Max = 125, ZeroDisables = true },
        ],
        p => new GridStrategy(Read(p, Enum.Parse<GridDirection>(p.Choice("direction"), ignoreCase: true)) with
        {
            TrendPeriod = p.Integer("trend"), CapBase = p["max-position"], CapEquity = p["max-position-equity"],
        }))
    {
        Markets = [Market.Futures],
        Validate = p => p["max-position"] == 0 && p["max-position-equity"] == 0
            ? "a futures grid needs a position cap: set max-position (base) or max-position-equity (multiple of equity) above 0."
            : null,
    }.WithExits();

    private static IReadOnlyList<ParameterSpec> LadderSpecs() =>
    [
        new ParameterSpec("levels", "Orders on the opening side of the ladder.", ParameterKind.Integer) { Default = 5, Min = 1, Max = 100 },
        new ParameterSpec("step", "Distance between levels as a fraction of the price (0.005 = 0.5%).") { Default = 0.005m, Min = 0.0001m, Max = 0.5m },
        new ParameterSpec("atr-step", "Step in ATRs instead of a fraction (step = atr-step × ATR(atr-period)); 0 = use step.")
            { Default = 0, Min = 0.05m, Max = 50, ZeroDisables = true },
        new ParameterSpec("atr-period", "Candles in the ATR for atr-step.", ParameterKind.Integer) { Default = 14, Min = 2, Max = 500 },
        new ParameterSpec("size", "Quote amount (USDT) per level's order.") { Default = 100, Min = 0.01m },
        new ParameterSpec("size-equity", "Fraction of equity per level's order instead of size; 0 = use size.")
            { Default = 0, Min = 0.0001m, Max = 1, ZeroDisables = true },
        new ParameterSpec("recenter", "Rebuild the ladder around the price when it leaves the range: both ways, follow (only away from the opening orders) or off.", ParameterKind.Choice)
            { Choices = ["both", "follow", "off"], DefaultChoice = "both" },
        ParameterSpec.Leverage(1),
    ];

    private static GridSettings Read(StrategyParameters p, GridDirection direction) => new()
    {
        Levels = p.Integer("levels"),
        Step = p["step"],
        AtrStep = p["atr-step"],
        AtrPeriod = p.Integer("atr-period"),
        OrderQuote = p["size"],
        OrderEquity = p["size-equity"],
        Recenter = Enum.Parse<GridRecenter>(p.Choice("recenter"), ignoreCase: true),
        Direction = direction,
    };
}
