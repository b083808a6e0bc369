using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsterBot.Aster.Json;

/// <summary>Reads booleans sent as JSON true/false or as strings ("true", "FALSE": positionRisk's isAutoAddMargin).</summary>
public sealed class FlexibleBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String:
                if (reader.ValueTextEquals("true") || reader.ValueTextEquals("TRUE") || reader.ValueTextEquals("True")) return true;
                if (reader.ValueTextEquals("false") || reader.ValueTextEquals("FALSE") || reader.ValueTextEquals("False")) return false;
                break;
        }
        throw new JsonException($"Expected a boolean (true/false or \"true\"/\"false\"), got {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
