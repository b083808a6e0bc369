using System.Text.Json;

namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// A reply to a control frame: <c>{"result":…,"id":n}</c> or an error <c>{"code":n,"msg":"…"[,"id":n]}</c>.
/// Events never start with these keys, so looking at the first key is enough to tell replies from data.
/// </summary>
internal sealed record ControlReply(long? Id, JsonElement? Result, int? ErrorCode, string? ErrorMessage)
{
    public bool IsError => ErrorCode is not null;

    public static bool TryRead(ReadOnlySpan<byte> frame, out ControlReply? reply)
    {
        reply = null;
        var r = new Utf8JsonReader(frame);
        try
        {
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject || !r.Read() || r.TokenType != JsonTokenType.PropertyName)
                return false;
            if (!(r.ValueTextEquals("result"u8) || r.ValueTextEquals("id"u8) || r.ValueTextEquals("code"u8)))
                return false;
            using var doc = JsonDocument.Parse(frame.ToArray());
            var root = doc.RootElement;
            long? id = root.TryGetProperty("id", out var idElement) && idElement.TryGetInt64(out var idValue) ? idValue : null;
            JsonElement? result = root.TryGetProperty("result", out var resultElement) ? resultElement.Clone() : null;
            int? code = root.TryGetProperty("code", out var codeElement) && codeElement.TryGetInt32(out var codeValue) ? codeValue : null;
            var msg = root.TryGetProperty("msg", out var msgElement) && msgElement.ValueKind == JsonValueKind.String ? msgElement.GetString() : null;
            reply = new ControlReply(id, result, code, msg);
            return true;
        }
        catch (JsonException)
        {
            return false; // not a well-formed reply: the event dispatcher reports the frame as malformed
        }
    }
}
