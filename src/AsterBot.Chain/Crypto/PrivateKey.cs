using System.Security.Cryptography;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// A secp256k1 private key (32 bytes). The secret sits in a pinned array so the GC never leaves copies behind,
/// is zeroed on <see cref="Dispose"/>, and never appears in <see cref="ToString"/> or an exception message.
/// </summary>
public sealed class PrivateKey : IDisposable
{
    public const int Size = 32;
    private readonly byte[] _secret;
    private bool _disposed;

    private PrivateKey(ReadOnlySpan<byte> secret32)
    {
        _secret = GC.AllocateArray<byte>(Size, pinned: true);
        secret32.CopyTo(_secret);
        Address = DeriveAddress(_secret);
    }

    /// <summary>Parses 64 hex digits, with or without "0x". The message on failure never repeats the input.</summary>
    public static PrivateKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = HexText.StripPrefix(hex.AsSpan().Trim());
        Span<byte> secret = stackalloc byte[Size];
        try
        {
            if (digits.Length != 2 * Size)
                throw new FormatException($"A private key is 64 hexadecimal digits (optionally prefixed with 0x); the text given has {digits.Length}.");
            if (!HexText.TryDecode(digits, secret))
                throw new FormatException("A private key may contain only hexadecimal digits (0-9, a-f); the text given has other characters.");
            if (!IsValidSecret(secret))
                throw new FormatException("The private key is out of range for secp256k1 (zero or not below the curve order).");
            return new PrivateKey(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    public static PrivateKey FromBytes(ReadOnlySpan<byte> secret32)
    {
        if (secret32.Length != Size)
            throw new ArgumentException($"A private key is {Size} bytes; {secret32.Length} were given.", nameof(secret32));
        if (!IsValidSecret(secret32))
            throw new ArgumentException("The private key is out of range for secp256k1 (zero or not below the curve order).", nameof(secret32));
        return new PrivateKey(secret32);
    }

    /// <summary>A fresh random key (for tests, demos and new API wallets).</summary>
    public static PrivateKey Generate()
    {
        Span<byte> secret = stackalloc byte[Size];
        try
        {
            do RandomNumberGenerator.Fill(secret); while (!IsValidSecret(secret));
            return new PrivateKey(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    public EthAddress Address { get; }

    /// <summary>The raw secret, for signers only. Throws once the key is disposed.</summary>
    public ReadOnlySpan<byte> Secret
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _secret;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        CryptographicOperations.ZeroMemory(_secret);
    }

    public override string ToString() => $"PrivateKey(address={Address}, secret=<redacted>)";

    private static EthAddress DeriveAddress(ReadOnlySpan<byte> secret32)
    {
        Span<byte> publicKey = stackalloc byte[65];
        Secp256k1.Default.GetPublicKey(secret32, publicKey);
        return EthAddress.FromPublicKey(publicKey);
    }

    /// <summary>1 ≤ secret &lt; n, compared big-endian against the curve order.</summary>
    private static bool IsValidSecret(ReadOnlySpan<byte> secret32)
    {
        if (!secret32.ContainsAnyExcept((byte)0)) return false;
        return secret32.SequenceCompareTo(CurveOrder) < 0;
    }

    private static ReadOnlySpan<byte> CurveOrder =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE,
        0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48, 0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41,
    ];
}
