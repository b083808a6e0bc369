namespace AsterBot.Chain.Crypto;

/// <summary>Shape checks shared by both secp256k1 implementations, so they accept and refuse the same inputs.</summary>
internal static class Secp256k1Signature
{
    public const int Size = 65;

    /// <summary>Recovery id 0..3 from the v byte (0/1 raw, 27/28 Ethereum); -1 if v is neither.</summary>
    public static int RecoveryId(byte v) => v switch
    {
        0 or 1 => v,
        27 or 28 => v - 27,
        _ => -1,
    };

    public static void RequireLength(ReadOnlySpan<byte> span, int length, string name)
    {
        if (span.Length != length)
            throw new ArgumentException($"{name} must be {length} bytes; {span.Length} were given.", name);
    }

    public static void RequireMinimum(Span<byte> span, int length, string name)
    {
        if (span.Length < length)
            throw new ArgumentException($"{name} must have room for {length} bytes.", name);
    }
}
