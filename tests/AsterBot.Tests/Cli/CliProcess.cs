using System.Diagnostics;

namespace AsterBot.Tests.Cli;

/// <summary>Runs the real <c>asterbot</c> executable (built next to the tests) as a child process.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunCoreAsync(environment, stdin: null, args);

    /// <summary>Runs with <paramref name="stdin"/> as the child's standard input (then closed), e.g. a piped secret.</summary>
    public static Task<Result> RunWithInputAsync(string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunCoreAsync(environment, stdin, args);

    private static async Task<Result> RunCoreAsync(IReadOnlyDictionary<string, string>? environment, string? stdin, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "asterbot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Only what the test gives: the developer's own wallet settings must not leak in.
        start.Environment.Remove("ASTERBOT_DEPOSIT_XPUB");
        start.Environment.Remove("ASTERBOT_BSC_RPC");
        start.Environment.Remove("ASTERBOT_EGRESS_IPS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"asterbot {string.Join(' ', args)} did not finish within 60 s.");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
