using System.Collections.Frozen;
using System.Text.Json;

namespace AsterBot.Aster.Json;

/// <summary>
/// Wire spelling of the protocol enums: member names in UPPER_SNAKE_CASE (StopMarket ↔ "STOP_MARKET").
/// Computed once per enum type; these tables are immutable, so sharing them across clients is safe.
/// </summary>
public static class WireNames<T> where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] Names = Values.Select(v => JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.ToString())).ToArray();

    private static readonly FrozenDictionary<string, T> ByName = BuildLookup();

    public static string Of(T value)
    {
        var index = Array.IndexOf(Values, value);
        if (index < 0) throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");
        return Names[index];
    }

    /// <summary>Case-insensitive lookup; also accepts the aliases Aster uses in responses (marginType "cross").</summary>
    public static bool TryParse(string text, out T value) => ByName.TryGetValue(text, out value);

    public static IReadOnlyList<string> All => Names;

    private static FrozenDictionary<string, T> BuildLookup()
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Values.Length; i++) map[Names[i]] = Values[i];
        // Responses spell CROSSED as "cross" (positionRisk, ACCOUNT_UPDATE) although requests must send CROSSED.
        if (typeof(T) == typeof(Models.MarginType)) map["CROSS"] = (T)(object)Models.MarginType.Crossed;
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
