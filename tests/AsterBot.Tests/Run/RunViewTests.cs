namespace AsterBot.Tests.Run;

/// <summary>`asterbot run` in a terminal: the live view, its command line and Ctrl-C — the real executable under a pseudo-terminal.</summary>
public sealed class RunViewTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("asterbot-view-").FullName;

    [Fact]
    public async Task The_live_view_shows_the_account_and_takes_commands_that_switch_the_kill_switch_and_answer_there()
    {
        File.WriteAllText(Path.Combine(_dataDir, "appsettings.json"), """
            { "Mode": "paper",
              "Slots": [ { "Label": "p1", "Pairs": [ { "Key": "s", "Symbol": "BTCUSDT", "Strategy": "signal" } ] } ] }
            """);
        using var run = new TerminalRun(_dataDir);
        await run.WaitForAsync("started signal on BTCUSDT 1m", TimeSpan.FromSeconds(60));
        await run.WaitForAsync("kill SLOT|all [reason]", TimeSpan.FromSeconds(5)); // the command line's hint
        // The slot's paper account as read after its pairs started: 10,000 USDT, nothing used yet.
        await run.WaitForAsync("Available", TimeSpan.FromSeconds(10));
        Assert.Matches(@"p1\s+futures\s+10,000\.00\s+10,000\.00\s+10,000\.00", run.Screen);

        // Keys echo in the view before Enter; Backspace edits.
        await run.TypeAsync("kill p1 fromm");
        await run.WaitForAsync("> kill p1 fromm_", TimeSpan.FromSeconds(10));
        await run.TypeAsync("\u007f the view\r");
        await run.WaitForAsync("kill: kill switch engaged on p1", TimeSpan.FromSeconds(10));
        await run.WaitForAsync("KILL SWITCH on p1 (from the view): no new exposure", TimeSpan.FromSeconds(10));

        // Up recalls the line; Backspaces clear it; a new command releases the switch.
        await run.PressAsync("\u001b[A"); // Up
        await run.WaitForAsync("> kill p1 from the view_", TimeSpan.FromSeconds(10));
        await run.TypeAsync(new string('\u007f', "kill p1 from the view".Length) + "resume p1\r");
        await run.WaitForAsync("resume: kill switch released on p1", TimeSpan.FromSeconds(10));
        await run.WaitForAsync("kill switch released: pairs may open again", TimeSpan.FromSeconds(10));

        await run.TypeAsync("buy s\r");
        await run.WaitForAsync("signal: 'buy s' is not understood", TimeSpan.FromSeconds(10));

        Assert.Equal(0, await run.InterruptAsync());
        Assert.Contains("AsterBot stopped.", run.Screen, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
