using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// secp256k1 through bitcoin-core's libsecp256k1 (Debian package libsecp256k1-1), several times faster than the managed
/// fallback. One context serves every thread: after creation and randomization the library only reads it.
/// </summary>
internal sealed unsafe partial class NativeSecp256k1 : ISecp256k1
{
    private const string Library = "libsecp256k1.so.1";
    private const uint ContextSignVerify = (1 << 0) | (1 << 8) | (1 << 9);
    private const uint Compressed = (1 << 1) | (1 << 8);
    private const uint Uncompressed = 1 << 1;
    private const int OpaquePublicKeySize = 64;
    private const int OpaqueRecoverableSignatureSize = 65;

    // Lives as long as the process: the library's context is immutable after randomization and safe to share.
    private readonly nint _context;

    private NativeSecp256k1(nint context) => _context = context;

    public string Name => "libsecp256k1";

    /// <summary>Loads the library and creates the shared context; throws <see cref="DllNotFoundException"/> if absent.</summary>
    public static NativeSecp256k1 Create()
    {
        var context = secp256k1_context_create(ContextSignVerify);
        if (context == 0) throw new InvalidOperationException("libsecp256k1 could not create a context.");
        // Blinding the context's precomputed tables against side channels, as the library recommends.
        Span<byte> seed = stackalloc byte[32];
        RandomNumberGenerator.Fill(seed);
        fixed (byte* s = seed)
            if (secp256k1_context_randomize(context, s) != 1)
                throw new InvalidOperationException("libsecp256k1 could not randomize its context.");
        CryptographicOperations.ZeroMemory(seed);
        return new NativeSecp256k1(context);
    }

    public void SignRecoverable(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> secret32, Span<byte> signature65)
    {
        Secp256k1Signature.RequireLength(hash32, 32, nameof(hash32));
        Secp256k1Signature.RequireLength(secret32, 32, nameof(secret32));
        Secp256k1Signature.RequireMinimum(signature65, Secp256k1Signature.Size, nameof(signature65));
        byte* opaque = stackalloc byte[OpaqueRecoverableSignatureSize];
        int recoveryId;
        fixed (byte* h = hash32)
        fixed (byte* k = secret32)
        fixed (byte* output = signature65)
        {
            // A null nonce function selects the library's RFC6979; its signatures are always low-s.
            if (secp256k1_ecdsa_sign_recoverable(_context, opaque, h, k, 0, 0) != 1)
                throw new ArgumentException("The private key is not a valid secp256k1 secret (zero or not below the curve order).", nameof(secret32));
            secp256k1_ecdsa_recoverable_signature_serialize_compact(_context, output, &recoveryId, opaque);
        }
        signature65[64] = (byte)(27 + recoveryId);
    }

    public bool TryRecoverPublicKey(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> signature65, Span<byte> uncompressed65)
    {
        if (hash32.Length != 32 || signature65.Length != Secp256k1Signature.Size || uncompressed65.Length < 65) return false;
        var recoveryId = Secp256k1Signature.RecoveryId(signature65[64]);
        if (recoveryId < 0) return false;
        byte* opaqueSignature = stackalloc byte[OpaqueRecoverableSignatureSize];
        byte* opaqueKey = stackalloc byte[OpaquePublicKeySize];
        fixed (byte* sig = signature65)
        fixed (byte* h = hash32)
        fixed (byte* output = uncompressed65)
        {
            if (secp256k1_ecdsa_recoverable_signature_parse_compact(_context, opaqueSignature, sig, recoveryId) != 1) return false;
            if (secp256k1_ecdsa_recover(_context, opaqueKey, opaqueSignature, h) != 1) return false;
            nuint length = 65;
            return secp256k1_ec_pubkey_serialize(_context, output, &length, opaqueKey, Uncompressed) == 1;
        }
    }

    public void GetPublicKey(ReadOnlySpan<byte> secret32, Span<byte> uncompressed65)
    {
        Secp256k1Signature.RequireLength(secret32, 32, nameof(secret32));
        Secp256k1Signature.RequireMinimum(uncompressed65, 65, nameof(uncompressed65));
        byte* opaqueKey = stackalloc byte[OpaquePublicKeySize];
        fixed (byte* k = secret32)
        fixed (byte* output = uncompressed65)
        {
            if (secp256k1_ec_pubkey_create(_context, opaqueKey, k) != 1)
                throw new ArgumentException("The private key is not a valid secp256k1 secret (zero or not below the curve order).", nameof(secret32));
            nuint length = 65;
            secp256k1_ec_pubkey_serialize(_context, output, &length, opaqueKey, Uncompressed);
        }
    }

    public bool TryAddTweakToPublicKey(ReadOnlySpan<byte> publicKey33or65, ReadOnlySpan<byte> tweak32, Span<byte> compressed33)
    {
        Secp256k1Signature.RequireLength(tweak32, 32, nameof(tweak32));
        Secp256k1Signature.RequireMinimum(compressed33, 33, nameof(compressed33));
        byte* opaqueKey = stackalloc byte[OpaquePublicKeySize];
        if (!TryParse(publicKey33or65, opaqueKey)) return false;
        fixed (byte* t = tweak32)
        fixed (byte* output = compressed33)
        {
            if (secp256k1_ec_pubkey_tweak_add(_context, opaqueKey, t) != 1) return false;
            nuint length = 33;
            return secp256k1_ec_pubkey_serialize(_context, output, &length, opaqueKey, Compressed) == 1;
        }
    }

    public void Decompress(ReadOnlySpan<byte> compressed33, Span<byte> uncompressed65)
    {
        Secp256k1Signature.RequireMinimum(uncompressed65, 65, nameof(uncompressed65));
        byte* opaqueKey = stackalloc byte[OpaquePublicKeySize];
        if (compressed33.Length != 33 || !TryParse(compressed33, opaqueKey))
            throw new FormatException("The compressed public key is not a point on secp256k1.");
        fixed (byte* output = uncompressed65)
        {
            nuint length = 65;
            secp256k1_ec_pubkey_serialize(_context, output, &length, opaqueKey, Uncompressed);
        }
    }

    private bool TryParse(ReadOnlySpan<byte> serialized, byte* opaqueKey)
    {
        if (serialized.Length is not (33 or 65)) return false;
        fixed (byte* input = serialized)
            return secp256k1_ec_pubkey_parse(_context, opaqueKey, input, (nuint)serialized.Length) == 1;
    }

    [LibraryImport(Library)]
    private static partial nint secp256k1_context_create(uint flags);

    [LibraryImport(Library)]
    private static partial int secp256k1_context_randomize(nint context, byte* seed32);

    [LibraryImport(Library)]
    private static partial int secp256k1_ecdsa_sign_recoverable(nint context, byte* signature, byte* hash32, byte* secret32, nint nonceFunction, nint nonceData);

    [LibraryImport(Library)]
    private static partial int secp256k1_ecdsa_recoverable_signature_serialize_compact(nint context, byte* output64, int* recoveryId, byte* signature);

    [LibraryImport(Library)]
    private static partial int secp256k1_ecdsa_recoverable_signature_parse_compact(nint context, byte* signature, byte* input64, int recoveryId);

    [LibraryImport(Library)]
    private static partial int secp256k1_ecdsa_recover(nint context, byte* publicKey, byte* signature, byte* hash32);

    [LibraryImport(Library)]
    private static partial int secp256k1_ec_pubkey_create(nint context, byte* publicKey, byte* secret32);

    [LibraryImport(Library)]
    private static partial int secp256k1_ec_pubkey_serialize(nint context, byte* output, nuint* outputLength, byte* publicKey, uint flags);

    [LibraryImport(Library)]
    private static partial int secp256k1_ec_pubkey_parse(nint context, byte* publicKey, byte* input, nuint inputLength);

    [LibraryImport(Library)]
    private static partial int secp256k1_ec_pubkey_tweak_add(nint context, byte* publicKey, byte* tweak32);
}
