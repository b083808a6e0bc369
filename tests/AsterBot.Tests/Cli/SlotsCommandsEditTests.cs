namespace AsterBot.Tests.Cli;

/// <summary>`asterbot slots edit` and the secret sources of `add`, through the real executable; the database is read back.</summary>
public sealed class SlotsCommandsEditTests : IAsyncLifetime
{
    private readonly SlotsCliHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    private Task<CliProcess.Result> Slots(IReadOnlyDictionary<string, string>? env, params string[] args) =>
        CliProcess.RunAsync(env, ["slots", .. args, "--db", _h.Db]);

    private static Dictionary<string, string> Secret(string value) => new() { ["ASTER_API_SECRET"] = value };

    [Fact]
    public async Task Edit_renames_changes_fees_and_delay_tests_new_keys_before_saving_and_clears_keys()
    {
        var (firstKey, firstSecret) = _h.SeedV1();
        var (secondKey, secondSecret) = _h.SeedV1();
        Assert.Equal(0, (await Slots(Secret(firstSecret), "add", "main", "--network", _h.Network, "--api-key", firstKey)).ExitCode);

        var edited = await Slots(null, "edit", "main", "--label", "perp", "--maker-fee", "0.01%", "--taker-fee", "0.00035", "--delay", "2.5");
        Assert.True(edited.ExitCode == 0, edited.Out + edited.Error);
        Assert.Contains("Slot 'perp' saved.", edited.Out);
        Assert.Null(await _h.ReadSlotAsync("main"));
        var perp = (await _h.ReadSlotAsync("perp"))!;
        Assert.Equal((0.0001m, 0.00035m, 2.5m), (perp.Settings.MakerFee, perp.Settings.TakerFee, perp.Settings.ProcessingDelaySeconds));

        var refused = await Slots(Secret(new string('d', 64)), "edit", "perp", "--api-key", secondKey, "--label", "never");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("WrongSecret", refused.Out);
        Assert.Contains("nothing was saved", refused.Error);
        Assert.Equal(firstKey, (await _h.ReadSlotAsync("perp"))!.PublicKey); // old keys (and label) kept

        var replaced = await CliProcess.RunWithInputAsync(secondSecret + "\n", null,
            "slots", "edit", "perp", "--api-key", secondKey, "--secret-stdin", "--db", _h.Db);
        Assert.True(replaced.ExitCode == 0, replaced.Out + replaced.Error);
        Assert.Equal(secondKey, (await _h.ReadSlotAsync("perp"))!.PublicKey);

        var contradictory = await Slots(Secret(secondSecret), "edit", "perp", "--clear-keys", "--api-key", secondKey);
        Assert.Equal(1, contradictory.ExitCode);
        Assert.Contains("contradict", contradictory.Error);

        Assert.Equal(0, (await Slots(null, "edit", "perp", "--clear-keys")).ExitCode);
        var cleared = (await _h.ReadSlotAsync("perp"))!;
        Assert.Equal(("none", "-", 0.0001m), (cleared.Kind, cleared.PublicKey, cleared.Settings.MakerFee)); // settings stay
        var test = await Slots(null, "test", "perp");
        Assert.Equal(2, test.ExitCode);
        Assert.Contains("NoCredentials", test.Out);
    }

    [Fact]
    public async Task Secrets_come_from_stdin_for_V1_and_V3_and_are_refused_as_arguments_unless_insisted()
    {
        var (apiKey, apiSecret) = _h.SeedV1();
        var (_, wallet, agent, agentKey) = _h.SeedV3();

        var v1 = await CliProcess.RunWithInputAsync(apiSecret + "\n", null,
            "slots", "add", "v1", "--db", _h.Db, "--network", _h.Network, "--api-key", apiKey, "--secret-stdin");
        Assert.True(v1.ExitCode == 0, v1.Out + v1.Error);
        Assert.Equal(("v1", apiKey), ((await _h.ReadSlotAsync("v1"))!.Kind, (await _h.ReadSlotAsync("v1"))!.PublicKey));

        var v3 = await CliProcess.RunWithInputAsync(agentKey + "\n", null,
            "slots", "add", "v3", "--db", _h.Db, "--network", _h.Network, "--user", wallet, "--signer", agent, "--secret-stdin");
        Assert.True(v3.ExitCode == 0, v3.Out + v3.Error);
        Assert.Equal(("v3", wallet), ((await _h.ReadSlotAsync("v3"))!.Kind, (await _h.ReadSlotAsync("v3"))!.PublicKey));
        Assert.DoesNotContain(agentKey, v3.Out + v3.Error);

        var empty = await CliProcess.RunWithInputAsync("", null,
            "slots", "add", "empty", "--db", _h.Db, "--network", _h.Network, "--api-key", apiKey, "--secret-stdin");
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("standard input was empty", empty.Error);

        var argument = await Slots(null, "add", "arg", "--network", _h.Network, "--user", wallet, "--signer", agent, "--signer-key", agentKey);
        Assert.Equal(1, argument.ExitCode);
        Assert.Contains("--signer-key puts the secret in the process list", argument.Error);
        Assert.DoesNotContain(agentKey, argument.Out + argument.Error);
        Assert.Null(await _h.ReadSlotAsync("arg"));

        var insisted = await Slots(null, "add", "arg", "--network", _h.Network, "--api-key", apiKey, "--api-secret", apiSecret, "--insecure-secret-args");
        Assert.True(insisted.ExitCode == 0, insisted.Out + insisted.Error);
    }
}
