using System.Security.Cryptography;
using System.Text;

namespace AsterBot.Storage.Secrets;

/// <summary>
/// AES-256-GCM envelopes for secrets at rest: [format 1][key id 8][nonce 12][tag 16][ciphertext]. A fresh random
/// nonce per value; the context (e.g. the owner) is bound as associated data so a blob copied to another owner's
/// row fails to open instead of decrypting there.
/// </summary>
public sealed class SecretBox(SecretKey key)
{
    internal const int TagLength = 16;
    private const byte Format = 1;
    private const int NonceLength = 12;
    private const int KeyIdLength = 8;
    private const int HeaderLength = 1 + KeyIdLength + NonceLength + TagLength;

    public string KeyIdHex => key.KeyIdHex;

    public byte[] Seal(SecretText secret, string context)
    {
        var plain = Encoding.UTF8.GetBytes(secret.Reveal());
        var envelope = new byte[HeaderLength + plain.Length];
        envelope[0] = Format;
        key.KeyId.CopyTo(envelope.AsSpan(1, KeyIdLength));
        var nonce = envelope.AsSpan(1 + KeyIdLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = key.CreateCipher();
        aes.Encrypt(nonce, plain, envelope.AsSpan(HeaderLength), envelope.AsSpan(1 + KeyIdLength + NonceLength, TagLength),
            Encoding.UTF8.GetBytes(context));
        CryptographicOperations.ZeroMemory(plain);
        return envelope;
    }

    public SecretText Open(ReadOnlySpan<byte> envelope, string context)
    {
        if (envelope.Length <= HeaderLength || envelope[0] != Format)
            throw new SecretKeyException("The stored credentials are not in a format this AsterBot understands (damaged, or written by a newer version); re-enter them.");
        var keyId = envelope.Slice(1, KeyIdLength);
        if (!keyId.SequenceEqual(key.KeyId))
            throw new SecretKeyException(
                $"The secret key does not match the one these credentials were encrypted with: they need key {Convert.ToHexStringLower(keyId)}, " +
                $"the configured key is {key.KeyIdHex}. Restore the original key file or ASTERBOT_SECRET_KEY, or re-enter the credentials.");
        var plain = new byte[envelope.Length - HeaderLength];
        try
        {
            using var aes = key.CreateCipher();
            aes.Decrypt(envelope.Slice(1 + KeyIdLength, NonceLength), envelope[HeaderLength..],
                envelope.Slice(1 + KeyIdLength + NonceLength, TagLength), plain, Encoding.UTF8.GetBytes(context));
            return new SecretText(Encoding.UTF8.GetString(plain));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SecretKeyException("The stored credentials fail their integrity check (damaged or moved from another owner's record); re-enter them.");
        }
        finally { CryptographicOperations.ZeroMemory(plain); }
    }
}
