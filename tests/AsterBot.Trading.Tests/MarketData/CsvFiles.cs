using System.Globalization;

namespace AsterBot.Trading.Tests.MarketData;

/// <summary>Temporary candle files for tests (deleted with the instance).</summary>
public sealed class CsvFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asterbot-csv-").FullName;

    public string Path(string name) => System.IO.Path.Combine(_folder, name);

    public string Write(string name, params string[] lines)
    {
        var path = Path(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    /// <summary>A valid 1m row: open time = minute × 60,000 ms.</summary>
    public static string Row(long minute, string open = "100", string high = "101", string low = "99", string close = "100.5", string volume = "3",
        long? closeTime = null) =>
        string.Join(',', (minute * 60_000).ToString(CultureInfo.InvariantCulture), open, high, low, close, volume,
            (closeTime ?? minute * 60_000 + 59_999).ToString(CultureInfo.InvariantCulture), "300", "7", "1", "100");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
