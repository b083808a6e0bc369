using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AsterBot.Tests.Cli;

/// <summary>
/// The README's main job as a user runs it: `asterbot run` with nothing configured trades the demo and stops
/// cleanly on Ctrl-C; `asterbot sim` prints where it listens and working demo keys.
/// </summary>
public class MainJobTests
{
    [Fact]
    public async Task Run_without_configuration_trades_the_demo_and_stops_on_ctrl_c()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "asterbot-run-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "asterbot.dll"));
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(dataDir);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASTERBOT__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        using var run = Process.Start(start)!;
        try
        {
            run.StandardInput.Close(); // as under CI or a service manager: no terminal, no input
            var errors = run.StandardError.ReadToEndAsync();
            // The demo's signal pair opens at the first candle close: within about a minute.
            var printed = await ReadUntilAsync(run.StandardOutput, " Order ", TimeSpan.FromSeconds(150));
            Assert.Contains("Demo: the Aster simulator on http://127.0.0.1:", printed, StringComparison.Ordinal);
            Assert.Matches(@"ETHUSDT@eth\s+Order\s+Buy Market [0-9.]+ → Filled", printed);
            Assert.True(File.Exists(Path.Combine(dataDir, "asterbot.db")), "the store is created in the data folder");

            using (var interrupt = Process.Start("kill", ["-INT", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await run.WaitForExitAsync(timeout.Token);
            var rest = await run.StandardOutput.ReadToEndAsync();
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {await errors}");
            Assert.Contains("runtime Info           stopped", rest, StringComparison.Ordinal);
            Assert.Equal("", await errors);
        }
        finally
        {
            if (!run.HasExited) run.Kill(entireProcessTree: true);
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_simulator_prints_working_credentials_and_stops_on_ctrl_c()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "asterbot.dll"));
        start.ArgumentList.Add("sim");
        using var sim = Process.Start(start)!;
        try
        {
            var printed = await ReadUntilAsync(sim.StandardOutput, "Press Ctrl-C to stop.", TimeSpan.FromSeconds(60));
            var baseUrl = Regex.Match(printed, @"--base-url (http://127\.0\.0\.1:\d+/)").Groups[1].Value;
            var apiKey = Regex.Match(printed, @"V1 apiKey\s+(\S+)").Groups[1].Value;
            var apiSecret = Regex.Match(printed, @"V1 apiSecret\s+(\S+)").Groups[1].Value;
            Assert.NotEqual("", baseUrl);
            Assert.Matches("^[0-9a-f]{64}$", apiKey);

            var balance = await CliProcess.RunAsync(
                new Dictionary<string, string> { ["ASTER_API_KEY"] = apiKey, ["ASTER_API_SECRET"] = apiSecret },
                "aster", "call", "GET", "/fapi/v2/balance", "--base-url", baseUrl);
            Assert.True(balance.ExitCode == 0, balance.Out + balance.Error);
            Assert.Matches("\"asset\"\\s*:\\s*\"USDT\"", balance.Out);
            Assert.Matches("\"balance\"\\s*:\\s*\"10000", balance.Out);
            Assert.DoesNotContain(apiSecret, balance.Out + balance.Error);

            using (var interrupt = Process.Start("kill", ["-INT", sim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await sim.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, sim.ExitCode);
            Assert.Contains("Stopping the simulator", await sim.StandardOutput.ReadToEndAsync());
        }
        finally
        {
            if (!sim.HasExited) sim.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> ReadUntilAsync(StreamReader reader, string marker, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var text = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            text.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal)) return text.ToString();
        }
        throw new InvalidOperationException($"asterbot ended before printing '{marker}':\n" + text);
    }
}
