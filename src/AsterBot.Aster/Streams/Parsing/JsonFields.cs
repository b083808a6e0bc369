using System.Buffers.Text;
using System.Text.Json;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>
/// Allocation-free readers for the exchange's scalar fields. Aster sends decimals as strings and, on V3, many ids
/// and times as strings too, so every numeric reader accepts both forms. All failures are JsonExceptions, which
/// the dispatcher reports as malformed frames.
/// </summary>
internal static class JsonFields
{
    /// <summary>A small integer naming a 1- or 2-byte property (the exchange's usual keys); -1 for longer names.</summary>
    public static int Key(ref Utf8JsonReader r)
    {
        var name = r.ValueSpan;
        return name.Length switch
        {
            1 => name[0],
            2 => name[0] | name[1] << 8,
            _ => -1,
        };
    }

    public const int KeyPu = 'p' | 'u' << 8;

    public static decimal Decimal(ref Utf8JsonReader r)
    {
        if (r.TokenType is JsonTokenType.String or JsonTokenType.Number && !r.ValueIsEscaped
            && WireDecimal.TryParse(r.ValueSpan, out var value))
            return value;
        throw Unexpected(ref r, "a decimal");
    }

    public static long Int64(ref Utf8JsonReader r)
    {
        if (r.TokenType is JsonTokenType.String or JsonTokenType.Number && !r.ValueIsEscaped
            && Utf8Parser.TryParse(r.ValueSpan, out long value, out var used) && used == r.ValueSpan.Length)
            return value;
        throw Unexpected(ref r, "an integer");
    }

    public static bool Boolean(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref r, "true or false"),
    };

    public static string String(ref Utf8JsonReader r, Utf8StringPool pool)
    {
        if (r.TokenType != JsonTokenType.String) throw Unexpected(ref r, "a string");
        return r.ValueIsEscaped ? r.GetString()! : pool.Get(r.ValueSpan);
    }

    /// <summary>Reads the next token, failing clearly when the frame ends early.</summary>
    public static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new JsonException("The frame ends in the middle of a JSON value.");
    }

    public static JsonException Unexpected(ref Utf8JsonReader r, string expected) =>
        new($"Expected {expected} at byte {r.TokenStartIndex}, found {r.TokenType}.");
}
