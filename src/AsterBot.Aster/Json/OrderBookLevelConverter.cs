using System.Text.Json;
using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Json;

/// <summary>Reads <c>["price","quantity"]</c> (strings or numbers) without allocating.</summary>
public sealed class OrderBookLevelConverter : JsonConverter<OrderBookLevel>
{
    public override OrderBookLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A book level must be an array [price, quantity].");
        reader.Read();
        var price = JsonValues.ReadDecimal(ref reader);
        reader.Read();
        var quantity = JsonValues.ReadDecimal(ref reader);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A book level must have exactly two entries.");
        return new OrderBookLevel(price, quantity);
    }

    public override void Write(Utf8JsonWriter writer, OrderBookLevel value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonValues.WriteDecimal(writer, value.Price);
        JsonValues.WriteDecimal(writer, value.Quantity);
        writer.WriteEndArray();
    }
}
