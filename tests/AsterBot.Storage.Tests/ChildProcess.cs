using System.Diagnostics;

namespace AsterBot.Storage.Tests;

/// <summary>This test assembly run as a separate process (see <see cref="Program"/>), to race or kill real store code.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private ChildProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static ChildProcess Start(StoreTarget target, string mode, params string[] extra)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["exec", typeof(Program).Assembly.Location, mode, .. target.ChildArguments, target.KeyFile, .. extra])
            start.ArgumentList.Add(argument);
        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the child process."));
    }

    /// <summary>The child's next line of output; fails with its stderr if it exits first or takes over a minute.</summary>
    public async Task<string> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            await _process.WaitForExitAsync(timeout.Token);
            throw new InvalidOperationException($"The child process exited with {_process.ExitCode}: {await _stderr}");
        }
        return line;
    }

    /// <summary>Kills the child like a power cut would (no finally blocks, no commit) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
