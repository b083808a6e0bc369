using AsterBot.Aster.Environments;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Tests.Rest;

public class AsterEnvironmentTests
{
    [Fact]
    public void Mainnet_and_testnet_have_their_hosts_and_signing_chains()
    {
        Assert.Equal(("https://fapi.asterdex.com/", "wss://sstream.asterdex.com/", 1666L),
            (AsterEnvironment.Mainnet.RestUri(Market.Futures).ToString(), AsterEnvironment.Mainnet.StreamUri(Market.Spot).ToString(), AsterEnvironment.Mainnet.SigningChainId));
        Assert.Equal(("https://sapi.asterdex-testnet.com/", "wss://fstream.asterdex-testnet.com/", 714L),
            (AsterEnvironment.Testnet.RestUri(Market.Spot).ToString(), AsterEnvironment.Testnet.StreamUri(Market.Futures).ToString(), AsterEnvironment.Testnet.SigningChainId));
        Assert.Same(AsterEnvironment.Testnet, AsterEnvironment.FromName(" TestNet "));
    }

    [Fact]
    public void A_custom_host_serves_both_markets_and_derives_its_websocket_url()
    {
        var local = AsterEnvironment.Custom(new Uri("http://127.0.0.1:5000"));

        Assert.Equal(local.FuturesRestUri, local.SpotRestUri);
        Assert.Equal("ws://127.0.0.1:5000/", local.FuturesStreamUri.ToString());
        Assert.Equal(1666, local.SigningChainId);
    }

    [Theory]
    [InlineData("ftp://example.com")]
    [InlineData("/relative")]
    public void Unusable_base_urls_are_refused_with_the_expected_form(string url)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => AsterEnvironment.Custom(new Uri(url, UriKind.RelativeOrAbsolute)));
        Assert.Contains("http", ex.Message);
    }

    [Fact]
    public void Unknown_network_names_list_the_accepted_ones() =>
        Assert.Contains("'mainnet' or 'testnet'", Assert.Throws<ArgumentException>(() => AsterEnvironment.FromName("devnet")).Message);
}
