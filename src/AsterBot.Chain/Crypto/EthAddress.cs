using System.Text.Json.Serialization;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// A 20-byte EVM account address. Text forms: "0x" + 40 hex digits, either all one case or EIP-55 mixed-case
/// checksummed (a mixed-case text that fails the checksum is a typo, so it is refused rather than trusted).
/// </summary>
[JsonConverter(typeof(EthAddressJsonConverter))]
public readonly struct EthAddress : IEquatable<EthAddress>, IParsable<EthAddress>
{
    public const int Size = 20;
    private static readonly byte[] ZeroBytes = new byte[Size];
    private readonly byte[]? _bytes;

    private EthAddress(byte[] bytes) => _bytes = bytes;

    /// <summary>0x0000000000000000000000000000000000000000 (also the value of <c>default</c>).</summary>
    public static EthAddress Zero => default;

    public ReadOnlySpan<byte> Bytes => _bytes ?? ZeroBytes;

    public static EthAddress FromBytes(ReadOnlySpan<byte> bytes20)
    {
        if (bytes20.Length != Size)
            throw new ArgumentException($"An address is {Size} bytes; {bytes20.Length} were given.", nameof(bytes20));
        return new EthAddress(bytes20.ToArray());
    }

    public static EthAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var address, out var problem) ? address : throw new FormatException(problem);
    }

    public static bool TryParse(string? text, out EthAddress address)
    {
        address = default;
        return text is not null && TryParseCore(text, out address, out _);
    }

    static EthAddress IParsable<EthAddress>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<EthAddress>.TryParse(string? s, IFormatProvider? provider, out EthAddress result) => TryParse(s, out result);

    private static bool TryParseCore(ReadOnlySpan<char> text, out EthAddress address, out string problem)
    {
        address = default;
        if (!(text.Length == 2 + 2 * Size && text[0] == '0' && text[1] is 'x' or 'X'))
        {
            problem = $"An address must be \"0x\" followed by 40 hexadecimal digits; got {text.Length} characters.";
            return false;
        }
        var digits = text[2..];
        var bytes = new byte[Size];
        if (!HexText.TryDecode(digits, bytes))
        {
            problem = "An address may contain only the hexadecimal digits 0-9 and a-f after \"0x\".";
            return false;
        }
        var candidate = new EthAddress(bytes);
        var hasLower = digits.ContainsAnyInRange('a', 'f');
        var hasUpper = digits.ContainsAnyInRange('A', 'F');
        if (hasLower && hasUpper)
        {
            Span<char> expected = stackalloc char[2 * Size];
            candidate.WriteChecksummedDigits(expected);
            if (!digits.SequenceEqual(expected))
            {
                problem = "The address has mixed-case letters but fails its EIP-55 checksum: it was probably mistyped. " +
                          "Copy it again from its source, or write it all in lowercase to skip the check.";
                return false;
            }
        }
        address = candidate;
        problem = "";
        return true;
    }

    /// <summary>The address of a secp256k1 public key: the last 20 bytes of keccak-256 of x‖y.</summary>
    public static EthAddress FromPublicKey(ReadOnlySpan<byte> uncompressed)
    {
        var xy = uncompressed.Length switch
        {
            64 => uncompressed,
            65 when uncompressed[0] == 0x04 => uncompressed[1..],
            _ => throw new ArgumentException(
                "An uncompressed public key is 64 bytes (x‖y) or 65 bytes starting with 0x04.", nameof(uncompressed)),
        };
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(xy, hash);
        return new EthAddress(hash[12..].ToArray());
    }

    public string ToLowerHex() => string.Create(2 + 2 * Size, this, static (chars, self) =>
    {
        chars[0] = '0';
        chars[1] = 'x';
        HexText.WriteLower(self.Bytes, chars[2..]);
    });

    /// <summary>EIP-55 checksummed form, e.g. 0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0.</summary>
    public override string ToString() => string.Create(2 + 2 * Size, this, static (chars, self) =>
    {
        chars[0] = '0';
        chars[1] = 'x';
        self.WriteChecksummedDigits(chars[2..]);
    });

    /// <summary>
    /// EIP-55: a letter is uppercase when the matching nibble of keccak-256(lowercase hex text) is 8 or more.
    /// </summary>
    private void WriteChecksummedDigits(Span<char> destination40)
    {
        HexText.WriteLower(Bytes, destination40);
        Span<byte> ascii = stackalloc byte[2 * Size];
        for (var i = 0; i < ascii.Length; i++) ascii[i] = (byte)destination40[i];
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(ascii, hash);
        for (var i = 0; i < destination40.Length; i++)
        {
            var nibble = (i & 1) == 0 ? hash[i / 2] >> 4 : hash[i / 2] & 0xF;
            if (nibble >= 8 && destination40[i] >= 'a') destination40[i] = char.ToUpperInvariant(destination40[i]);
        }
    }

    public bool Equals(EthAddress other) => Bytes.SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is EthAddress other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    public static bool operator ==(EthAddress left, EthAddress right) => left.Equals(right);

    public static bool operator !=(EthAddress left, EthAddress right) => !left.Equals(right);
}
