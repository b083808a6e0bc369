using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AsterBot.Tests.Cli;

/// <summary>
/// The README's main job as a user runs it: `asterbot sim` prints where it listens and a demo account's keys, those
/// keys work with `asterbot aster call`, and Ctrl-C (SIGINT) stops it cleanly.
/// </summary>
public class MainJobTests
{
    [Fact]
    public async Task Demo_simulator_prints_working_credentials_and_stops_on_ctrl_c()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "asterbot.dll"));
        start.ArgumentList.Add("sim");
        using var sim = Process.Start(start)!;
        try
        {
            var printed = await ReadUntilAsync(sim.StandardOutput, "Press Ctrl-C to stop.");
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

    private static async Task<string> ReadUntilAsync(StreamReader reader, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var text = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            text.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal)) return text.ToString();
        }
        throw new InvalidOperationException("asterbot sim ended before it was ready:\n" + text);
    }
}
