using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using static AsterBot.Aster.Tests.Auth.V3SignatureTests;

namespace AsterBot.Aster.Tests.Auth;

/// <summary>Aster's published vectors for the pre-2026-01-22 keccak scheme (API.md §3.5).</summary>
public class LegacyV3SigningTests
{
    [Theory]
    [InlineData("{\"positionSide\":\"BOTH\",\"price\":\"0.28694\",\"quantity\":\"190\",\"recvWindow\":\"50000\",\"side\":\"BUY\",\"symbol\":\"SANDUSDT\",\"timeInForce\":\"GTC\",\"timestamp\":\"1749545309665\",\"type\":\"LIMIT\"}",
        "9e0273fc91323f5cdbcb00c358be3dee2854afb2d3e4c68497364a2f27a377fc",
        "0x0337dd720a21543b80ff861cd3c26646b75b3a6a4b5d45805d4c1d6ad6fc33e65f0722778dd97525466560c69fbddbe6874eb4ed6f5fa7e576e486d9b5da67f31b")]
    [InlineData("{\"orderId\":\"2194215\",\"recvWindow\":\"50000\",\"side\":\"BUY\",\"symbol\":\"SANDUSDT\",\"timestamp\":\"1749545309665\",\"type\":\"LIMIT\"}",
        "6ad9569ea1355bf62de1b09b33b267a9404239af6d9227fa59e3633edae19e2a",
        "0x4f5e36e91f0d4cf5b29b6559ebc2c808d3c808ebb13b2bcaaa478b98fb4195642c7473f0d1aa101359aaf278126af1a53bcb482fb05003bfb6bdc03de03c63151b")]
    public void Published_vectors_match(string json, string hash, string signature)
    {
        var user = EthAddress.Parse(DocUser);
        var signer = EthAddress.Parse(DocSigner);
        Assert.Equal(hash, Convert.ToHexStringLower(LegacyV3Signing.ParameterHash(json, user, signer, DocNonce)));
        using var key = PrivateKey.Parse(DocKey);
        Assert.Equal(signature, LegacyV3Signing.Sign(json, user, signer, DocNonce, key, Secp256k1.Native));
        Assert.Equal(signature, LegacyV3Signing.Sign(json, user, signer, DocNonce, key, Secp256k1.Managed));
    }

    [Fact]
    public void Canonical_json_sorts_keys_drops_nulls_and_has_no_spaces()
    {
        var json = LegacyV3Signing.CanonicalJson(new Dictionary<string, string?>
        {
            ["symbol"] = "SANDUSDT", ["type"] = "LIMIT", ["side"] = "BUY", ["orderId"] = "2194215",
            ["recvWindow"] = "50000", ["timestamp"] = "1749545309665", ["newClientOrderId"] = null,
        });
        Assert.Equal("{\"orderId\":\"2194215\",\"recvWindow\":\"50000\",\"side\":\"BUY\",\"symbol\":\"SANDUSDT\",\"timestamp\":\"1749545309665\",\"type\":\"LIMIT\"}", json);
    }

    [Fact]
    public void Canonical_json_escapes_like_python()
    {
        var json = LegacyV3Signing.CanonicalJson([new("note", "a\"b\\c\né")]);
        Assert.Equal("{\"note\":\"a\\\"b\\\\c\\n\\u00e9\"}", json);
    }

    [Fact]
    public void Signer_is_recovered_from_the_documented_request_body()
    {
        // Aster's curl example for vector A (form body, parameters in send order, signature last).
        const string body = "symbol=SANDUSDT&positionSide=BOTH&type=LIMIT&side=BUY&timeInForce=GTC&quantity=190&price=0.28694" +
                            "&recvWindow=50000&timestamp=1749545309665&nonce=1748310859508867" +
                            "&user=0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e&signer=0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0" +
                            "&signature=0x0337dd720a21543b80ff861cd3c26646b75b3a6a4b5d45805d4c1d6ad6fc33e65f0722778dd97525466560c69fbddbe6874eb4ed6f5fa7e576e486d9b5da67f31b";
        Assert.True(LegacyV3Signing.TryRecoverSigner(body, out var signer));
        Assert.Equal(DocSigner, signer.ToString());

        // Any change to a business parameter changes who appears to have signed.
        Assert.True(LegacyV3Signing.TryRecoverSigner(body.Replace("quantity=190", "quantity=191"), out var other));
        Assert.NotEqual(DocSigner, other.ToString());
    }

    [Theory]
    [InlineData("symbol=A&nonce=1&user=0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e&signer=0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0")]
    [InlineData("symbol=A&nonce=x&user=0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e&signer=0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0&signature=0x00")]
    [InlineData("symbol=A&nonce=1&user=0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e&signature=0x00")]
    [InlineData("nonsense")]
    [InlineData("")]
    public void Incomplete_or_malformed_requests_are_refused(string wire) =>
        Assert.False(LegacyV3Signing.TryRecoverSigner(wire, out _));
}
