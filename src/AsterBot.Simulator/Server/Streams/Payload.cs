using System.Buffers;
using System.Text.Json;
using AsterBot.Simulator.Server.Json;

namespace AsterBot.Simulator.Server.Streams;

/// <summary>Builds one stream message as UTF-8 JSON bytes (stream payloads carry ids as numbers, like Aster's).</summary>
public static class Payload
{
    public static byte[] Build(Action<AsterJsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
            write(new AsterJsonWriter(json, idsAsStrings: false));
        return buffer.WrittenSpan.ToArray();
    }

    public static void Levels(AsterJsonWriter w, string name, IEnumerable<Engine.Views.PriceQuantity> levels, int priceScale, int quantityScale)
    {
        w.StartArray(name);
        foreach (var l in levels)
        {
            w.Raw.WriteStartArray();
            w.Raw.WriteStringValue(AsterJsonWriter.Format(l.Price, priceScale));
            w.Raw.WriteStringValue(AsterJsonWriter.Format(l.Quantity, quantityScale));
            w.Raw.WriteEndArray();
        }
        w.EndArray();
    }
}
