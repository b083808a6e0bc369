using System.Security.Cryptography;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;

namespace AsterBot.Tests.Cli;

/// <summary>The real <c>asterbot slots</c> executable against an in-process simulator and a SQLite file in a temp folder.</summary>
public sealed class SlotsCommandsTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "asterbot-slots-cli-" + Guid.NewGuid().ToString("N"));
    private SimulatorServer _sim = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _sim = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["BTCUSDT"] });
    }

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Add_list_test_and_a_refused_add_through_the_real_executable()
    {
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var apiSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        _sim.State.Seeder.Create(new AccountSeed
        {
            ApiKey = apiKey,
            ApiSecret = apiSecret,
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 1234.5m },
        });
        var db = Path.Combine(_folder, "asterbot.db");
        var network = _sim.RestBaseUri.ToString();
        var env = new Dictionary<string, string> { ["ASTER_API_SECRET"] = apiSecret };

        var added = await CliProcess.RunAsync(env, "slots", "add", "main", "--db", db, "--network", network, "--api-key", apiKey,
            "--taker-fee", "0.05%", "--delay", "2", "--rate-limit", "100");
        Assert.True(added.ExitCode == 0, added.Out + added.Error);
        Assert.Contains("1234.5", added.Out);

        var listed = await CliProcess.RunAsync(null, "slots", "list", "--db", db);
        Assert.True(listed.ExitCode == 0, listed.Out + listed.Error);
        Assert.Contains("main", listed.Out);
        Assert.Contains("0.05%", listed.Out);
        Assert.Contains("…" + apiSecret[^4..], listed.Out);
        Assert.DoesNotContain(apiSecret, listed.Out);

        var tested = await CliProcess.RunAsync(null, "slots", "test", "main", "--db", db);
        Assert.True(tested.ExitCode == 0, tested.Out + tested.Error);

        var wrong = await CliProcess.RunAsync(new Dictionary<string, string> { ["ASTER_API_SECRET"] = new string('c', 64) },
            "slots", "add", "second", "--db", db, "--network", network, "--api-key", apiKey);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("WrongSecret", wrong.Out + wrong.Error);

        var insecure = await CliProcess.RunAsync(null, "slots", "add", "third", "--db", db, "--network", network, "--api-key", apiKey, "--api-secret", apiSecret);
        Assert.Equal(1, insecure.ExitCode);
        Assert.Contains("--insecure-secret-args", insecure.Error);
        Assert.DoesNotContain(apiSecret, insecure.Error);

        var unknown = await CliProcess.RunAsync(env, "slots", "add", "fourth", "--db", db, "--exchange", "Binance", "--api-key", apiKey);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown exchange 'Binance'", unknown.Error);
    }
}
