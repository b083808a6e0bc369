using System.Security.Cryptography;

namespace AsterBot.Storage.Secrets;

/// <summary>
/// The 32-byte AES-256 key that encrypts credentials at rest. Its <see cref="KeyId"/> (a hash prefix, not the key)
/// is written into every envelope so a different key is recognised instead of producing garbage.
/// </summary>
public sealed class SecretKey
{
    public const int Length = 32;
    private const int KeyIdLength = 8;

    private readonly byte[] _bytes;

    public SecretKey(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new SecretKeyException($"A secret key is {Length} bytes; this one has {bytes.Length}.");
        _bytes = bytes.ToArray();
        // Hashing with a label keeps the id unrelated to any other use of the key bytes.
        KeyId = SHA256.HashData([.. "asterbot-key-id:"u8, .. _bytes])[..KeyIdLength];
    }

    public byte[] KeyId { get; }

    public string KeyIdHex => Convert.ToHexStringLower(KeyId);

    public static SecretKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>Parses the base64 form used by ASTERBOT_SECRET_KEY and the key file.</summary>
    public static SecretKey FromBase64(string text, string origin)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(text.Trim()); }
        catch (FormatException)
        {
            throw new SecretKeyException($"The secret key in {origin} is not base64; it must be {Length} random bytes in base64 (e.g. `openssl rand -base64 32`).");
        }
        if (bytes.Length != Length)
            throw new SecretKeyException($"The secret key in {origin} decodes to {bytes.Length} bytes; it must be exactly {Length} (e.g. `openssl rand -base64 32`).");
        return new SecretKey(bytes);
    }

    public string ToBase64() => Convert.ToBase64String(_bytes);

    internal AesGcm CreateCipher() => new(_bytes, SecretBox.TagLength);

    public override string ToString() => $"secret key {KeyIdHex}";
}
