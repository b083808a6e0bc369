using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;

namespace AsterBot.Aster.Tests.Auth;

/// <summary>Aster V3 vectors (API.md §3.2, computed independently; Aster publishes none) with the doc demo identity.</summary>
public class V3SignatureTests
{
    internal const string DocKey = "0x4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1";
    internal const string DocUser = "0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e";
    internal const string DocSigner = "0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0";
    internal const string OrderParams = "symbol=ASTERUSDT&type=LIMIT&side=BUY&timeInForce=GTC&quantity=20&price=0.5";
    internal const long DocNonce = 1748310859508867;

    public static TheoryData<long, string, string, string> Vectors => new()
    {
        {
            AsterSigningChains.Mainnet,
            $"{OrderParams}&nonce={DocNonce}&signer={DocSigner}",
            "ed6fe2804fb7a74d857c73d838ce3722b0f44d2c023c24bca0acb2bdf0d56267",
            "0xd82a6784f5eff00b95ecb88145cf7a5fa6803ea6f67e0217262073da628750a742bb3ba555af418320e55029afe358957808d4f810d73ea663d9c91852cd6d941c"
        },
        {
            AsterSigningChains.Mainnet,
            $"{OrderParams}&nonce={DocNonce}&user={DocUser}&signer={DocSigner}",
            "214122039b686e20a15baab91d368d354cf8c88067cb8b0e96e9018d8b08a625",
            "0x0a56c5923ebf3524475c5f631940ec4c0e41dbd300ad28198d1915d8f3ca49ce26fd1aeb8b0c3079133595da0de38322ae7e860e0c76d032c4a491d27c1430b01c"
        },
        {
            AsterSigningChains.Testnet,
            $"{OrderParams}&nonce={DocNonce}&signer={DocSigner}",
            "9dcd200534ea4cd58f431d0445a26170e5d4c436e4f0e30317cbe98916285c58",
            "0x798abbc1eb6244bdf530e3890383494679aecf574a0d65cd79ed48b151df2e182cafc9a2b055701c9c0dbc091898f6c3eae29307ca554f3ab97c8b860de35bef1c"
        },
    };

    [Theory]
    [InlineData(AsterSigningChains.Mainnet, "a95d0a7a6f3f17fcebb0c2336645385ce79cde7523f71ab147fdb7f15e9f37f9")]
    [InlineData(AsterSigningChains.Testnet, "fad01b07bed5729a04dbb977fd86da612eba71d668660bf12cf10b3d65b74d94")]
    public void Domain_separators_match(long chainId, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(V3Signature.Domain(chainId).Separator));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Digest_and_signature_match_the_vectors(long chainId, string message, string digest, string signature)
    {
        var computed = V3Signature.MessageDigest(chainId, message);
        Assert.Equal(digest, Convert.ToHexStringLower(computed));
        using var key = PrivateKey.Parse(DocKey);
        Assert.Equal(signature, V3Signature.SignDigest(computed, key, Secp256k1.Native));
        Assert.Equal(signature, V3Signature.SignDigest(computed, key, Secp256k1.Managed));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Signer_is_recovered_from_the_wire_string(long chainId, string message, string _, string signature)
    {
        Assert.True(V3Signature.TryRecoverSigner(message + "&signature=" + signature, chainId, out var signer));
        Assert.Equal(DocSigner, signer.ToString());
        // The official Python demo sends the hex without 0x; that must verify too.
        Assert.True(V3Signature.TryRecoverSigner(message + "&signature=" + signature[2..].ToUpperInvariant(), chainId, Secp256k1.Managed, out signer));
        Assert.Equal(DocSigner, signer.ToString());
    }

    [Fact]
    public void Signature_under_the_other_chain_id_recovers_someone_else()
    {
        var (_, message, _, signature) = (AsterSigningChains.Mainnet, $"{OrderParams}&nonce={DocNonce}&signer={DocSigner}", "",
            "0xd82a6784f5eff00b95ecb88145cf7a5fa6803ea6f67e0217262073da628750a742bb3ba555af418320e55029afe358957808d4f810d73ea663d9c91852cd6d941c");
        Assert.True(V3Signature.TryRecoverSigner(message + "&signature=" + signature, AsterSigningChains.Testnet, out var signer));
        Assert.NotEqual(DocSigner, signer.ToString());
    }

    [Theory]
    [InlineData("symbol=A&nonce=1&signer=0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0")]
    [InlineData("symbol=A&nonce=1&signature=0x1234")]
    [InlineData("symbol=A&nonce=1&signature=0xzz2a6784f5eff00b95ecb88145cf7a5fa6803ea6f67e0217262073da628750a742bb3ba555af418320e55029afe358957808d4f810d73ea663d9c91852cd6d941c")]
    [InlineData("symbol=A&nonce=1&signature=0xd82a6784f5eff00b95ecb88145cf7a5fa6803ea6f67e0217262073da628750a742bb3ba555af418320e55029afe358957808d4f810d73ea663d9c91852cd6d941c&x=1")]
    // v = 0x1e (30) is not a valid recovery byte.
    [InlineData("symbol=A&nonce=1&signature=0xd82a6784f5eff00b95ecb88145cf7a5fa6803ea6f67e0217262073da628750a742bb3ba555af418320e55029afe358957808d4f810d73ea663d9c91852cd6d941e")]
    // r = 0 is not a signature.
    [InlineData("symbol=A&nonce=1&signature=0x000000000000000000000000000000000000000000000000000000000000000042bb3ba555af418320e55029afe358957808d4f810d73ea663d9c91852cd6d941c")]
    [InlineData("")]
    public void Malformed_signatures_are_refused(string wire)
    {
        Assert.False(V3Signature.TryRecoverSigner(wire, AsterSigningChains.Mainnet, Secp256k1.Native, out _));
        Assert.False(V3Signature.TryRecoverSigner(wire, AsterSigningChains.Mainnet, Secp256k1.Managed, out _));
    }
}
