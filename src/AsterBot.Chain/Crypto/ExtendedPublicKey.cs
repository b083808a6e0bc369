using System.Buffers.Binary;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// A BIP32 extended public key (xpub/tpub) and its non-hardened children. The server derives one deposit
/// address per user from the operator's account xpub (m/44'/60'/0'), and never holds a private key, so private
/// and hardened derivation are deliberately absent.
/// </summary>
public sealed class ExtendedPublicKey
{
    public const uint MainnetVersion = 0x0488B21E;
    public const uint TestnetVersion = 0x043587CF;
    private const uint MainnetPrivateVersion = 0x0488ADE4;
    private const uint TestnetPrivateVersion = 0x04358394;
    private const int SerializedSize = 78;
    public const uint HardenedOffset = 0x80000000;

    private readonly byte[] _chainCode;
    private readonly byte[] _publicKey; // compressed, 33 bytes
    private readonly ISecp256k1 _curve;

    private ExtendedPublicKey(uint version, byte depth, uint parentFingerprint, uint childNumber, byte[] chainCode,
        byte[] publicKey, ISecp256k1 curve)
    {
        Version = version;
        Depth = depth;
        ParentFingerprint = parentFingerprint;
        ChildNumber = childNumber;
        _chainCode = chainCode;
        _publicKey = publicKey;
        _curve = curve;
        Span<byte> uncompressed = stackalloc byte[65];
        curve.Decompress(publicKey, uncompressed);
        Address = EthAddress.FromPublicKey(uncompressed);
    }

    public uint Version { get; }
    public byte Depth { get; }
    public uint ChildNumber { get; }
    public uint ParentFingerprint { get; }
    public ReadOnlySpan<byte> ChainCode => _chainCode;
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <summary>The Ethereum address of this node's own key.</summary>
    public EthAddress Address { get; }

    public static ExtendedPublicKey Parse(string text) => Parse(text, Secp256k1.Default);

    public static ExtendedPublicKey Parse(string text, ISecp256k1 curve)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(curve);
        byte[] data;
        try
        {
            data = Base58Check.Decode(text.Trim());
        }
        catch (FormatException ex)
        {
            throw new FormatException("This is not a valid extended public key: " + ex.Message, ex);
        }
        if (data.Length != SerializedSize)
            throw new FormatException($"An extended public key holds {SerializedSize} bytes; this one holds {data.Length}. Was it truncated?");

        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version is MainnetPrivateVersion or TestnetPrivateVersion)
            throw new FormatException("This is an extended PRIVATE key (xprv/tprv). Give the extended public key (xpub) " +
                                      "instead, and keep the private key off this server.");
        if (version is not (MainnetVersion or TestnetVersion))
            throw new FormatException($"Unsupported extended key version 0x{version:X8}: expected an xpub (0x{MainnetVersion:X8}) " +
                                      $"or tpub (0x{TestnetVersion:X8}). Other wallets' variants (ypub, zpub, ...) are for Bitcoin scripts.");

        var depth = data[4];
        var parentFingerprint = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(5));
        var childNumber = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(9));
        if (depth == 0 && (parentFingerprint != 0 || childNumber != 0))
            throw new FormatException("The extended public key is inconsistent: depth 0 (master) with a parent fingerprint or child number.");
        var publicKey = data.AsSpan(45, 33).ToArray();
        if (publicKey[0] is not (0x02 or 0x03))
            throw new FormatException("The extended key's key data is not a compressed public key (it may be private key data).");
        try
        {
            return new ExtendedPublicKey(version, depth, parentFingerprint, childNumber, data.AsSpan(13, 32).ToArray(), publicKey, curve);
        }
        catch (FormatException ex)
        {
            throw new FormatException("The extended public key's point is not on secp256k1: the key is corrupt.", ex);
        }
    }

    /// <summary>CKDpub (BIP32): child i of this key, for non-hardened i &lt; 2^31.</summary>
    public ExtendedPublicKey Derive(uint index)
    {
        if (index >= HardenedOffset)
            throw new ArgumentOutOfRangeException(nameof(index), index,
                "Hardened children (index ≥ 2^31) need the private key; from an xpub only indexes 0 to 2147483647 can be derived.");
        if (Depth == byte.MaxValue)
            throw new InvalidOperationException("BIP32 keys cannot be deeper than 255 levels.");

        Span<byte> data = stackalloc byte[37];
        _publicKey.CopyTo(data);
        BinaryPrimitives.WriteUInt32BigEndian(data[33..], index);
        Span<byte> i = stackalloc byte[64];
        HMACSHA512.HashData(_chainCode, data, i);

        var childKey = new byte[33];
        // A tweak ≥ n or a sum at infinity has probability ~2^-127; BIP32 says to skip such an index.
        if (!_curve.TryAddTweakToPublicKey(_publicKey, i[..32], childKey))
            throw new InvalidOperationException($"Child {index} is invalid under BIP32 (probability ~2^-127); use the next index.");
        return new ExtendedPublicKey(Version, (byte)(Depth + 1), Fingerprint(), index, i[32..].ToArray(), childKey, _curve);
    }

    /// <summary>Derives along a path of non-hardened indexes, e.g. (0, 5) for m/44'/60'/0'/0/5 from the account xpub.</summary>
    public ExtendedPublicKey Derive(params ReadOnlySpan<uint> path)
    {
        var node = this;
        foreach (var index in path) node = node.Derive(index);
        return node;
    }

    /// <summary>First 4 bytes of RIPEMD-160(SHA-256(public key)), identifying this key as a child's parent.</summary>
    public uint Fingerprint()
    {
        Span<byte> sha = stackalloc byte[32];
        SHA256.HashData(_publicKey, sha);
        var ripemd = new RipeMD160Digest();
        ripemd.BlockUpdate(sha.ToArray(), 0, sha.Length);
        var hash160 = new byte[20];
        ripemd.DoFinal(hash160, 0);
        return BinaryPrimitives.ReadUInt32BigEndian(hash160);
    }

    public override string ToString()
    {
        Span<byte> data = stackalloc byte[SerializedSize];
        BinaryPrimitives.WriteUInt32BigEndian(data, Version);
        data[4] = Depth;
        BinaryPrimitives.WriteUInt32BigEndian(data[5..], ParentFingerprint);
        BinaryPrimitives.WriteUInt32BigEndian(data[9..], ChildNumber);
        _chainCode.CopyTo(data[13..]);
        _publicKey.CopyTo(data[45..]);
        return Base58Check.Encode(data);
    }
}
