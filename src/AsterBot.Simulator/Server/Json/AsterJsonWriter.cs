using System.Globalization;
using System.Text.Json;

namespace AsterBot.Simulator.Server.Json;

/// <summary>
/// Writes Aster's JSON conventions: decimals as strings at the symbol's scale ("0.00010"), ids and times as
/// numbers, or as strings when the V3 "numbers as strings" switch is on (real V3 captures do this).
/// </summary>
public sealed class AsterJsonWriter(Utf8JsonWriter writer, bool idsAsStrings)
{
    public Utf8JsonWriter Raw { get; } = writer;

    public bool IdsAsStrings { get; } = idsAsStrings;

    /// <summary>An id or timestamp: a number, or its decimal text under the V3 switch.</summary>
    public void Id(string name, long value)
    {
        if (IdsAsStrings) Raw.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        else Raw.WriteNumber(name, value);
    }

    public void Decimal(string name, decimal value, int scale) => Raw.WriteString(name, Format(value, scale));

    /// <summary>A decimal whose text keeps its natural precision (no fixed scale), e.g. a rate or a filter bound.</summary>
    public void Decimal(string name, decimal value) => Raw.WriteString(name, Plain(value));

    public void String(string name, string? value) => Raw.WriteString(name, value);

    public void Bool(string name, bool value) => Raw.WriteBoolean(name, value);

    public void Int(string name, long value) => Raw.WriteNumber(name, value);

    public void StartObject(string? name = null) { if (name is null) Raw.WriteStartObject(); else Raw.WriteStartObject(name); }

    public void EndObject() => Raw.WriteEndObject();

    public void StartArray(string? name = null) { if (name is null) Raw.WriteStartArray(); else Raw.WriteStartArray(name); }

    public void EndArray() => Raw.WriteEndArray();

    public static string Format(decimal value, int scale) =>
        System.Math.Round(value, scale, MidpointRounding.ToZero).ToString("F" + scale, CultureInfo.InvariantCulture);

    /// <summary>Shortest exact text of a decimal (no exponent, no trailing zeros).</summary>
    public static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
