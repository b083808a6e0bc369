namespace AsterBot.Chain.Crypto;

/// <summary>
/// The secp256k1 operations AsterBot needs, implemented by libsecp256k1 (fast, native) and by BouncyCastle
/// (slow, managed fallback). Both produce byte-identical signatures: RFC6979 deterministic nonces and low-s.
/// </summary>
public interface ISecp256k1
{
    /// <summary>"libsecp256k1" or "BouncyCastle (managed fallback)".</summary>
    string Name { get; }

    /// <summary>Signs a 32-byte hash: r‖s‖v with low s (RFC6979) and v = 27/28, the Ethereum wire form.</summary>
    void SignRecoverable(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> secret32, Span<byte> signature65);

    /// <summary>Recovers the 65-byte uncompressed public key (0x04‖x‖y); v may be 0/1 or 27/28.</summary>
    bool TryRecoverPublicKey(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> signature65, Span<byte> uncompressed65);

    /// <summary>The signer's address: the recovered public key hashed (the same for every implementation).</summary>
    bool TryRecoverAddress(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> signature65, out EthAddress address)
    {
        Span<byte> publicKey = stackalloc byte[65];
        address = default;
        if (!TryRecoverPublicKey(hash32, signature65, publicKey)) return false;
        address = EthAddress.FromPublicKey(publicKey);
        return true;
    }

    void GetPublicKey(ReadOnlySpan<byte> secret32, Span<byte> uncompressed65);

    /// <summary>point + tweak·G, compressed (BIP32 public child derivation); false if tweak ≥ n or the sum is infinity.</summary>
    bool TryAddTweakToPublicKey(ReadOnlySpan<byte> publicKey33or65, ReadOnlySpan<byte> tweak32, Span<byte> compressed33);

    /// <summary>Expands a 33-byte compressed point; throws <see cref="FormatException"/> if it is not on the curve.</summary>
    void Decompress(ReadOnlySpan<byte> compressed33, Span<byte> uncompressed65);
}
