using System.Collections.Concurrent;
using System.Text.Json;

namespace AsterBot.Simulator.Server.Json;

/// <summary>
/// Wire names of the Aster enums (member names in UPPER_SNAKE_CASE: StopMarket ↔ "STOP_MARKET") and the reverse
/// parse, cached because every order response and request goes through them.
/// </summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of<T>(T value) where T : struct, Enum =>
        Names.GetOrAdd(value, static v => JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.ToString()));

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal)) { value = candidate; return true; }
        value = default;
        return false;
    }
}
