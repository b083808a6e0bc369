using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsterBot.Aster.Json;

/// <summary>Reads and writes protocol enums by their wire names; an unknown name is an error, never a silent default.</summary>
public sealed class WireEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a {typeof(T).Name} name as a string, got {reader.TokenType}.");
        var text = reader.GetString()!;
        return WireNames<T>.TryParse(text, out var value)
            ? value
            : throw new JsonException($"Unknown {typeof(T).Name} value '{text}'. Known: {string.Join(", ", WireNames<T>.All)}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(WireNames<T>.Of(value));
}

/// <summary>
/// Lists of capabilities (a symbol's order types and time-in-force values). Aster adds values without notice (RPI
/// appeared undocumented), so production mode skips names it does not know instead of failing the whole
/// exchangeInfo; strict mode (tests) fails on them.
/// </summary>
public sealed class WireEnumListConverter<T>(bool strict) : JsonConverter<IReadOnlyList<T>> where T : struct, Enum
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"Expected an array of {typeof(T).Name}.");
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Expected a {typeof(T).Name} name as a string.");
            if (WireNames<T>.TryParse(text, out var value)) list.Add(value);
            else if (strict) throw new JsonException($"Unknown {typeof(T).Name} value '{text}'.");
        }
        return list;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value) writer.WriteStringValue(WireNames<T>.Of(item));
        writer.WriteEndArray();
    }
}

/// <summary>Creates <see cref="WireEnumConverter{T}"/> for every enum sent by name (all but the numeric margin change).</summary>
public sealed class WireEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && typeToConvert != typeof(Models.PositionMarginChange);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireEnumConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>An optional enum that Aster sends as "" when unset (contractType of symbols not yet trading).</summary>
public sealed class EmptyAsNullEnumConverter<T> : JsonConverter<T?> where T : struct, Enum
{
    private static readonly WireEnumConverter<T> Inner = new();

    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(""u8))
            ? null
            : Inner.Read(ref reader, typeof(T), options);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } v) Inner.Write(writer, v, options);
        else writer.WriteStringValue("");
    }
}
