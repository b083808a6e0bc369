using System.Numerics;
using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet.Tests;

public sealed class WireFormatTests
{
    [Theory]
    [InlineData("0x0", 0UL)]
    [InlineData("0x1a", 26UL)]
    [InlineData("0xFFFFFFFFFFFFFFFF", ulong.MaxValue)]
    public void Quantities_parse_exactly(string text, ulong expected) => Assert.Equal(expected, HexQuantity.ParseUInt64(text, "q"));

    [Theory]
    [InlineData("0x00")]
    [InlineData("0x")]
    [InlineData("1a")]
    [InlineData("0x-1")]
    [InlineData(" 0x1")]
    [InlineData(null)]
    public void Sloppy_quantities_are_refused(string? text) =>
        Assert.Throws<RpcProtocolException>(() => HexQuantity.ParseBigInteger(text, "q"));

    [Fact]
    public void Large_wei_values_keep_every_digit()
    {
        var wei = BigInteger.Parse("10000000000000000000001"); // 10000 BNB + 1 wei
        Assert.Equal(wei, HexQuantity.ParseBigInteger(HexQuantity.Format(wei), "v"));
        Assert.Equal(10000.000000000000000001m, Wei.ToBnb(wei));
        Assert.Equal(wei, Wei.FromBnb(10000.000000000000000001m));
        Assert.Equal(new BigInteger(100_000_000_000_000), Wei.FromBnb(0.0001m));
    }

    [Fact]
    public void Amounts_finer_than_one_wei_are_refused_not_rounded()
    {
        var error = Assert.Throws<ArgumentException>(() => Wei.FromBnb(0.0000000000000000001m));
        Assert.Contains("more than 18 decimals", error.Message);
    }

    [Fact]
    public void Address_keys_accept_any_case_and_print_lowercase()
    {
        Assert.True(AddressKey.TryParse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", out var key));
        Assert.Equal("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", key.ToString());
        Assert.Equal(key, AddressKey.FromBytes(key.ToBytes()));
        Assert.False(AddressKey.TryParse("0x70997970C51812dc3A010C7d01b50e0d17dc79", out _));
        Assert.False(AddressKey.TryParse("0x70997970C51812dc3A010C7d01b50e0d17dc79CZ", out _));
    }

    [Fact]
    public void Endpoint_names_never_show_paths_or_queries()
    {
        var endpoint = RpcEndpoint.Parse("https://bsc.example.org:8545/v1/secret-key?token=abc");
        Assert.Equal("https://bsc.example.org:8545", endpoint.DisplayName);
        Assert.Throws<ArgumentException>(() => RpcEndpoint.Parse("ftp://example.org"));
        Assert.Throws<ArgumentException>(() => RpcEndpoint.Parse("not a url"));
    }
}
