using System.Runtime.CompilerServices;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>
/// The fast path for the busiest frame of all, a depth diff, read straight from the UTF-8 bytes in one pass.
/// It accepts only a strict subset of JSON: a payload whose first key is <c>"e":"depthUpdate"</c>, alone or in a
/// combined wrapper that starts with <c>"stream"</c> then <c>"data"</c>; keys E, T, s, U, u, pu, b, a in any order;
/// ids as bare or quoted integers; prices and quantities as quoted plain decimals; strings without escapes;
/// JSON whitespace anywhere between tokens. On anything else it returns false having reported nothing, and the
/// caller hands the frame to the general parser, so odd input is still accepted or reported exactly as before.
/// Whatever it accepts is valid JSON, read to the same values the general parser would give.
/// </summary>
internal ref struct DepthFrameScanner(ReadOnlySpan<byte> frame)
{
    /// <summary>More digits could overflow a long; such ids go to the general parser.</summary>
    private const int MaxIdDigits = 18;

    private readonly ReadOnlySpan<byte> _s = frame;
    private int _p;

    /// <summary>
    /// Reads the frame into <paramref name="fields"/> (its <see cref="DepthFields.Symbol"/> left null) and the level
    /// buffers. <paramref name="stream"/> and <paramref name="symbol"/> locate those strings in the frame, if present.
    /// </summary>
    public bool TryRead(ref PriceLevel[] bids, ref PriceLevel[] asks, out DepthFields fields, out Range? stream, out Range? symbol)
    {
        fields = new DepthFields { PreviousFinalUpdateId = -1 };
        stream = null;
        symbol = null;
        if (!Expect((byte)'{')) return false;
        var combined = Peek() == '"' && At(_p + 1) == 's';
        if (combined)
        {
            if (!Key("stream"u8) || !String(out var streamRange) || !Expect((byte)',') || !Key("data"u8)
                || !Expect((byte)'{'))
                return false;
            stream = streamRange;
        }
        if (!Key("e"u8) || !Expect((byte)'"') || !Literal("depthUpdate\""u8)) return false;
        while (true)
        {
            var next = Next();
            if (next == '}') break;
            if (next != ',' || !Member(ref bids, ref asks, ref fields, ref symbol)) return false;
        }
        if (combined && !Expect((byte)'}')) return false;
        SkipWhitespace();
        return _p == _s.Length;
    }

    private bool Member(ref PriceLevel[] bids, ref PriceLevel[] asks, ref DepthFields fields, ref Range? symbol)
    {
        if (!Expect((byte)'"')) return false;
        var key = At(_p);
        var second = At(_p + 1);
        if (second == '"')
        {
            _p += 2;
        }
        else if (key == 'p' && second == 'u' && At(_p + 2) == '"')
        {
            key = 0; // "pu"
            _p += 3;
        }
        else
        {
            return false;
        }
        if (!Expect((byte)':')) return false;
        switch (key)
        {
            case (byte)'E': return Int64(out fields.EventTime);
            case (byte)'T': return Int64(out fields.TransactionTime);
            case (byte)'U': return Int64(out fields.FirstUpdateId);
            case (byte)'u': return Int64(out fields.FinalUpdateId);
            case 0: return Int64(out fields.PreviousFinalUpdateId);
            case (byte)'s':
                if (!String(out var range)) return false;
                symbol = range;
                return true;
            case (byte)'b': return Levels(ref bids, out fields.BidCount);
            case (byte)'a': return Levels(ref asks, out fields.AskCount);
            default: return false;
        }
    }

    /// <summary>[[price, quantity], ...] with both as quoted plain decimals.</summary>
    private bool Levels(ref PriceLevel[] buffer, out int count)
    {
        count = 0;
        if (!Expect((byte)'[')) return false;
        if (Peek() == ']')
        {
            _p++;
            return true;
        }
        while (true)
        {
            if (!Expect((byte)'[') || !Decimal(out var price) || !Expect((byte)',') || !Decimal(out var quantity)
                || !Expect((byte)']'))
                return false;
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            buffer[count++] = new PriceLevel(price, quantity);
            var next = Next();
            if (next == ']') return true;
            if (next != ',') return false;
        }
    }

    private bool Decimal(out decimal value)
    {
        value = 0;
        if (!Expect((byte)'"')) return false;
        if (!WireDecimal.TryParseCommonPrefix(_s[_p..], out value, out var used) || At(_p + used) != '"') return false;
        _p += used + 1;
        return true;
    }

    /// <summary>
    /// A JSON integer (no leading zeros) or a quoted one (leading zeros allowed, as the general reader's integer
    /// parser allows them); optional minus, at most <see cref="MaxIdDigits"/> digits.
    /// </summary>
    private bool Int64(out long value)
    {
        value = 0;
        var quoted = Peek() == '"';
        if (quoted) _p++;
        var negative = At(_p) == '-';
        if (negative) _p++;
        var start = _p;
        var text = _s;
        var p = start;
        long magnitude = 0;
        uint digit;
        while ((uint)p < (uint)text.Length && (digit = (uint)(text[p] - '0')) <= 9)
        {
            magnitude = magnitude * 10 + digit;
            p++;
        }
        _p = p;
        var digits = p - start;
        if (digits == 0 || digits > MaxIdDigits) return false;
        if (quoted)
        {
            if (At(_p) != '"') return false;
            _p++;
        }
        else if (digits > 1 && _s[start] == '0')
        {
            return false;
        }
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>A quoted string of printable ASCII without escapes; <paramref name="content"/> excludes the quotes.</summary>
    private bool String(out Range content)
    {
        content = default;
        if (!Expect((byte)'"')) return false;
        var text = _s;
        var start = _p;
        var end = start;
        byte b;
        // Symbols and stream names are short: a plain loop beats setting up vectorised searches.
        while ((uint)end < (uint)text.Length && (b = text[end]) != '"')
        {
            if (b < 0x20 || b >= 0x7F || b == '\\') return false;
            end++;
        }
        if ((uint)end >= (uint)text.Length) return false;
        content = start..end;
        _p = end + 1;
        return true;
    }

    /// <summary>A property name followed by its colon.</summary>
    private bool Key(ReadOnlySpan<byte> name)
    {
        if (!Expect((byte)'"') || !_s[_p..].StartsWith(name) || At(_p + name.Length) != '"') return false;
        _p += name.Length + 1;
        return Expect((byte)':');
    }

    private bool Literal(ReadOnlySpan<byte> text)
    {
        if (!_s[_p..].StartsWith(text)) return false;
        _p += text.Length;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Expect(byte expected)
    {
        if (At(_p) != expected && Peek() != expected) return false; // the first test is the compact-JSON case
        _p++;
        return true;
    }

    /// <summary>Consumes and returns the next non-whitespace byte (0 at the end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Next()
    {
        var b = At(_p);
        if (b <= ' ') b = Peek();
        _p++;
        return b;
    }

    /// <summary>The next non-whitespace byte, not consumed (0 at the end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Peek()
    {
        SkipWhitespace();
        return At(_p);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        if (At(_p) > ' ') return; // the usual case: compact JSON
        byte b;
        while ((b = At(_p)) == ' ' || b == '\n' || b == '\r' || b == '\t') _p++;
    }

    /// <summary>The byte at <paramref name="index"/>, or 0 past the end (0 never matches what the grammar expects).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly byte At(int index) => (uint)index < (uint)_s.Length ? _s[index] : (byte)0;
}
