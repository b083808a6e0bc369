namespace AsterBot.Tests.Run;

/// <summary>`asterbot run` with Paper:Prices = replay — the real executable on a recorded 40-candle file.</summary>
public sealed class RunReplayTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("asterbot-replay-").FullName;

    public RunReplayTests() => File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "btcusdt-1m-40.csv"), Path.Combine(_dataDir, "btc.csv"));

    private void Configure(string paper, string pairs = """{ "Key": "b", "Symbol": "BTCUSDT", "Strategy": "ema-cross", "Params": { "fast": "3", "slow": "8" } }""") =>
        File.WriteAllText(Path.Combine(_dataDir, "appsettings.json"),
            $$"""{ "Mode": "paper", "Paper": {{paper}}, "Slots": [ { "Label": "r", "Pairs": [ {{pairs}} ] } ] }""");

    [Fact]
    public async Task A_replay_trades_the_file_at_speed_and_the_run_ends_by_itself_when_the_data_does()
    {
        Configure("""{ "Prices": "replay", "Replay": { "BTCUSDT": "btc.csv" }, "ReplaySpeed": 6000 }""");
        using var run = new RunProcess(_dataDir);
        var (exitCode, output, errors) = await run.ExitAsync();

        Assert.True(exitCode == 0, $"exit {exitCode}: {errors}\n{output}");
        Assert.Equal("", errors);
        Assert.Contains("Paper: replaying btc.csv (BTCUSDT) from 2026-01-01 00:00:00Z to 2026-01-01 00:40:00Z at 6000× (one 1m candle every 0.01 s)", output, StringComparison.Ordinal);
        Assert.Contains("started ema-cross on BTCUSDT 1m", output, StringComparison.Ordinal);
        Assert.Contains(" BTCUSDT@b Fill ", output, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var finished = Array.FindIndex(lines, l => l.Contains("replay Info           replay finished at 2026-01-01 00:40:00Z", StringComparison.Ordinal));
        Assert.True(finished >= 0, output);
        Assert.Contains(lines.Skip(finished), l => l.EndsWith("runtime Info           stopped", StringComparison.Ordinal));
        // Event times are replayed time: the fills fall inside the file's 40 minutes.
        Assert.All(lines.Where(l => l.Contains(" Fill ", StringComparison.Ordinal)), l => Assert.StartsWith("00:", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_file_is_refused_before_anything_starts()
    {
        Configure("""{ "Prices": "replay", "Replay": { "BTCUSDT": "nowhere.csv" } }""");
        using var run = new RunProcess(_dataDir);
        var (exitCode, output, errors) = await run.ExitAsync();
        Assert.Equal(1, exitCode);
        Assert.Contains("Paper:Replay:BTCUSDT: nowhere.csv: no such file (", errors, StringComparison.Ordinal);
        Assert.Contains("download one with 'asterbot data download'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Paper: replaying", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_traded_symbol_without_a_file_is_refused_naming_the_key_to_set()
    {
        Configure("""{ "Prices": "replay", "Replay": { "BTCUSDT": "btc.csv" } }""",
            """{ "Key": "b", "Symbol": "BTCUSDT", "Strategy": "signal" }, { "Key": "e", "Symbol": "ETHUSDT", "Strategy": "signal" }""");
        using var run = new RunProcess(_dataDir);
        var (exitCode, _, errors) = await run.ExitAsync();
        Assert.Equal(1, exitCode);
        Assert.Contains("ETHUSDT has no candle file: set Paper:Replay:ETHUSDT to a klines CSV", errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);
}
