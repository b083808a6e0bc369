using System.Security.Cryptography;
using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Tests.Crypto;

public class Secp256k1Tests
{
    private static readonly byte[] HalfOrder = Convert.FromHexString("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0");

    [Fact]
    public void Native_library_is_installed_here_and_is_the_default()
    {
        Assert.True(Secp256k1.IsNativeAvailable, "libsecp256k1-1 should be installed by scripts/deps.sh");
        Assert.Equal("libsecp256k1", Secp256k1.Default.Name);
        Assert.Equal("BouncyCastle (managed fallback)", Secp256k1.Managed.Name);
    }

    [Fact]
    public void Random_keys_sign_identically_in_both_implementations_and_recover_in_both()
    {
        for (var i = 0; i < 40; i++)
        {
            using var key = PrivateKey.Generate();
            var hash = RandomNumberGenerator.GetBytes(32);
            var native = new byte[65];
            var managed = new byte[65];
            Secp256k1.Native.SignRecoverable(hash, key.Secret, native);
            Secp256k1.Managed.SignRecoverable(hash, key.Secret, managed);

            Assert.Equal(Convert.ToHexString(native), Convert.ToHexString(managed));
            Assert.True(native[64] is 27 or 28);
            Assert.True(native.AsSpan(32, 32).SequenceCompareTo(HalfOrder) <= 0, "s must be in the lower half (EIP-2)");
            foreach (var curve in new[] { Secp256k1.Native, Secp256k1.Managed })
            {
                Assert.True(curve.TryRecoverAddress(hash, native, out var recovered));
                Assert.Equal(key.Address, recovered);
            }
        }
    }

    [Fact]
    public void Recovery_accepts_v_as_0_1_or_27_28_and_refuses_others()
    {
        using var key = PrivateKey.Generate();
        var hash = RandomNumberGenerator.GetBytes(32);
        var signature = new byte[65];
        Secp256k1.Native.SignRecoverable(hash, key.Secret, signature);
        var raw = (byte[])signature.Clone();
        raw[64] -= 27;
        foreach (var curve in new[] { Secp256k1.Native, Secp256k1.Managed })
        {
            Assert.True(curve.TryRecoverAddress(hash, raw, out var recovered));
            Assert.Equal(key.Address, recovered);
            var bad = (byte[])signature.Clone();
            bad[64] = 29;
            Assert.False(curve.TryRecoverAddress(hash, bad, out _));
            Assert.False(curve.TryRecoverAddress(hash, signature.AsSpan(0, 64), out _));
        }
    }

    [Fact]
    public void Signature_with_s_not_below_the_order_is_refused_by_both()
    {
        var hash = RandomNumberGenerator.GetBytes(32);
        var signature = new byte[65];
        signature[31] = 1;
        signature.AsSpan(32, 32).Fill(0xFF);
        signature[64] = 27;
        Assert.False(Secp256k1.Native.TryRecoverPublicKey(hash, signature, new byte[65]));
        Assert.False(Secp256k1.Managed.TryRecoverPublicKey(hash, signature, new byte[65]));
    }

    [Fact]
    public void Public_key_tweak_and_decompression_agree_between_implementations()
    {
        for (var i = 0; i < 10; i++)
        {
            using var key = PrivateKey.Generate();
            var uncompressedNative = new byte[65];
            var uncompressedManaged = new byte[65];
            Secp256k1.Native.GetPublicKey(key.Secret, uncompressedNative);
            Secp256k1.Managed.GetPublicKey(key.Secret, uncompressedManaged);
            Assert.Equal(uncompressedNative, uncompressedManaged);

            var compressed = new byte[33];
            compressed[0] = (byte)(0x02 | (uncompressedNative[64] & 1));
            uncompressedNative.AsSpan(1, 32).CopyTo(compressed.AsSpan(1));
            var decompressed = new byte[65];
            Secp256k1.Managed.Decompress(compressed, decompressed);
            Assert.Equal(uncompressedNative, decompressed);

            var tweak = RandomNumberGenerator.GetBytes(32);
            tweak[0] &= 0x7F; // keep it below the group order
            var tweakedNative = new byte[33];
            var tweakedManaged = new byte[33];
            Assert.True(Secp256k1.Native.TryAddTweakToPublicKey(compressed, tweak, tweakedNative));
            Assert.True(Secp256k1.Managed.TryAddTweakToPublicKey(uncompressedNative, tweak, tweakedManaged));
            Assert.Equal(tweakedNative, tweakedManaged);
        }
    }

    [Fact]
    public void Tweak_at_or_above_the_order_is_refused()
    {
        using var key = PrivateKey.Generate();
        var publicKey = new byte[65];
        Secp256k1.Native.GetPublicKey(key.Secret, publicKey);
        var tweak = Enumerable.Repeat((byte)0xFF, 32).ToArray();
        Assert.False(Secp256k1.Native.TryAddTweakToPublicKey(publicKey, tweak, new byte[33]));
        Assert.False(Secp256k1.Managed.TryAddTweakToPublicKey(publicKey, tweak, new byte[33]));
    }

    [Fact]
    public void Invalid_points_fail_to_decompress_in_both()
    {
        var notOnCurve = new byte[33];
        notOnCurve[0] = 0x02;
        notOnCurve[32] = 5;
        var badPrefix = new byte[33];
        badPrefix[0] = 0x05;
        badPrefix[32] = 1;
        foreach (var curve in new[] { Secp256k1.Native, Secp256k1.Managed })
        {
            Assert.Throws<FormatException>(() => curve.Decompress(notOnCurve, new byte[65]));
            Assert.Throws<FormatException>(() => curve.Decompress(badPrefix, new byte[65]));
            Assert.Throws<FormatException>(() => curve.Decompress(new byte[32], new byte[65]));
        }
    }

    [Fact]
    public void Wrong_lengths_are_argument_errors()
    {
        foreach (var curve in new[] { Secp256k1.Native, Secp256k1.Managed })
        {
            Assert.Throws<ArgumentException>(() => curve.SignRecoverable(new byte[31], new byte[32], new byte[65]));
            Assert.Throws<ArgumentException>(() => curve.SignRecoverable(new byte[32], new byte[31], new byte[65]));
            Assert.Throws<ArgumentException>(() => curve.SignRecoverable(new byte[32], new byte[32], new byte[64]));
            var zeroKey = Assert.Throws<ArgumentException>(() => curve.SignRecoverable(new byte[32], new byte[32], new byte[65]));
            Assert.Contains("not a valid secp256k1 secret", zeroKey.Message);
        }
    }

    [Fact]
    public void High_s_form_of_a_signature_recovers_the_same_signer_in_both()
    {
        // Ethereum's ecrecover accepts the malleable twin (n - s, flipped v); both implementations must agree on it.
        var n = System.Numerics.BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber);
        using var key = PrivateKey.Generate();
        var hash = RandomNumberGenerator.GetBytes(32);
        var signature = new byte[65];
        Secp256k1.Native.SignRecoverable(hash, key.Secret, signature);
        var s = new System.Numerics.BigInteger(signature.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        var twin = (byte[])signature.Clone();
        (n - s).TryWriteBytes(twin.AsSpan(32, 32), out _, isUnsigned: true, isBigEndian: true);
        twin[64] = signature[64] == 27 ? (byte)28 : (byte)27;
        foreach (var curve in new[] { Secp256k1.Native, Secp256k1.Managed })
        {
            Assert.True(curve.TryRecoverAddress(hash, twin, out var recovered));
            Assert.Equal(key.Address, recovered);
        }
    }

    [Fact]
    public async Task Managed_signing_is_safe_from_many_threads()
    {
        using var key = PrivateKey.Generate();
        var hashes = Enumerable.Range(0, 64).Select(_ => RandomNumberGenerator.GetBytes(32)).ToArray();
        var results = await Task.WhenAll(hashes.Select(hash => Task.Run(() =>
        {
            var signature = new byte[65];
            Secp256k1.Managed.SignRecoverable(hash, key.Secret, signature);
            return signature;
        }))).WaitAsync(TimeSpan.FromSeconds(20));
        for (var i = 0; i < hashes.Length; i++)
        {
            var expected = new byte[65];
            Secp256k1.Native.SignRecoverable(hashes[i], key.Secret, expected);
            Assert.Equal(expected, results[i]);
        }
    }
}
