using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Symbols;

namespace AsterBot.Simulator.Server;

/// <summary>The engine's enabled symbols by market and name, looked up on every request.</summary>
public sealed class SymbolIndex
{
    private readonly Dictionary<string, SymbolSpec> _futures;
    private readonly Dictionary<string, SymbolSpec> _spot;

    public SymbolIndex(SimulatorEngine engine)
    {
        _futures = engine.EnabledSymbols(Market.Futures).ToDictionary(s => s.Symbol, StringComparer.Ordinal);
        _spot = engine.EnabledSymbols(Market.Spot).ToDictionary(s => s.Symbol, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<SymbolSpec> Of(Market market) => market == Market.Futures ? _futures.Values : _spot.Values;

    public SymbolSpec? Find(Market market, string? symbol) =>
        symbol is null ? null : (market == Market.Futures ? _futures : _spot).GetValueOrDefault(symbol);
}
