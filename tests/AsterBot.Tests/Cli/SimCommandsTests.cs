using System.Net;
using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using AsterBot.Cli;
using AsterBot.Simulator.Server;

namespace AsterBot.Tests.Cli;

/// <summary>`asterbot sim`: seeding from --account, the generated demo account, and bad options.</summary>
public sealed class SimCommandsTests
{
    [Fact]
    public async Task Account_specs_seed_v1_and_v3_accounts_with_balances()
    {
        const string wallet = "0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e";
        const string signer = "0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0";
        var launch = SimLaunch.Prepare(0, 7, "btcusdt,ETHUSDT",
            [$"wallet={wallet},signer={signer},USDT=10000", "apiKey=KEY,apiSecret=SECRET,USDT=500,spot:USDT=20"]);
        Assert.Null(launch.Demo);
        Assert.Equal(["BTCUSDT", "ETHUSDT"], launch.Options.Symbols);

        await using var server = await SimulatorServer.StartAsync(launch.Options with { RandomWalk = false });
        var rows = launch.CredentialRows(server.State).ToList();
        Assert.Contains(rows, r => r.Credential == "V3 signer (agent)" && r.Value == signer);
        Assert.Contains(rows, r => r.Credential == "V1 apiKey" && r.Value == "KEY");
        Assert.Contains(rows, r => r.Credential == "futures USDT" && r.Value == "10000");
        Assert.Contains(rows, r => r.Credential == "spot USDT" && r.Value == "20");

        // The doc's demo agent key signs for the seeded wallet.
        using var key = PrivateKey.Parse("0x4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1");
        var signed = new V3Signer(EthAddress.Parse(wallet), key.Address, key, 1666, new NonceSource(TimeProvider.System)).Sign("");
        using var http = new HttpClient { BaseAddress = server.RestBaseUri };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/fapi/v3/balance?" + signed)).StatusCode);
    }

    [Fact]
    public async Task Without_accounts_a_demo_account_gets_working_v1_and_v3_credentials()
    {
        var launch = SimLaunch.Prepare(0, 1, null, []);
        Assert.NotNull(launch.Demo);
        await using var server = await SimulatorServer.StartAsync(launch.Options with { RandomWalk = false, Symbols = ["BTCUSDT"] });
        var rows = launch.CredentialRows(server.State).ToList();
        Assert.Contains(rows, r => r.Credential == "V3 signer private key" && r.Value == launch.Demo.AgentPrivateKey);
        Assert.DoesNotContain(launch.Demo.AgentPrivateKey, launch.Demo.ToString());

        using var agent = PrivateKey.Parse(launch.Demo.AgentPrivateKey);
        var signed = new V3Signer(EthAddress.Parse(launch.Demo.Wallet), agent.Address, agent, 1666, new NonceSource(TimeProvider.System)).Sign("");
        using var http = new HttpClient { BaseAddress = server.RestBaseUri };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/fapi/v3/account?" + signed)).StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account?" + HmacTimestamped(launch.Demo.ApiSecret));
        request.Headers.Add("X-MBX-APIKEY", launch.Demo.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
    }

    private static string HmacTimestamped(string secret)
    {
        var total = "timestamp=" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return total + "&signature=" + HmacSigner.Signature(System.Text.Encoding.UTF8.GetBytes(secret), total);
    }

    [Theory]
    [InlineData("wallet=0x12,USDT=1", "40 hex digits")]
    [InlineData("apiKey=KEY,USDT=1", "apiSecret")]
    [InlineData("USDT=lots", "decimal")]
    [InlineData("signer=0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0", "wallet=")]
    [InlineData("color=blue", "asset")]
    public void Bad_account_specs_say_what_to_fix(string spec, string hint)
    {
        var e = Assert.Throws<FormatException>(() => SimLaunch.Prepare(0, 1, null, [spec]));
        Assert.Contains(hint, e.Message);
    }

    [Fact]
    public async Task The_sim_command_exits_2_on_a_bad_account_without_starting()
    {
        var code = await CliApp.RunAsync(["sim", "--account", "USDT=lots"]);
        Assert.Equal(2, code);
    }
}
