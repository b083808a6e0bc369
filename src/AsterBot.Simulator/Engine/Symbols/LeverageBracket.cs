namespace AsterBot.Simulator.Engine.Symbols;

/// <summary>
/// One notional tier of a symbol: positions up to <see cref="NotionalCap"/> may use up to
/// <see cref="MaxLeverage"/>; maintenance margin = notional × <see cref="MaintMarginRatio"/> − <see cref="Cum"/>.
/// </summary>
public sealed record LeverageBracket(
    int Bracket, int MaxLeverage, decimal NotionalFloor, decimal NotionalCap, decimal MaintMarginRatio, decimal Cum);
