using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using AsterBot.Chain.Crypto;
using AsterBot.Chain.Eip712;

namespace AsterBot.Aster.Auth;

/// <summary>
/// Aster's V3 "Message" typed data: domain AsterSignTransaction / "1" / chainId / zero address, primary type
/// <c>Message(string msg)</c> whose msg is the exact wire string before <c>&amp;signature=</c>. The hashing is
/// done by hand over stack buffers because every signed request (and, in the simulator, every received one)
/// goes through it.
/// </summary>
[SkipLocalsInit] // the stack buffers are only read where they were written
public static class V3Signature
{
    public const string DomainName = "AsterSignTransaction";
    public const string DomainVersion = "1";
    private const string SignatureParameter = "&signature=";
    private const int StackLimit = 1024;

    /// <summary>The Message struct as wallets see it (for display or for signing with eth_signTypedData_v4).</summary>
    public static readonly Eip712Types MessageTypes = Eip712Types.Of(("Message", [new Eip712Field("msg", "string")]));

    private static readonly byte[] MessageTypeHash = MessageTypes.TypeHash("Message").ToArray();
    private static readonly ConcurrentDictionary<long, Eip712Domain> Domains = new();

    public static Eip712Domain Domain(long chainId) =>
        Domains.GetOrAdd(chainId, static id => new Eip712Domain(DomainName, DomainVersion, id, EthAddress.Zero));

    public static void MessageDigest(long chainId, ReadOnlySpan<byte> utf8Message, Span<byte> digest32) =>
        MessageDigest(Domain(chainId).Separator, utf8Message, digest32);

    private static void MessageDigest(ReadOnlySpan<byte> domainSeparator, ReadOnlySpan<byte> utf8Message, Span<byte> digest32)
    {
        Span<byte> structPreimage = stackalloc byte[64];
        MessageTypeHash.CopyTo(structPreimage);
        Keccak256.Hash(utf8Message, structPreimage[32..]);
        Span<byte> structHash = stackalloc byte[32];
        Keccak256.Hash(structPreimage, structHash);
        TypedData.Digest(domainSeparator, structHash, digest32);
    }

    /// <summary>
    /// The digest of a message still held as characters: UTF-8 encoded into a stack buffer (or a pooled one for
    /// long batch requests), so signing and verifying a request allocate nothing here.
    /// </summary>
    internal static void MessageDigest(ReadOnlySpan<byte> domainSeparator, ReadOnlySpan<char> message, Span<byte> digest32)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(message.Length);
        byte[]? rented = null;
        var utf8 = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(message, utf8);
            MessageDigest(domainSeparator, utf8[..length], digest32);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static byte[] MessageDigest(long chainId, string message)
    {
        var digest = new byte[32];
        MessageDigest(chainId, Encoding.UTF8.GetBytes(message), digest);
        return digest;
    }

    /// <summary>Signs a digest and writes "0x" + 130 hex digits (r‖s‖v, v = 27/28).</summary>
    public static string SignDigest(ReadOnlySpan<byte> digest32, PrivateKey key, ISecp256k1? curve = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> signature = stackalloc byte[65];
        (curve ?? Secp256k1.Default).SignRecoverable(digest32, key.Secret, signature);
        return "0x" + Convert.ToHexStringLower(signature);
    }

    public static bool TryRecoverSigner(string signedWireString, long chainId, out EthAddress signer) =>
        TryRecoverSigner(signedWireString, chainId, Secp256k1.Default, out signer);

    /// <summary>
    /// Recovers who signed a received V3 query string or form body: the signature must be the last parameter,
    /// "0x" optional, 130 hex digits; the signed message is everything before "&amp;signature=". False when the
    /// string or the signature is malformed.
    /// </summary>
    public static bool TryRecoverSigner(string signedWireString, long chainId, ISecp256k1 curve, out EthAddress signer)
    {
        signer = default;
        if (signedWireString is null) return false;
        var at = signedWireString.LastIndexOf(SignatureParameter, StringComparison.Ordinal);
        if (at < 0) return false;
        var signatureText = signedWireString.AsSpan(at + SignatureParameter.Length);
        Span<byte> signature = stackalloc byte[65];
        if (!TryParseSignature(signatureText, signature)) return false;

        Span<byte> digest = stackalloc byte[32];
        MessageDigest(Domain(chainId).Separator, signedWireString.AsSpan(0, at), digest);
        return curve.TryRecoverAddress(digest, signature, out signer);
    }

    /// <summary>r‖s‖v from "0x" + 130 hex digits (prefix optional, any case), as Aster accepts it.</summary>
    internal static bool TryParseSignature(ReadOnlySpan<char> text, Span<byte> signature65)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) text = text[2..];
        return text.Length == 130 && Convert.FromHexString(text, signature65, out _, out var written) == OperationStatus.Done && written == 65;
    }
}
