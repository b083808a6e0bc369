using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace AsterBot.Aster.Json;

/// <summary>Primitive readers for Aster's habit of sending numbers either as JSON numbers or as strings.</summary>
public static class JsonValues
{
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.GetDecimal();
        if (reader.TokenType == JsonTokenType.String)
        {
            var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
            if (Utf8Parser.TryParse(span, out decimal value, out var consumed) && consumed == span.Length) return value;
        }
        throw new JsonException($"Expected a decimal number or numeric string, got {reader.TokenType}.");
    }

    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.GetInt64();
        if (reader.TokenType == JsonTokenType.String)
        {
            var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
            if (Utf8Parser.TryParse(span, out long value, out var consumed) && consumed == span.Length) return value;
        }
        throw new JsonException($"Expected an integer or numeric string, got {reader.TokenType}.");
    }

    /// <summary>Decimals go out as strings, as Aster sends them, keeping their scale.</summary>
    public static void WriteDecimal(Utf8JsonWriter writer, decimal value) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
