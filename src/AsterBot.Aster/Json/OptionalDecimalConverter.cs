using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsterBot.Aster.Json;

/// <summary>Optional decimals: JSON number, numeric string, null, or "" (Aster's "not set", e.g. twapMinNotional).</summary>
public sealed class OptionalDecimalConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(""u8))
            ? null
            : JsonValues.ReadDecimal(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } v) JsonValues.WriteDecimal(writer, v);
        else writer.WriteNullValue();
    }
}
