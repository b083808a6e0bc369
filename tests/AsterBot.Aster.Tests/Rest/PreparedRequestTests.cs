using AsterBot.Aster.Environments;
using AsterBot.Aster.Rest;

namespace AsterBot.Aster.Tests.Rest;

public class PreparedRequestTests
{
    [Fact]
    public void A_base_url_with_a_path_prefix_keeps_it()
    {
        using var client = new AsterClient(new AsterClientOptions { Environment = AsterEnvironment.Custom(new Uri("http://127.0.0.1:8080/aster/")) });

        var prepared = client.Futures.Channel.Prepare(FuturesEndpoints.Depth, "symbol=BTCUSDT").GetOrThrow();

        Assert.Equal("http://127.0.0.1:8080/aster/fapi/v1/depth?symbol=BTCUSDT", prepared.Url.ToString());
    }

    [Fact]
    public void Descriptions_mask_the_key_and_ToString_shows_no_parameters()
    {
        using var client = TestCredentials.V1Client(new Uri("http://127.0.0.1:9"));

        var prepared = client.Futures.Channel.Prepare(FuturesEndpoints.Balance, "").GetOrThrow();

        Assert.Equal("GET http://127.0.0.1:9/fapi/v2/balance", prepared.ToString());
        Assert.Contains("X-MBX-APIKEY: dbef…cc83", prepared.Describe());
        Assert.DoesNotContain(TestCredentials.ApiKey, prepared.Describe() + prepared);
        Assert.DoesNotContain(TestCredentials.ApiSecret, prepared.Describe());
    }
}
