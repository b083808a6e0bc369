namespace AsterBot.Tests.Cli;

/// <summary>The real <c>asterbot slots</c> executable against an in-process simulator and a SQLite file in a temp folder.</summary>
public sealed class SlotsCommandsTests : IAsyncLifetime
{
    private readonly SlotsCliHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task Add_list_test_and_a_refused_add_through_the_real_executable()
    {
        var (apiKey, apiSecret) = _h.SeedV1(futuresUsdt: 1234.5m);
        var (db, network) = (_h.Db, _h.Network);
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
