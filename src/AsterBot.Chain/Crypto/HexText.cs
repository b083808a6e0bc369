namespace AsterBot.Chain.Crypto;

/// <summary>Hex parsing for EVM text forms: an optional "0x"/"0X" prefix, then an exact number of digits.</summary>
internal static class HexText
{
    public static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? text[2..] : text;

    /// <summary>Decodes exactly <c>destination.Length</c> bytes; false on a wrong length or a non-hex digit.</summary>
    public static bool TryDecode(ReadOnlySpan<char> digits, Span<byte> destination)
    {
        if (digits.Length != destination.Length * 2) return false;
        for (var i = 0; i < destination.Length; i++)
        {
            var hi = Nibble(digits[2 * i]);
            var lo = Nibble(digits[2 * i + 1]);
            if ((hi | lo) < 0) return false;
            destination[i] = (byte)((hi << 4) | lo);
        }
        return true;
    }

    public static int Nibble(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Writes lowercase hex digits of <paramref name="bytes"/> (2 chars per byte), no prefix.</summary>
    public static void WriteLower(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        const string digits = "0123456789abcdef";
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = digits[bytes[i] >> 4];
            destination[2 * i + 1] = digits[bytes[i] & 0xF];
        }
    }
}
