using System.Text.Json;
using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>Serializer settings for the lower-rate events bound with System.Text.Json.</summary>
internal static class StreamJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            // Decimals arrive as strings; V3 also sends ids and times as strings.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            PropertyNameCaseInsensitive = false,
        };
        options.Converters.Add(new MarginTypeConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Margin type is "CROSSED"/"ISOLATED" in some payloads and "cross"/"isolated" in others (ACCOUNT_UPDATE).
    /// </summary>
    private sealed class MarginTypeConverter : JsonConverter<MarginType>
    {
        public override MarginType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                if (reader.ValueTextEquals("isolated"u8) || reader.ValueTextEquals("ISOLATED"u8)) return MarginType.Isolated;
                if (reader.ValueTextEquals("cross"u8) || reader.ValueTextEquals("crossed"u8)
                    || reader.ValueTextEquals("CROSS"u8) || reader.ValueTextEquals("CROSSED"u8)) return MarginType.Crossed;
            }
            throw new JsonException($"Unknown margin type at byte {reader.TokenStartIndex}; expected isolated or cross(ed).");
        }

        public override void Write(Utf8JsonWriter writer, MarginType value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value == MarginType.Isolated ? "ISOLATED" : "CROSSED");
    }
}
