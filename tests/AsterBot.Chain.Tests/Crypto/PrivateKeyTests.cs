using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Tests.Crypto;

public class PrivateKeyTests
{
    private const string DocKey = "4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1";

    [Theory]
    [InlineData("0x" + DocKey)]
    [InlineData(DocKey)]
    [InlineData("0X4FD0A42218F3EAE43A6CE26D22544E986139A01E5B34A62DB53757FFCA81BAE1")]
    [InlineData("  0x" + DocKey + "\n")]
    public void Parses_with_or_without_prefix(string text)
    {
        using var key = PrivateKey.Parse(text);
        Assert.Equal("0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0", key.Address.ToString());
        Assert.Equal(DocKey, Convert.ToHexStringLower(key.Secret));
    }

    [Theory]
    [InlineData("4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81ba", "64 hexadecimal digits")]
    [InlineData("4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1ff", "64 hexadecimal digits")]
    [InlineData("4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81baeg", "only hexadecimal digits")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", "out of range")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", "out of range")]
    public void Bad_text_is_refused_without_echoing_it(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => PrivateKey.Parse(text));
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain(text[..16], ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Largest_valid_secret_is_accepted()
    {
        using var key = PrivateKey.Parse("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
        Assert.NotEqual(EthAddress.Zero, key.Address);
    }

    [Fact]
    public void FromBytes_checks_length_and_range()
    {
        Assert.Throws<ArgumentException>(() => PrivateKey.FromBytes(new byte[31]));
        Assert.Throws<ArgumentException>(() => PrivateKey.FromBytes(new byte[32]));
        using var key = PrivateKey.FromBytes(Convert.FromHexString(DocKey));
        Assert.Equal("0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0", key.Address.ToString());
    }

    [Fact]
    public void ToString_never_shows_the_secret()
    {
        using var key = PrivateKey.Parse(DocKey);
        var text = key.ToString();
        Assert.Contains("0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0", text);
        Assert.Contains("redacted", text);
        Assert.DoesNotContain(DocKey[..8], text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Dispose_zeroes_the_secret_and_blocks_further_use()
    {
        var key = PrivateKey.Parse(DocKey);
        var secret = key.Secret; // a view of the live buffer
        key.Dispose();
        Assert.True(secret.IndexOfAnyExcept((byte)0) < 0, "the secret buffer must be zeroed");
        Assert.Throws<ObjectDisposedException>(() => key.Secret.Length);
        Assert.Contains("redacted", key.ToString());
    }
}
