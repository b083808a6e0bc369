using AsterBot.Trading.Domain;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Signals typed (or piped) on standard input while `asterbot run` prints plain lines: "long eth", "short
/// ETHUSDT@eth", "close eth" — for pairs running the `signal` strategy. Each answer is one line.
/// </summary>
public static class SignalConsole
{
    public static async Task RunAsync(TradingHost host, TextReader input, TextWriter output, CancellationToken stop)
    {
        try
        {
            // Console input reads block their thread and cannot be cancelled, so each read runs on the pool and
            // WaitAsync lets the run end while one is pending (the blocked read ends with the process).
            while (await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(stop) is { } line)
            {
                if (line.Trim().Length == 0) continue;
                output.WriteLine(await HandleAsync(host, line, stop));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run is over
        }
    }

    public static async Task<string> HandleAsync(TradingHost host, string line, CancellationToken ct)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        SignalAction? action = parts.Length == 2 ? parts[0].ToLowerInvariant() switch
        {
            "long" => SignalAction.Long,
            "short" => SignalAction.Short,
            "close" => SignalAction.Close,
            _ => null,
        } : null;
        if (action is null) return $"signal: '{line.Trim()}' is not understood; type long|short|close PAIR, e.g. \"long eth\".";
        var receipt = await host.SendSignalAsync(parts[1], action.Value, ct);
        return "signal: " + receipt.Message;
    }
}
