using System.Buffers;
using System.Runtime.CompilerServices;
using AsterBot.Chain.Crypto;

namespace AsterBot.Aster.Auth;

/// <summary>
/// V3 (API wallet / agent) authentication: appends <c>nonce</c>, optionally <c>user</c>, and <c>signer</c>,
/// signs the EIP-712 Message digest of exactly that string with the API wallet's key, and appends
/// <c>signature</c> last. Aster verifies the bytes as received, so the string is built once, in send order.
/// The key stays owned by the caller (this signer does not dispose it).
/// </summary>
[SkipLocalsInit] // the stack buffers are only read where they were written
public sealed class V3Signer : IRequestSigner
{
    private const int StackLimit = 1024;
    private const string SignatureParameter = "&signature=0x";
    private const int SignatureHexLength = 130;

    private readonly EthAddress _signer;
    private readonly PrivateKey _signerKey;
    private readonly NonceSource _nonces;
    private readonly ISecp256k1 _curve;
    private readonly string _identitySuffix;
    private readonly byte[] _domainSeparator;

    public V3Signer(EthAddress user, EthAddress signer, PrivateKey signerKey, long chainId, NonceSource nonces, bool includeUser = true)
        : this(user, signer, signerKey, chainId, nonces, Secp256k1.Default, includeUser)
    {
    }

    public V3Signer(EthAddress user, EthAddress signer, PrivateKey signerKey, long chainId, NonceSource nonces, ISecp256k1 curve, bool includeUser = true)
    {
        ArgumentNullException.ThrowIfNull(signerKey);
        ArgumentNullException.ThrowIfNull(nonces);
        ArgumentNullException.ThrowIfNull(curve);
        if (signerKey.Address != signer)
            throw new ArgumentException(
                $"The API wallet private key belongs to {signerKey.Address}, not to the signer {signer}. " +
                "Paste the private key of the API wallet (agent) shown as the signer address on Aster's API wallet page.",
                nameof(signerKey));
        if (chainId <= 0) throw new ArgumentOutOfRangeException(nameof(chainId), chainId, "The signing chain id must be positive (1666 mainnet, 714 testnet).");
        User = user;
        _signer = signer;
        _signerKey = signerKey;
        ChainId = chainId;
        _nonces = nonces;
        _curve = curve;
        IncludeUser = includeUser;
        // Addresses go out in EIP-55 form, as in Aster's own examples.
        _domainSeparator = V3Signature.Domain(chainId).Separator.ToArray();
        _identitySuffix = (includeUser ? "&user=" + user : "") + "&signer=" + signer;
    }

    public AuthScheme Scheme => AuthScheme.V3Eip712;

    public string? ApiKeyHeader => null;

    public EthAddress User { get; }

    public EthAddress Signer => _signer;

    public long ChainId { get; }

    public bool IncludeUser { get; }

    public string Sign(string encodedParameters) => Sign(encodedParameters, _nonces.Next(_signer));

    /// <summary>Signs with a given nonce, e.g. to send <c>noop</c> with the nonce of a queued request to cancel it.</summary>
    public string Sign(string encodedParameters, long nonce)
    {
        ArgumentNullException.ThrowIfNull(encodedParameters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nonce);
        Span<char> nonceText = stackalloc char[20];
        nonce.TryFormat(nonceText, out var nonceLength, provider: System.Globalization.CultureInfo.InvariantCulture);

        var separator = encodedParameters.Length > 0 ? 1 : 0;
        var signedLength = encodedParameters.Length + separator + "nonce=".Length + nonceLength + _identitySuffix.Length;
        var totalLength = signedLength + SignatureParameter.Length + SignatureHexLength;

        char[]? rented = null;
        var chars = totalLength <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(totalLength));
        try
        {
            var written = 0;
            Append(chars, ref written, encodedParameters);
            if (separator == 1) chars[written++] = '&';
            Append(chars, ref written, "nonce=");
            Append(chars, ref written, nonceText[..nonceLength]);
            Append(chars, ref written, _identitySuffix);

            Span<byte> digest = stackalloc byte[32];
            V3Signature.MessageDigest(_domainSeparator, chars[..signedLength], digest);
            Span<byte> signature = stackalloc byte[65];
            _curve.SignRecoverable(digest, _signerKey.Secret, signature);

            Append(chars, ref written, SignatureParameter);
            Convert.TryToHexStringLower(signature, chars[written..], out var hexLength);
            written += hexLength;
            return new string(chars[..written]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void Append(Span<char> destination, ref int written, ReadOnlySpan<char> text)
    {
        text.CopyTo(destination[written..]);
        written += text.Length;
    }

    public override string ToString() => $"V3Signer(user={User}, signer={_signer}, chainId={ChainId})";
}
