using System.Globalization;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Commands of `asterbot run`, line by line: signals "long eth", "short ETHUSDT@eth", "close eth" for pairs running the
/// `signal` strategy, the kill switch "kill main [reason]", "resume main" ("all" for every slot), and "balance" (each
/// slot's account as last read). Each answer is one line. <see cref="RunAsync"/> reads them from standard input (plain
/// output, or piped under the live view); under the live view a terminal types them into <see cref="LivePrompt"/>.
/// </summary>
public static class SignalConsole
{
    public static async Task RunAsync(TradingHost host, TextReader input, Action<string> answer, CancellationToken stop)
    {
        try
        {
            // Console input reads block their thread and cannot be cancelled, so each read runs on the pool and
            // WaitAsync lets the run end while one is pending (the blocked read ends with the process).
            while (await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(stop) is { } line)
            {
                if (line.Trim().Length == 0) continue;
                answer(await HandleAsync(host, line, stop));
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
        switch (parts[0].ToLowerInvariant())
        {
            case "kill" when parts.Length >= 2:
                var why = parts.Length > 2 ? string.Join(' ', parts[2..]) : "typed at the console";
                return "kill: " + host.SetKillSwitch(parts[1], engage: true, why).Message;
            case "resume" when parts.Length == 2:
                return "resume: " + host.SetKillSwitch(parts[1], engage: false, "").Message;
            case "balance" when parts.Length == 1:
                return "balance: " + Balances(host);
        }
        SignalAction? action = parts.Length == 2 ? parts[0].ToLowerInvariant() switch
        {
            "long" => SignalAction.Long,
            "short" => SignalAction.Short,
            "close" => SignalAction.Close,
            _ => null,
        } : null;
        if (action is null)
            return $"signal: '{line.Trim()}' is not understood; type long|short|close PAIR (e.g. \"long eth\"), kill SLOT|all [reason], resume SLOT|all or balance.";
        var receipt = await host.SendSignalAsync(parts[1], action.Value, ct);
        return "signal: " + receipt.Message;
    }

    /// <summary>Each slot's account per market as last read (with plain output the only place to see it).</summary>
    private static string Balances(TradingHost host)
    {
        var balances = host.Balances;
        if (balances.Count == 0) return "no account has been read yet (it is read once the pairs have started)";
        return string.Join("; ", balances.Select(b => string.Create(CultureInfo.InvariantCulture,
            $"{b.Slot} {b.Market.ToString().ToLowerInvariant()}: equity {b.Equity:#,##0.00}, wallet {b.Wallet:#,##0.00}, available {b.Available:#,##0.00} " +
            $"(read {DateTimeOffset.FromUnixTimeMilliseconds(b.Time):HH:mm:ss} UTC)")));
    }
}
