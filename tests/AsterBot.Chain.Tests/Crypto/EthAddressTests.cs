using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Tests.Crypto;

public class EthAddressTests
{
    // The examples published in EIP-55.
    [Theory]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0x8617E340B3D01FA5F11F306F4090FD50E238070D")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]
    [InlineData("0x27b1fdb04752bbc536007a920d24acb045561c26")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void Eip55_examples_round_trip(string checksummed)
    {
        var address = EthAddress.Parse(checksummed);
        Assert.Equal(checksummed, address.ToString());
        Assert.Equal(checksummed.ToLowerInvariant(), address.ToLowerHex());
        Assert.Equal(address, EthAddress.Parse(checksummed.ToLowerInvariant()));
    }

    [Fact]
    public void All_lowercase_and_all_uppercase_skip_the_checksum()
    {
        var lower = EthAddress.Parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        var upper = EthAddress.Parse("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED");
        Assert.Equal(lower, upper);
        Assert.Equal("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", upper.ToString());
    }

    [Fact]
    public void Mixed_case_with_a_wrong_checksum_is_refused_with_the_reason()
    {
        // One letter's case flipped relative to the EIP-55 example.
        var ex = Assert.Throws<FormatException>(() => EthAddress.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        Assert.Contains("EIP-55 checksum", ex.Message);
        Assert.False(EthAddress.TryParse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg")]
    [InlineData("0x 5aaeb6053f3e94c9b9a09f33669435e7ef1beae")]
    public void Malformed_text_is_refused(string text)
    {
        Assert.False(EthAddress.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => EthAddress.Parse(text));
        Assert.Contains("address", ex.Message);
    }

    [Fact]
    public void Null_text_is_not_an_address() => Assert.False(EthAddress.TryParse(null, out _));

    [Fact]
    public void Address_of_the_Aster_documentation_key()
    {
        using var key = PrivateKey.Parse("0x4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1");
        Assert.Equal("0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0", key.Address.ToString());
    }

    [Fact]
    public void FromPublicKey_accepts_64_and_65_byte_forms_and_refuses_others()
    {
        using var key = PrivateKey.Parse("4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1");
        var publicKey = new byte[65];
        Secp256k1.Default.GetPublicKey(key.Secret, publicKey);
        Assert.Equal(key.Address, EthAddress.FromPublicKey(publicKey));
        Assert.Equal(key.Address, EthAddress.FromPublicKey(publicKey.AsSpan(1)));
        Assert.Throws<ArgumentException>(() => EthAddress.FromPublicKey(publicKey.AsSpan(0, 33)));
        publicKey[0] = 0x02;
        Assert.Throws<ArgumentException>(() => EthAddress.FromPublicKey(publicKey));
    }

    [Fact]
    public void Default_is_the_zero_address_and_equality_is_by_value()
    {
        Assert.Equal("0x0000000000000000000000000000000000000000", default(EthAddress).ToString());
        Assert.Equal(EthAddress.Zero, EthAddress.Parse("0x0000000000000000000000000000000000000000"));
        var a = EthAddress.Parse("0xde709f2102306220921060314715629080e2fb77");
        var b = EthAddress.FromBytes(a.Bytes);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, EthAddress.Zero);
    }

    [Fact]
    public void Json_uses_the_checksummed_text_and_validates_on_read()
    {
        var address = EthAddress.Parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        var json = System.Text.Json.JsonSerializer.Serialize(new { wallet = address });
        Assert.Equal("{\"wallet\":\"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"}", json);
        Assert.Equal(address, System.Text.Json.JsonSerializer.Deserialize<EthAddress>("\"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\""));
        var ex = Assert.Throws<System.Text.Json.JsonException>(() =>
            System.Text.Json.JsonSerializer.Deserialize<EthAddress>("\"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD\""));
        Assert.Contains("EIP-55", ex.Message);
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<EthAddress>("42"));
    }
}
