using System.Numerics;
using System.Security.Cryptography;

namespace AsterBot.Chain.Crypto;

/// <summary>Bitcoin's Base58Check: payload ‖ first 4 bytes of SHA-256(SHA-256(payload)), in base 58.</summary>
public static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static string Encode(ReadOnlySpan<byte> payload)
    {
        var data = new byte[payload.Length + 4];
        payload.CopyTo(data);
        Checksum(payload, data.AsSpan(payload.Length));

        var value = new BigInteger(data, isUnsigned: true, isBigEndian: true);
        var chars = new List<char>(data.Length * 138 / 100 + 1);
        while (value > 0)
        {
            value = BigInteger.DivRem(value, 58, out var remainder);
            chars.Add(Alphabet[(int)remainder]);
        }
        // Each leading zero byte is written as a leading '1', since the number itself cannot carry them.
        foreach (var b in data)
        {
            if (b != 0) break;
            chars.Add(Alphabet[0]);
        }
        chars.Reverse();
        return new string(chars.ToArray());
    }

    /// <summary>Decodes and verifies the checksum; the error says which of the two failed.</summary>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        BigInteger value = 0;
        var leadingZeros = 0;
        var stillLeading = true;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c);
            if (digit < 0)
                throw new FormatException($"'{c}' is not a Base58 character (Base58 has no 0, O, I or l).");
            if (stillLeading && digit == 0) leadingZeros++;
            else stillLeading = false;
            value = value * 58 + digit;
        }
        var body = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var data = new byte[leadingZeros + body.Length];
        body.CopyTo(data, leadingZeros);
        if (data.Length < 4) throw new FormatException("The Base58Check text is too short to hold its checksum.");

        var payload = data.AsSpan(0, data.Length - 4);
        Span<byte> expected = stackalloc byte[4];
        Checksum(payload, expected);
        if (!expected.SequenceEqual(data.AsSpan(data.Length - 4)))
            throw new FormatException("The Base58Check checksum does not match: the text was mistyped or truncated.");
        return payload.ToArray();
    }

    private static void Checksum(ReadOnlySpan<byte> payload, Span<byte> destination4)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        SHA256.HashData(hash, hash);
        hash[..4].CopyTo(destination4);
    }
}
