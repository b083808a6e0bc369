using System.CommandLine;
using System.Text;
using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using AsterBot.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AsterBot.Tests.Cli;

public class AsterCommandsTests
{
    // Aster's published demo credentials (API.md §2, §3.2): public test material.
    private const string ApiKey = "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83";
    private const string ApiSecret = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";
    private const string User = "0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e";
    private const string Signer = "0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0";
    private const string SignerKey = "0x4fd0a42218f3eae43a6ce26d22544e986139a01e5b34a62db53757ffca81bae1";

    private static readonly Dictionary<string, string> V1Env = new() { ["ASTER_API_KEY"] = ApiKey, ["ASTER_API_SECRET"] = ApiSecret };
    private static readonly Dictionary<string, string> V3Env = new() { ["ASTER_USER"] = User, ["ASTER_SIGNER"] = Signer, ["ASTER_SIGNER_KEY"] = SignerKey };

    [Fact]
    public async Task V1_dry_run_prints_a_request_whose_signature_verifies_with_the_key_masked()
    {
        var (exit, output, error) = await RunAsync(V1Env, "aster", "call", "POST", "/fapi/v1/order", "symbol=BTCUSDT", "side=BUY", "type=LIMIT",
            "quantity=1", "price=9000", "timeInForce=GTC", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("POST https://fapi.asterdex.com/fapi/v1/order", output);
        Assert.Contains("X-MBX-APIKEY: dbef…cc83", output);
        var body = output.Split('\n').Single(l => l.StartsWith("symbol="));
        var at = body.LastIndexOf("&signature=", StringComparison.Ordinal);
        Assert.StartsWith("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=", body);
        Assert.Equal(HmacSigner.Signature(Encoding.ASCII.GetBytes(ApiSecret), body[..at]), body[(at + 11)..]);
        AssertNoSecret(output + error);
        Assert.DoesNotContain(ApiKey, output);
    }

    [Fact]
    public async Task V3_dry_run_on_testnet_spot_signs_for_chain_714_and_recovers_to_the_signer()
    {
        var (exit, output, error) = await RunAsync(V3Env, "aster", "call", "GET", "/api/v3/account", "--network", "testnet", "--market", "spot", "--dry-run");

        Assert.Equal(0, exit);
        var url = output.Split('\n').Single(l => l.StartsWith("GET "))[4..];
        Assert.StartsWith("https://sapi.asterdex-testnet.com/api/v3/account?nonce=", url);
        var query = new Uri(url).Query[1..];
        Assert.True(V3Signature.TryRecoverSigner(query, 714, out var recovered));
        Assert.Equal(EthAddress.Parse(Signer), recovered);
        AssertNoSecret(output + error);
    }

    [Fact]
    public async Task A_real_call_prints_pretty_json_and_an_exchange_error_prints_its_kind_with_exit_1()
    {
        await using var server = await StartServerAsync(async context =>
        {
            if (context.Request.Path == "/fapi/v1/time") { await context.Response.WriteAsync($$"""{"serverTime":{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}}"""); return; }
            if (context.Request.Path == "/fapi/v1/depth") { await context.Response.WriteAsync("""{"lastUpdateId":1,"bids":[],"asks":[]}"""); return; }
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("""{"code":-2019,"msg":"Margin is insufficient."}""");
        });

        var (okExit, okOutput, _) = await RunAsync([], "aster", "call", "GET", "/fapi/v1/depth", "symbol=BTCUSDT", "--base-url", server.Uri);
        var (failExit, _, failError) = await RunAsync(V1Env, "aster", "call", "POST", "/fapi/v1/order", "symbol=BTCUSDT", "--base-url", server.Uri);

        Assert.Equal(0, okExit);
        Assert.Contains("\"lastUpdateId\": 1", okOutput);
        Assert.Equal(1, failExit);
        Assert.Contains("InsufficientBalance (code -2019) [HTTP 400]: Margin is insufficient.", failError);
        AssertNoSecret(failError);
    }

    [Theory]
    [InlineData("--signed")]
    [InlineData("--api-key", ApiKey)]
    [InlineData("--user", User, "--api-key", ApiKey, "--api-secret", ApiSecret, "--signer", Signer, "--signer-key", SignerKey)]
    public async Task Incomplete_or_mixed_credentials_are_refused_with_exit_2(params string[] extra)
    {
        var (exit, output, error) = await RunAsync([], ["aster", "call", "GET", "/fapi/v2/balance", "--dry-run", .. extra]);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error);
        AssertNoSecret(output + error);
    }

    [Fact]
    public async Task A_malformed_secret_is_refused_without_echoing_it()
    {
        const string badSecret = "zz5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";
        var (exit, _, error) = await RunAsync(new() { ["ASTER_API_KEY"] = ApiKey, ["ASTER_API_SECRET"] = badSecret }, "aster", "call", "GET", "/fapi/v2/balance", "--dry-run");

        Assert.Equal(2, exit);
        Assert.Contains("API secret is malformed", error);
        Assert.DoesNotContain(badSecret, error);
    }

    [Fact]
    public async Task Help_describes_the_call_and_its_options()
    {
        var (exit, output, _) = await RunAsync([], "aster", "call", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--dry-run", output);
        Assert.Contains("ASTER_SIGNER_KEY", output);
    }

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(ApiSecret, text);
        Assert.DoesNotContain(SignerKey[2..], text);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(Dictionary<string, string> env, params string[] args)
    {
        var root = new RootCommand { AsterCommands.Build(name => env.GetValueOrDefault(name)) };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<LoopbackApp> StartServerAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        return new LoopbackApp(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private sealed record LoopbackApp(WebApplication App, string Uri) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
