using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Eip712;

/// <summary>The EIP-712 signing digest: keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ hashStruct(message)).</summary>
public static class TypedData
{
    public static void Digest(ReadOnlySpan<byte> domainSeparator, ReadOnlySpan<byte> structHash, Span<byte> digest32)
    {
        if (domainSeparator.Length != 32 || structHash.Length != 32)
            throw new ArgumentException("The domain separator and the struct hash are 32 bytes each.");
        Span<byte> preimage = stackalloc byte[66];
        preimage[0] = 0x19;
        preimage[1] = 0x01;
        domainSeparator.CopyTo(preimage[2..]);
        structHash.CopyTo(preimage[34..]);
        Keccak256.Hash(preimage, digest32);
    }

    public static byte[] Digest(Eip712Domain domain, Eip712Types types, string primaryType, IReadOnlyDictionary<string, object?> message)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(types);
        Span<byte> structHash = stackalloc byte[32];
        types.HashStruct(primaryType, message, structHash);
        var digest = new byte[32];
        Digest(domain.Separator, structHash, digest);
        return digest;
    }
}
