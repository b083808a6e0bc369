using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using AsterBot.Testing;
using static AsterBot.Aster.Tests.Auth.V3SignatureTests;

namespace AsterBot.Aster.Tests.Auth;

public class V3SignerTests
{
    private static readonly DateTimeOffset VectorTime = DateTimeOffset.UnixEpoch.AddTicks(DocNonce * 10);

    private static V3Signer Signer(long chainId, bool includeUser, PrivateKey key, TimeProvider? time = null) =>
        new(EthAddress.Parse(DocUser), EthAddress.Parse(DocSigner), key, chainId,
            new NonceSource(time ?? new ManualTimeProvider(VectorTime)), includeUser);

    [Theory]
    [MemberData(nameof(Vectors), MemberType = typeof(V3SignatureTests))]
    public void Produces_exactly_the_vector_wire_string(long chainId, string message, string _, string signature)
    {
        using var key = PrivateKey.Parse(DocKey);
        var signer = Signer(chainId, includeUser: message.Contains("&user="), key);

        Assert.Equal(message + "&signature=" + signature, signer.Sign(OrderParams));
        Assert.Equal(AuthScheme.V3Eip712, signer.Scheme);
        Assert.Null(signer.ApiKeyHeader);
    }

    [Fact]
    public void Empty_parameters_start_with_the_nonce()
    {
        using var key = PrivateKey.Parse(DocKey);
        var wire = Signer(AsterSigningChains.Mainnet, includeUser: true, key).Sign("");
        Assert.StartsWith($"nonce={DocNonce}&user={DocUser}&signer={DocSigner}&signature=0x", wire);
        Assert.True(V3Signature.TryRecoverSigner(wire, AsterSigningChains.Mainnet, out var recovered));
        Assert.Equal(DocSigner, recovered.ToString());
    }

    [Fact]
    public void Consecutive_requests_in_the_same_microsecond_get_distinct_nonces()
    {
        using var key = PrivateKey.Parse(DocKey);
        var signer = Signer(AsterSigningChains.Mainnet, includeUser: false, key);
        var first = signer.Sign(OrderParams);
        var second = signer.Sign(OrderParams);
        Assert.Contains($"nonce={DocNonce}&", first);
        Assert.Contains($"nonce={DocNonce + 1}&", second);
    }

    [Fact]
    public void Long_parameter_strings_are_signed_correctly()
    {
        // Longer than the stack buffer: the pooled path must produce a verifiable signature too.
        using var key = PrivateKey.Parse(DocKey);
        var batch = "batchOrders=" + string.Concat(Enumerable.Repeat("%7B%22symbol%22%3A%22ASTERUSDT%22%7D%2C", 100));
        var wire = Signer(AsterSigningChains.Testnet, includeUser: true, key).Sign(batch);
        Assert.StartsWith(batch + "&nonce=", wire);
        Assert.True(V3Signature.TryRecoverSigner(wire, AsterSigningChains.Testnet, out var recovered));
        Assert.Equal(DocSigner, recovered.ToString());
    }

    [Fact]
    public void Key_of_another_wallet_is_refused_without_revealing_it()
    {
        using var other = PrivateKey.Parse("0xff3bdd43534543d421f05aec535965b5050ad6ac15345435345435453495e771");
        var ex = Assert.Throws<ArgumentException>(() => Signer(AsterSigningChains.Mainnet, true, other));
        Assert.Contains(DocSigner, ex.Message);
        Assert.Contains(other.Address.ToString(), ex.Message);
        Assert.DoesNotContain("ff3bdd43534543d421f05aec", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToString_shows_identities_but_no_secret()
    {
        using var key = PrivateKey.Parse(DocKey);
        var text = Signer(AsterSigningChains.Mainnet, true, key).ToString();
        Assert.Contains(DocSigner, text);
        Assert.DoesNotContain("4fd0a42218f3", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Explicit_nonce_reproduces_the_vector_and_must_be_positive()
    {
        // A noop that cancels a queued request reuses that request's nonce instead of drawing a new one.
        using var key = PrivateKey.Parse(DocKey);
        var signer = Signer(AsterSigningChains.Mainnet, includeUser: false, key, new ManualTimeProvider(VectorTime.AddSeconds(30)));
        var wire = signer.Sign(OrderParams, DocNonce);
        Assert.Contains($"&nonce={DocNonce}&signer=", wire);
        Assert.EndsWith("d82a6784f5eff00b95ecb88145cf7a5fa6803ea6f67e0217262073da628750a742bb3ba555af418320e55029afe358957808d4f810d73ea663d9c91852cd6d941c", wire);
        Assert.Throws<ArgumentOutOfRangeException>(() => signer.Sign(OrderParams, 0));
    }

    [Fact]
    public async Task Concurrent_signing_gives_unique_nonces_and_verifiable_requests()
    {
        using var key = PrivateKey.Parse(DocKey);
        var signer = Signer(AsterSigningChains.Mainnet, includeUser: true, key);
        var wires = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => signer.Sign($"symbol=ASTERUSDT&orderId={i}"))))
            .WaitAsync(TimeSpan.FromSeconds(20));

        var nonces = wires.Select(w => w.Split('&').Single(p => p.StartsWith("nonce=", StringComparison.Ordinal))).ToHashSet();
        Assert.Equal(wires.Length, nonces.Count);
        foreach (var wire in wires)
        {
            Assert.True(V3Signature.TryRecoverSigner(wire, AsterSigningChains.Mainnet, out var recovered));
            Assert.Equal(DocSigner, recovered.ToString());
        }
    }
}
