using System.Text.RegularExpressions;
using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>Which market stream names exist (API.md §7.2–7.3); symbols are lowercase in names.</summary>
public static partial class StreamNames
{
    public static IReadOnlyList<string> KlineIntervals => KlineInterval.All;

    [GeneratedRegex(@"^(?<sym>[a-z0-9]+)@(?<kind>aggTrade|trade|markPrice(@1s)?|kline_(?<interval>[0-9]+[mhdwM])|miniTicker|ticker|bookTicker|forceOrder|depth(?<levels>5|10|20)?(@(?<speed>100ms|250ms|500ms))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolStream();

    [GeneratedRegex(@"^!(markPrice@arr(@1s)?|miniTicker@arr|ticker@arr|bookTicker|forceOrder@arr)$", RegexOptions.CultureInvariant)]
    private static partial Regex AllMarketStream();

    /// <summary>Null when <paramref name="name"/> is a valid stream for the market, else why not.</summary>
    public static string? Problem(string name, Market market, Func<string, bool> isSymbol)
    {
        if (AllMarketStream().IsMatch(name))
            return market == Market.Spot && name.StartsWith("!markPrice", StringComparison.Ordinal) || market == Market.Spot && name.StartsWith("!forceOrder", StringComparison.Ordinal)
                ? $"stream '{name}' does not exist on spot" : null;
        var m = SymbolStream().Match(name);
        if (!m.Success) return $"'{name}' is not a stream name (expected e.g. btcusdt@aggTrade)";
        if (!isSymbol(m.Groups["sym"].Value.ToUpperInvariant())) return $"unknown symbol in '{name}'";
        var kind = m.Groups["kind"].Value;
        if (m.Groups["interval"].Success && !KlineIntervals.Contains(m.Groups["interval"].Value)) return $"invalid kline interval in '{name}'";
        if (market == Market.Spot && (kind.StartsWith("markPrice", StringComparison.Ordinal) || kind == "forceOrder")) return $"stream '{name}' does not exist on spot";
        if (market == Market.Futures && kind == "trade") return $"stream '{name}' does not exist on futures";
        return null;
    }
}
