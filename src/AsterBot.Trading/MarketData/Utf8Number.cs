using System.Buffers.Text;
using System.Globalization;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Invariant number parsing straight from UTF-8 bytes. Plain decimals ("-12.3400", up to 18 digits) take a fast
/// path that builds the decimal from its digits; anything else (exponents, longer numbers) goes through the BCL.
/// </summary>
internal static class Utf8Number
{
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        if (TryParsePlain(text, out value)) return true;
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseLong(ReadOnlySpan<byte> text, out long value) =>
        Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;

    private static bool TryParsePlain(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative) i = 1;
        ulong mantissa = 0;
        int digits = 0, scale = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b == (byte)'.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }
            var digit = (uint)(b - '0');
            if (digit > 9 || ++digits > 18) return false;
            mantissa = mantissa * 10 + digit;
            if (seenPoint) scale++;
        }
        if (digits == 0) return false;
        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
