using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Symbols;

namespace AsterBot.Simulator.Server.Http;

/// <summary>Reading the market-data parameters shared by many endpoints, with Aster's error codes.</summary>
public static class MarketParameters
{
    public static readonly int[] DepthLimits = [5, 10, 20, 50, 100, 500, 1000];

    public static SymbolSpec RequireSymbol(this AsterParameters p, SimulatorState state, Market market) =>
        state.Symbols.Find(market, p.Required("symbol")) ?? throw new AsterErrorException(AsterError.InvalidSymbol);

    /// <summary>The symbol when sent (validated), else null (endpoints that answer for all symbols).</summary>
    public static SymbolSpec? OptionalSymbol(this AsterParameters p, SimulatorState state, Market market) =>
        p.Optional("symbol") is null ? null : RequireSymbol(p, state, market);

    /// <summary>A <c>limit</c> within 1..max (default when absent); out of range is -1130.</summary>
    public static int Limit(this AsterParameters p, int defaultValue, int max)
    {
        var limit = p.OptionalInt("limit") ?? defaultValue;
        return limit is >= 1 && limit <= max ? limit : throw new AsterErrorException(new AsterError(-1130, $"Data sent for parameter 'limit' is not valid: use 1 to {max}."));
    }

    public static int DepthLimit(this AsterParameters p, int defaultValue)
    {
        var limit = p.OptionalInt("limit") ?? defaultValue;
        return DepthLimits.Contains(limit) ? limit : throw new AsterErrorException(new AsterError(-4021, "Invalid depth limit: use 5, 10, 20, 50, 100, 500 or 1000."));
    }

    /// <summary>Kline intervals 1m…1M; anything else is -1120.</summary>
    public static TimeSpan Interval(this AsterParameters p) =>
        ParseInterval(p.Required("interval")) ?? throw new AsterErrorException(new AsterError(-1120, "Invalid interval."));

    public static TimeSpan? ParseInterval(string text) =>
        Aster.Models.KlineInterval.TryParse(text, out var interval) ? interval.Duration : null;
}
