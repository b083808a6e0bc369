using System.Text.Json;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>
/// What an event object is, found by a quick look at its keys: the value of <c>e</c> (usually the first key, so the
/// scan stops at once), or for spot payloads without <c>e</c>, which telltale keys they have.
/// </summary>
internal readonly ref struct PayloadShape
{
    public ReadOnlySpan<byte> EventType { get; private init; }
    public bool HasEventType { get; private init; }
    public bool HasLastUpdateId { get; private init; }
    public bool LooksLikeBookTicker { get; private init; }

    /// <summary>Starts on the object's StartObject. Leaves the reader at its EndObject when no <c>e</c> is found.</summary>
    public static PayloadShape Scan(ref Utf8JsonReader r)
    {
        bool lastUpdateId = false, u = false, b = false, a = false;
        var depth = r.CurrentDepth;
        while (true)
        {
            JsonFields.Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject && r.CurrentDepth == depth)
                return new PayloadShape { HasLastUpdateId = lastUpdateId, LooksLikeBookTicker = u && b && a };
            if (r.TokenType != JsonTokenType.PropertyName) throw JsonFields.Unexpected(ref r, "a property name");
            if (r.ValueTextEquals("e"u8))
            {
                JsonFields.Next(ref r);
                if (r.TokenType != JsonTokenType.String) throw JsonFields.Unexpected(ref r, "the event type as a string");
                return new PayloadShape { EventType = r.ValueSpan, HasEventType = true };
            }
            switch (JsonFields.Key(ref r))
            {
                case 'u': u = true; break;
                case 'b': b = true; break;
                case 'a': a = true; break;
                case -1: lastUpdateId |= r.ValueTextEquals("lastUpdateId"u8); break;
            }
            JsonFields.Next(ref r);
            r.Skip();
        }
    }
}
