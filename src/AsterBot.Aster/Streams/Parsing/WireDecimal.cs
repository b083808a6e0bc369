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
        if (TryParseCommon(text, out value)) return true;
        return Utf8Parser.TryParse(text, out value, out var used) && used == text.Length;
    }

    private static bool TryParseCommon(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative) i = 1;
        ulong mantissa = 0;
        int digits = 0, scale = -1;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                if (++digits > 19) return false; // may not fit 64 bits
                mantissa = mantissa * 10 + digit;
                if (scale >= 0) scale++;
            }
            else if (text[i] == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }
        if (digits == 0 || scale > 28) return false;
        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }
}
