using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AsterBot.Tests.Run;

/// <summary>
/// `asterbot run` in a real terminal: a pseudo-terminal made by util-linux `script` (160×50), so the live view draws
/// and keys reach its command line as they would from a person at the keyboard, Ctrl-C included. The screen is read
/// with escape sequences removed.
/// </summary>
public sealed partial class TerminalRun : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _screen = new();
    private readonly Task _reading;

    public TerminalRun(string dataDir)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "asterbot.dll");
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = dataDir,
        };
        // -q quiet, -f flush at once, -e the command's exit code, -c the command; the typescript itself is not kept.
        foreach (var arg in new[] { "-qfec", $"stty cols 160 rows 50 && exec dotnet '{dll}' run --data-dir '{dataDir}'", "/dev/null" })
            start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASTERBOT", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        start.Environment["TERM"] = "xterm-256color";
        _process = Process.Start(start)!;
        _reading = Task.Run(ReadAsync);
    }

    public string Screen
    {
        get { lock (_screen) return Plain().Replace(_screen.ToString(), ""); }
    }

    private async Task ReadAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardOutput.ReadAsync(buffer)) > 0)
            lock (_screen) _screen.Append(buffer, 0, read);
    }

    /// <summary>Waits until the screen shows <paramref name="text"/>; fails with the end of the screen after <paramref name="limit"/>.</summary>
    public async Task WaitForAsync(string text, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!Screen.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited) throw new InvalidOperationException($"asterbot run ended before showing '{text}':\n{Tail()}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{text}' did not show within {limit.TotalSeconds} s:\n{Tail()}");
            await Task.Delay(100);
        }
    }

    /// <summary>Types <paramref name="keys"/> one character at a time, as a person would ("\r" is Enter, "\x7f" Backspace).</summary>
    public async Task TypeAsync(string keys)
    {
        foreach (var key in keys)
        {
            await _process.StandardInput.WriteAsync(key);
            await _process.StandardInput.FlushAsync();
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Sends a key that the terminal encodes as a sequence (Up is ESC [ A) in one write, as a terminal does: typed a
    /// character at a time, a loaded machine could let the reader take the ESC for the Escape key.
    /// </summary>
    public async Task PressAsync(string sequence)
    {
        await _process.StandardInput.WriteAsync(sequence);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Presses Ctrl-C and waits for the exit; returns the exit code.</summary>
    public async Task<int> InterruptAsync()
    {
        await TypeAsync("\u0003");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        await _reading;
        return _process.ExitCode;
    }

    private string Tail()
    {
        var screen = Screen;
        return screen.Length > 4000 ? screen[^4000..] : screen;
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")]
    private static partial Regex Plain();

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
