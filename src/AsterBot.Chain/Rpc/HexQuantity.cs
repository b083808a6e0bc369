using System.Globalization;
using System.Numerics;

namespace AsterBot.Chain.Rpc;

/// <summary>
/// Ethereum JSON-RPC "quantity" values ("0x0", "0x1a"): parsed strictly, because a node that answers "0x01", "",
/// "1a" or "0x" is not following the protocol and its other numbers cannot be trusted either.
/// </summary>
public static class HexQuantity
{
    public static BigInteger ParseBigInteger(string? text, string field)
    {
        var digits = ValidDigits(text, field);
        // A leading "0" keeps BigInteger from reading the top bit as a sign.
        return BigInteger.Parse(string.Concat("0", digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    public static ulong ParseUInt64(string? text, string field)
    {
        var digits = ValidDigits(text, field);
        if (digits.Length > 16) throw new RpcProtocolException($"'{field}' = {text} does not fit in 64 bits.");
        return ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    public static string Format(BigInteger value)
    {
        if (value.Sign < 0) throw new ArgumentOutOfRangeException(nameof(value), "Quantities are never negative.");
        if (value.IsZero) return "0x0";
        return "0x" + value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
    }

    public static string Format(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    private static ReadOnlySpan<char> ValidDigits(string? text, string field)
    {
        if (text is null) throw new RpcProtocolException($"'{field}' is missing.");
        if (text.Length < 3 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
            throw new RpcProtocolException($"'{field}' = \"{Shorten(text)}\" is not a 0x-prefixed hex quantity.");
        var digits = text.AsSpan(2);
        if (digits.Length > 1 && digits[0] == '0')
            throw new RpcProtocolException($"'{field}' = \"{Shorten(text)}\" has leading zeros, which quantities may not have.");
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
                throw new RpcProtocolException($"'{field}' = \"{Shorten(text)}\" contains a non-hex character.");
        }
        return digits;
    }

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
