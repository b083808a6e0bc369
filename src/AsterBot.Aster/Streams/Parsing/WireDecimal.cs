using System.Buffers.Text;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>
/// Parses the exchange's decimal text ("65001.30", "-0.00010") exactly, keeping its scale so "0.00010" stays
/// "0.00010". The common shape (optional minus, up to 19 digits, optional point) is read in one pass into a
/// 64-bit mantissa, several times faster than the general parser, which handles everything else (exponents,
/// more digits).
/// </summary>
public static class WireDecimal
{
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        if (TryParseCommonPrefix(text, out value, out var used) && used == text.Length) return true;
        return Utf8Parser.TryParse(text, out value, out used) && used == text.Length;
    }

    /// <summary>
    /// Reads the common shape from the start of <paramref name="text"/> and stops at the first byte that cannot
    /// continue it (<paramref name="used"/> says where), so a scanner can parse a quoted value without first
    /// searching for its closing quote. False when the shape has no digit or does not fit the fast path.
    /// </summary>
    internal static bool TryParseCommonPrefix(ReadOnlySpan<byte> text, out decimal value, out int used)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative) i = 1;
        var first = i;
        ulong mantissa = 0;
        uint digit;
        // Integer part, then fraction part: two tight loops keep the per-digit work to one multiply-add. The
        // mantissa may wrap on more than 19 digits; such text is refused below by its digit count.
        while ((uint)i < (uint)text.Length && (digit = (uint)(text[i] - '0')) <= 9)
        {
            mantissa = mantissa * 10 + digit;
            i++;
        }
        var digits = i - first;
        var scale = 0;
        if ((uint)i < (uint)text.Length && text[i] == '.')
        {
            var point = ++i;
            while ((uint)i < (uint)text.Length && (digit = (uint)(text[i] - '0')) <= 9)
            {
                mantissa = mantissa * 10 + digit;
                i++;
            }
            scale = i - point;
            digits += scale;
        }
        used = i;
        if (digits == 0 || digits > 19 || scale > 28) return false;
        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
