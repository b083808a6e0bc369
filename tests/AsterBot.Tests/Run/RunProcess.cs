using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AsterBot.Tests.Run;

/// <summary>
/// A long-running `asterbot run` child process with plain output: read it until a line appears, type on its
/// standard input, interrupt it like Ctrl-C, and collect the rest.
/// </summary>
public sealed class RunProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _seen = new();
    private readonly Task<string> _errors;

    public RunProcess(string dataDir, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = dataDir,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "asterbot.dll"));
        foreach (var arg in new[] { "run", "--data-dir", dataDir, "--plain" }) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASTERBOT", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _errors = _process.StandardError.ReadToEndAsync();
    }

    public string Seen => _seen.ToString();

    /// <summary>Reads lines until one contains <paramref name="marker"/>; fails with everything read so far after <paramref name="limit"/>.</summary>
    public async Task<string> ReadUntilAsync(string marker, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                _seen.AppendLine(line);
                if (line.Contains(marker, StringComparison.Ordinal)) return line;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"'{marker}' did not appear within {limit.TotalSeconds} s:\n{Seen}");
        }
        throw new InvalidOperationException($"asterbot run ended before printing '{marker}' (stderr: {await _errors}):\n{Seen}");
    }

    public async Task TypeAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Sends SIGINT (Ctrl-C) and waits for the exit; returns the exit code, the rest of stdout and stderr.</summary>
    public async Task<(int ExitCode, string Remaining, string Errors)> InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _process.StandardOutput.ReadToEndAsync(), await _errors);
    }

    /// <summary>Waits for a process that ends by itself (refused configuration).</summary>
    public async Task<(int ExitCode, string Output, string Errors)> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _process.StandardOutput.ReadToEndAsync(), await _errors);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
