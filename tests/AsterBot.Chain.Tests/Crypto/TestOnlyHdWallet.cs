using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using AsterBot.Chain.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace AsterBot.Chain.Tests.Crypto;

/// <summary>
/// TEST-ONLY BIP39 seed + BIP32 private derivation (CKDpriv), to obtain xpubs from known mnemonics and seeds.
/// Product code has no private derivation on purpose: the server only ever holds the operator's xpub.
/// </summary>
internal sealed class TestOnlyHdWallet
{
    private static readonly BigInteger N =
        BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber);

    private readonly byte[] _key;
    private readonly byte[] _chainCode;
    private readonly byte _depth;
    private readonly uint _parentFingerprint;
    private readonly uint _childNumber;

    private TestOnlyHdWallet(byte[] key, byte[] chainCode, byte depth, uint parentFingerprint, uint childNumber) =>
        (_key, _chainCode, _depth, _parentFingerprint, _childNumber) = (key, chainCode, depth, parentFingerprint, childNumber);

    public static TestOnlyHdWallet FromMnemonic(string mnemonic)
    {
        var seed = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(mnemonic), Encoding.UTF8.GetBytes("mnemonic"), 2048, HashAlgorithmName.SHA512, 64);
        return FromSeed(seed);
    }

    public static TestOnlyHdWallet FromSeed(byte[] seed)
    {
        var i = HMACSHA512.HashData(Encoding.ASCII.GetBytes("Bitcoin seed"), seed);
        return new TestOnlyHdWallet(i[..32], i[32..], 0, 0, 0);
    }

    /// <summary>Path like "m/44'/60'/0'" or "m/0H/1".</summary>
    public TestOnlyHdWallet DerivePath(string path)
    {
        var node = this;
        foreach (var part in path.Split('/').Skip(1))
        {
            var hardened = part.EndsWith('\'') || part.EndsWith('H');
            var index = uint.Parse(hardened ? part[..^1] : part);
            node = node.Derive(hardened ? index + ExtendedPublicKey.HardenedOffset : index);
        }
        return node;
    }

    private TestOnlyHdWallet Derive(uint index)
    {
        var data = new byte[37];
        if (index >= ExtendedPublicKey.HardenedOffset) _key.CopyTo(data, 1);
        else CompressedPublicKey().CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(33), index);
        var i = HMACSHA512.HashData(_chainCode, data);
        var child = (new BigInteger(i[..32], isUnsigned: true, isBigEndian: true) + new BigInteger(_key, isUnsigned: true, isBigEndian: true)) % N;
        var childKey = new byte[32];
        child.TryWriteBytes(childKey.AsSpan(32 - child.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return new TestOnlyHdWallet(childKey, i[32..], (byte)(_depth + 1), Fingerprint(), index);
    }

    public byte[] CompressedPublicKey()
    {
        var uncompressed = new byte[65];
        Secp256k1.Managed.GetPublicKey(_key, uncompressed);
        var compressed = new byte[33];
        compressed[0] = (byte)(0x02 | (uncompressed[64] & 1));
        uncompressed.AsSpan(1, 32).CopyTo(compressed.AsSpan(1));
        return compressed;
    }

    public string ToXpub()
    {
        var data = new byte[78];
        BinaryPrimitives.WriteUInt32BigEndian(data, ExtendedPublicKey.MainnetVersion);
        data[4] = _depth;
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(5), _parentFingerprint);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(9), _childNumber);
        _chainCode.CopyTo(data, 13);
        CompressedPublicKey().CopyTo(data, 45);
        return Base58Check.Encode(data);
    }

    private uint Fingerprint()
    {
        var sha = SHA256.HashData(CompressedPublicKey());
        var ripemd = new RipeMD160Digest();
        ripemd.BlockUpdate(sha, 0, sha.Length);
        var hash160 = new byte[20];
        ripemd.DoFinal(hash160, 0);
        return BinaryPrimitives.ReadUInt32BigEndian(hash160);
    }
}
