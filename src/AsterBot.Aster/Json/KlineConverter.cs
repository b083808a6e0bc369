using System.Text.Json;
using System.Text.Json.Serialization;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Json;

/// <summary>Reads a candle array of 11 (spot) or 12 (futures, last one ignored) columns.</summary>
public sealed class KlineConverter : JsonConverter<Kline>
{
    public override Kline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A kline must be an array.");
        reader.Read(); var openTime = JsonValues.ReadInt64(ref reader);
        reader.Read(); var open = JsonValues.ReadDecimal(ref reader);
        reader.Read(); var high = JsonValues.ReadDecimal(ref reader);
        reader.Read(); var low = JsonValues.ReadDecimal(ref reader);
        reader.Read(); var close = JsonValues.ReadDecimal(ref reader);
        reader.Read(); var volume = JsonValues.ReadDecimal(ref reader);
        reader.Read(); var closeTime = JsonValues.ReadInt64(ref reader);
        reader.Read(); var quoteVolume = JsonValues.ReadDecimal(ref reader);
        reader.Read(); var trades = JsonValues.ReadInt64(ref reader);
        reader.Read(); var takerBase = JsonValues.ReadDecimal(ref reader);
        reader.Read(); var takerQuote = JsonValues.ReadDecimal(ref reader);
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip(); // futures' unused 12th column
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A kline has at most 12 columns.");
        }
        return new Kline(openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, takerBase, takerQuote);
    }

    public override void Write(Utf8JsonWriter writer, Kline value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.OpenTime);
        JsonValues.WriteDecimal(writer, value.Open);
        JsonValues.WriteDecimal(writer, value.High);
        JsonValues.WriteDecimal(writer, value.Low);
        JsonValues.WriteDecimal(writer, value.Close);
        JsonValues.WriteDecimal(writer, value.Volume);
        writer.WriteNumberValue(value.CloseTime);
        JsonValues.WriteDecimal(writer, value.QuoteVolume);
        writer.WriteNumberValue(value.TradeCount);
        JsonValues.WriteDecimal(writer, value.TakerBuyBaseVolume);
        JsonValues.WriteDecimal(writer, value.TakerBuyQuoteVolume);
        writer.WriteEndArray();
    }
}
