using System.Buffers;
using System.Text.Json;

namespace AsterBot.Aster.Streams.Connection;

/// <summary>Writes <c>{"method":"SUBSCRIBE","params":[…],"id":n}</c> style frames.</summary>
internal static class ControlFrame
{
    public const string Subscribe = "SUBSCRIBE";
    public const string Unsubscribe = "UNSUBSCRIBE";
    public const string ListSubscriptions = "LIST_SUBSCRIPTIONS";

    public static ReadOnlyMemory<byte> Build(string method, IReadOnlyList<string>? streams, long id)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (streams?.Sum(s => s.Length + 3) ?? 0));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("method", method);
            if (streams is not null)
            {
                json.WriteStartArray("params");
                foreach (var stream in streams) json.WriteStringValue(stream);
                json.WriteEndArray();
            }
            json.WriteNumber("id", id);
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }
}
