using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Math.EC.Multiplier;

namespace AsterBot.Chain.Crypto;

/// <summary>
/// secp256k1 in managed code (BouncyCastle), used only when libsecp256k1 is missing: several times slower. It
/// mirrors the native library exactly: RFC6979 (HMAC-SHA256) nonces, s normalized to the lower half, and the
/// recovery id taken from the parity of the nonce point R. Uses BouncyCastle's specialised secp256k1 field
/// arithmetic (CustomNamedCurves), several times faster than its generic curve code.
/// </summary>
internal sealed class ManagedSecp256k1 : ISecp256k1
{
    private static readonly X9ECParameters Curve = Org.BouncyCastle.Crypto.EC.CustomNamedCurves.GetByName("secp256k1");
    private static readonly BigInteger HalfOrder = Curve.N.ShiftRight(1);
    private static readonly FixedPointCombMultiplier BaseMultiplier = new();

    public string Name => "BouncyCastle (managed fallback)";

    public void SignRecoverable(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> secret32, Span<byte> signature65)
    {
        Secp256k1Signature.RequireLength(hash32, 32, nameof(hash32));
        Secp256k1Signature.RequireMinimum(signature65, Secp256k1Signature.Size, nameof(signature65));
        var d = SecretScalar(secret32);
        var hash = hash32.ToArray();
        var e = new BigInteger(1, hash);
        var nonces = new HMacDsaKCalculator(new Sha256Digest());
        nonces.Init(Curve.N, d, hash);
        // ECDSA by hand rather than through ECDsaSigner: the recovery id needs the nonce point R, which the
        // signer does not expose. Each k from the RFC6979 stream is tried until r and s are both non-zero.
        while (true)
        {
            var k = nonces.NextK();
            var bigR = BaseMultiplier.Multiply(Curve.G, k).Normalize();
            var rX = bigR.AffineXCoord.ToBigInteger();
            var r = rX.Mod(Curve.N);
            if (r.SignValue == 0) continue;
            var s = k.ModInverse(Curve.N).Multiply(e.Add(d.Multiply(r))).Mod(Curve.N);
            if (s.SignValue == 0) continue;

            var recoveryId = bigR.AffineYCoord.TestBitZero() ? 1 : 0;
            // R.x ≥ n (ids 2 and 3) has probability ~2^-127 and Ethereum's v cannot express it.
            if (rX.CompareTo(Curve.N) >= 0)
                throw new InvalidOperationException("The signature's recovery id is outside 0..1; this happens with negligible probability.");
            if (s.CompareTo(HalfOrder) > 0)
            {
                // Using n - s corresponds to the nonce -k, whose point is R mirrored: the y parity flips.
                s = Curve.N.Subtract(s);
                recoveryId ^= 1;
            }
            WriteScalar(r, signature65[..32]);
            WriteScalar(s, signature65[32..64]);
            signature65[64] = (byte)(27 + recoveryId);
            return;
        }
    }

    public bool TryRecoverPublicKey(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> signature65, Span<byte> uncompressed65)
    {
        if (hash32.Length != 32 || signature65.Length != Secp256k1Signature.Size || uncompressed65.Length < 65) return false;
        var recoveryId = Secp256k1Signature.RecoveryId(signature65[64]);
        if (recoveryId < 0) return false;
        var r = new BigInteger(1, signature65[..32].ToArray());
        var s = new BigInteger(1, signature65[32..64].ToArray());
        if (r.SignValue == 0 || s.SignValue == 0 || r.CompareTo(Curve.N) >= 0 || s.CompareTo(Curve.N) >= 0) return false;
        var point = Recover(hash32.ToArray(), r, s, recoveryId);
        if (point is null) return false;
        point.GetEncoded(false).CopyTo(uncompressed65);
        return true;
    }

    public void GetPublicKey(ReadOnlySpan<byte> secret32, Span<byte> uncompressed65)
    {
        Secp256k1Signature.RequireMinimum(uncompressed65, 65, nameof(uncompressed65));
        BaseMultiplier.Multiply(Curve.G, SecretScalar(secret32)).Normalize().GetEncoded(false).CopyTo(uncompressed65);
    }

    public bool TryAddTweakToPublicKey(ReadOnlySpan<byte> publicKey33or65, ReadOnlySpan<byte> tweak32, Span<byte> compressed33)
    {
        Secp256k1Signature.RequireLength(tweak32, 32, nameof(tweak32));
        Secp256k1Signature.RequireMinimum(compressed33, 33, nameof(compressed33));
        if (!TryDecodePoint(publicKey33or65, out var point)) return false;
        var tweak = new BigInteger(1, tweak32.ToArray());
        if (tweak.CompareTo(Curve.N) >= 0) return false;
        var sum = BaseMultiplier.Multiply(Curve.G, tweak).Add(point).Normalize();
        if (sum.IsInfinity) return false;
        sum.GetEncoded(true).CopyTo(compressed33);
        return true;
    }

    public void Decompress(ReadOnlySpan<byte> compressed33, Span<byte> uncompressed65)
    {
        Secp256k1Signature.RequireMinimum(uncompressed65, 65, nameof(uncompressed65));
        if (compressed33.Length != 33 || !TryDecodePoint(compressed33, out var point))
            throw new FormatException("The compressed public key is not a point on secp256k1.");
        point.GetEncoded(false).CopyTo(uncompressed65);
    }

    private static bool TryDecodePoint(ReadOnlySpan<byte> encoded, out ECPoint point)
    {
        point = Curve.Curve.Infinity;
        if (encoded.Length is not (33 or 65)) return false;
        try
        {
            point = Curve.Curve.DecodePoint(encoded.ToArray()).Normalize();
            return !point.IsInfinity && point.IsValid();
        }
        catch (ArgumentException)
        {
            return false; // BouncyCastle reports "not on the curve" and bad encodings this way.
        }
    }

    private static BigInteger SecretScalar(ReadOnlySpan<byte> secret32)
    {
        Secp256k1Signature.RequireLength(secret32, 32, nameof(secret32));
        var d = new BigInteger(1, secret32.ToArray());
        if (d.SignValue == 0 || d.CompareTo(Curve.N) >= 0)
            throw new ArgumentException("The private key is not a valid secp256k1 secret (zero or not below the curve order).", nameof(secret32));
        return d;
    }

    /// <summary>SEC 1 §4.1.6 public key recovery: Q = r⁻¹(sR − eG), where R has x = r and y parity = recovery id.</summary>
    private static ECPoint? Recover(byte[] hash, BigInteger r, BigInteger s, int recoveryId)
    {
        Span<byte> compressedR = stackalloc byte[33];
        compressedR[0] = (byte)(0x02 + (recoveryId & 1));
        WriteScalar(r, compressedR[1..]);
        if (!TryDecodePoint(compressedR, out var bigR)) return null;
        var e = new BigInteger(1, hash);
        var rInverse = r.ModInverse(Curve.N);
        var eNegated = Curve.N.Subtract(e).Mod(Curve.N);
        var q = ECAlgorithms.SumOfTwoMultiplies(Curve.G, eNegated.Multiply(rInverse).Mod(Curve.N), bigR, s.Multiply(rInverse).Mod(Curve.N)).Normalize();
        return q.IsInfinity ? null : q;
    }

    private static void WriteScalar(BigInteger value, Span<byte> destination32)
    {
        var bytes = value.ToByteArrayUnsigned();
        destination32.Clear();
        bytes.CopyTo(destination32[(32 - bytes.Length)..]);
    }
}
