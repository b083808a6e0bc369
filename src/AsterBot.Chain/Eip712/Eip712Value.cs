using System.Globalization;
using System.Numerics;
using System.Text;
using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Eip712;

/// <summary>
/// encodeData for EIP-712's non-struct types, each into one 32-byte word. Accepted values: string (string,
/// and decimal or 0x-hex text for integers and addresses), <see cref="EthAddress"/>, bool, integers and
/// <see cref="BigInteger"/>, byte[] / <see cref="ReadOnlyMemory{T}"/> for bytes and bytesN.
/// </summary>
internal static class Eip712Value
{
    public static bool IsAtomicOrDynamic(string type) =>
        type is "string" or "bytes" or "address" or "bool"
        || TryIntegerBits(type, out _, out _)
        || TryFixedBytesLength(type, out _);

    public static void Encode(string type, object? value, Span<byte> destination32, string path)
    {
        destination32.Clear();
        switch (type)
        {
            case "string":
                Keccak256.Hash(Encoding.UTF8.GetBytes(value as string ?? throw Expected(path, "a string")), destination32);
                return;
            case "bytes":
                Keccak256.Hash(Bytes(value, path), destination32);
                return;
            case "bool":
                destination32[31] = value is bool flag ? (byte)(flag ? 1 : 0) : throw Expected(path, "a bool");
                return;
            case "address":
                var address = value switch
                {
                    EthAddress a => a,
                    string text => EthAddress.Parse(text),
                    _ => throw Expected(path, "an address"),
                };
                address.Bytes.CopyTo(destination32[12..]);
                return;
        }
        if (TryFixedBytesLength(type, out var length))
        {
            var bytes = Bytes(value, path);
            if (bytes.Length != length) throw new ArgumentException($"{path} must be exactly {length} bytes for {type}; it has {bytes.Length}.");
            bytes.CopyTo(destination32);
            return;
        }
        if (TryIntegerBits(type, out var bits, out var signed))
        {
            EncodeInteger(Integer(value, path), bits, signed, destination32, path, type);
            return;
        }
        throw new ArgumentException($"{path} has the unsupported EIP-712 type \"{type}\".");
    }

    private static void EncodeInteger(BigInteger value, int bits, bool signed, Span<byte> destination32, string path, string type)
    {
        var min = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
        var max = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
        if (value < min || value > max) throw new ArgumentException($"{path} = {value} does not fit in {type}.");
        // Two's complement over the full 256-bit word: negative numbers are sign-extended with 0xFF.
        if (value.Sign < 0) destination32.Fill(0xFF);
        var bytes = value.ToByteArray(isUnsigned: false, isBigEndian: true);
        var significant = bytes.AsSpan(Math.Max(0, bytes.Length - 32));
        significant.CopyTo(destination32[(32 - significant.Length)..]);
    }

    private static BigInteger Integer(object? value, string path) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        uint u => u,
        ulong ul => ul,
        short s => s,
        ushort us => us,
        byte b8 => b8,
        string text when text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) => hex,
        string text when BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dec) => dec,
        _ => throw Expected(path, "an integer"),
    };

    private static ReadOnlySpan<byte> Bytes(object? value, string path) => value switch
    {
        byte[] array => array,
        ReadOnlyMemory<byte> memory => memory.Span,
        Memory<byte> memory => memory.Span,
        _ => throw Expected(path, "bytes (byte[])"),
    };

    private static bool TryIntegerBits(string type, out int bits, out bool signed)
    {
        bits = 0;
        signed = type.StartsWith("int", StringComparison.Ordinal);
        if (!signed && !type.StartsWith("uint", StringComparison.Ordinal)) return false;
        var digits = type.AsSpan(signed ? 3 : 4);
        // EIP-712 requires explicit sizes ("uint256", not "uint").
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out bits) && bits is >= 8 and <= 256 && bits % 8 == 0;
    }

    private static bool TryFixedBytesLength(string type, out int length)
    {
        length = 0;
        return type.StartsWith("bytes", StringComparison.Ordinal) && type.Length > 5
            && int.TryParse(type.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out length) && length is >= 1 and <= 32;
    }

    private static ArgumentException Expected(string path, string what) => new($"{path} must be {what}.");
}
