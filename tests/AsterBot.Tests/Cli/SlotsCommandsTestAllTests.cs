namespace AsterBot.Tests.Cli;

/// <summary>`asterbot slots test --all`: the start-up test of every active slot, one table row each.</summary>
public sealed class SlotsCommandsTestAllTests : IAsyncLifetime
{
    private readonly SlotsCliHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task Every_active_slot_is_tested_and_a_failing_one_shows_its_first_failing_check()
    {
        var (apiKey, apiSecret) = _h.SeedV1();
        var (account, wallet, agent, agentKey) = _h.SeedV3();
        var v1 = new Dictionary<string, string> { ["ASTER_API_SECRET"] = apiSecret };
        foreach (var label in new[] { "good", "shelved" })
            Assert.Equal(0, (await CliProcess.RunAsync(v1, "slots", "add", label, "--db", _h.Db, "--network", _h.Network, "--api-key", apiKey)).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync(new Dictionary<string, string> { ["ASTER_SIGNER_KEY"] = agentKey },
            "slots", "add", "revoked", "--db", _h.Db, "--network", _h.Network, "--user", wallet, "--signer", agent)).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync(null, "slots", "archive", "shelved", "--db", _h.Db)).ExitCode);
        Assert.True(_h.Sim.State.Accounts.RemoveAgent(account, agent)); // the user revoked the API wallet after saving the slot

        var all = await CliProcess.RunAsync(null, "slots", "test", "--all", "--db", _h.Db);

        Assert.Equal(2, all.ExitCode);
        var rows = all.Out.Split('\n');
        Assert.Contains(rows, r => r.Contains("good") && r.Contains("passed"));
        Assert.Contains(rows, r => r.Contains("revoked") && r.Contains("failed") && r.Contains("SignedBalance"));
        Assert.Contains("KeyRejected", all.Out);
        Assert.Contains("Fix:", all.Out);
        Assert.DoesNotContain("shelved", all.Out);
    }

    [Fact]
    public async Task A_label_or_all_is_required_but_not_both()
    {
        var neither = await CliProcess.RunAsync(null, "slots", "test", "--db", _h.Db);
        var both = await CliProcess.RunAsync(null, "slots", "test", "main", "--all", "--db", _h.Db);

        Assert.Equal((1, 1), (neither.ExitCode, both.ExitCode));
        Assert.Contains("or give --all", neither.Error);
        Assert.Contains("or give --all", both.Error);
        var empty = await CliProcess.RunAsync(null, "slots", "test", "--all", "--db", _h.Db);
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("No active slot", empty.Out);
    }
}
