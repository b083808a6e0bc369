using System.Globalization;
using AsterBot.Aster.Environments;
using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.MarketData;

namespace AsterBot.Cli;

/// <summary>
/// Typed values from the text of the <c>backtest</c> and <c>data</c> options, and their shared exit codes. Each parser throws
/// <see cref="CliInputException"/> naming the option, what it got and what it takes (the commands exit with 2).
/// </summary>
public static class DataCliInput
{
    /// <summary>
    /// Runs a data command (backtest, download) and turns its known failures into one "error:" line and an exit code:
    /// 2 for input the user must fix (options, CSV rows, impossible setups), 1 for files that cannot be read or written.
    /// </summary>
    public static async Task<int> ExitCodeAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is CliInputException or CandleDataException or BacktestException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }

    public static decimal Decimal(string option, string? text, decimal fallback, decimal min = 0)
    {
        if (text is null) return fallback;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            throw new CliInputException($"{option} must be a number (a dot for decimals, e.g. 0.0004); got '{text}'.");
        if (value < min) throw new CliInputException($"{option} must be at least {min}; got {text}.");
        return value;
    }

    public static int? PositiveInt(string option, string? text)
    {
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            throw new CliInputException($"{option} must be a whole number of at least 1; got '{text}'.");
        return value;
    }

    public static KlineInterval Interval(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new CliInputException("--interval is required, e.g. --interval 1m.");
        try
        {
            return KlineInterval.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException($"--interval: {e.Message}");
        }
    }

    public static Market Market(string? text) => (text ?? "futures").Trim().ToLowerInvariant() switch
    {
        "futures" => Aster.Models.Market.Futures,
        "spot" => Aster.Models.Market.Spot,
        _ => throw new CliInputException($"--market must be futures or spot; got '{text}'."),
    };

    /// <summary>
    /// Epoch milliseconds, or an ISO date/time read as UTC unless it names an offset. A bare date given to --to means
    /// the end of that day, so "--from 2025-01-01 --to 2025-01-31" covers all of January.
    /// </summary>
    public static long? Time(string option, string? text, bool endOfDay = false)
    {
        if (text is null) return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return ms;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
            return endOfDay ? start + 86_400_000 - 1 : start;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            return at.ToUnixTimeMilliseconds();
        throw new CliInputException($"{option} must be an ISO date or time (2025-01-31, 2025-01-31T12:00Z) or epoch milliseconds; got '{text}'.");
    }

    /// <summary>mainnet or testnet, or a custom base URL (the simulator, a proxy) which then wins over --network.</summary>
    public static AsterEnvironment Environment(string? network, string? baseUrl)
    {
        AsterEnvironment named;
        try
        {
            named = AsterEnvironment.FromName(network ?? "mainnet");
        }
        catch (ArgumentException e)
        {
            throw new CliInputException("--network: " + e.Message);
        }
        if (baseUrl is null) return named;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new CliInputException($"--base-url '{baseUrl}' is not an absolute http(s) URL, e.g. http://127.0.0.1:5000.");
        return AsterEnvironment.Custom(uri, signingChainId: named.SigningChainId);
    }

    /// <summary>"name=value" pairs of repeated --param options; a name given twice is refused rather than guessed.</summary>
    public static IReadOnlyDictionary<string, string> Parameters(IEnumerable<string> pairs)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
                throw new CliInputException($"--param takes name=value, e.g. --param fast=12; got '{pair}'.");
            var name = pair[..equals].Trim();
            if (!parameters.TryAdd(name, pair[(equals + 1)..].Trim()))
                throw new CliInputException($"--param {name} is given twice; keep one.");
        }
        return parameters;
    }
}

/// <summary>Command-line input a user must fix (exit code 2).</summary>
public sealed class CliInputException(string message) : Exception(message);
