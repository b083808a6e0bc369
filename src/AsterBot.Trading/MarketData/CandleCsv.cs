using AsterBot.Trading.Domain;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Aster kline CSV files: <c>open_time,open,high,low,close,volume,close_time,quote_volume,trades,taker_buy_base,taker_buy_quote</c>,
/// times in Unix ms, oldest first, an optional header line. Reading checks every row and stops at the first problem
/// with its line number and reason (bad columns, numbers, candle shape, order, gaps); see docs/BACKTESTING.md.
/// </summary>
public static class CandleCsv
{
    public const string Header = "open_time,open,high,low,close,volume,close_time,quote_volume,trades,taker_buy_base,taker_buy_quote";
    internal static readonly string[] Columns = Header.Split(',');

    /// <summary>
    /// Reads a file; <paramref name="from"/>/<paramref name="to"/> keep candles whose open time lies in [from, to]. Gaps are
    /// errors unless <paramref name="allowGaps"/> (the downloader resuming a file whose exchange history has holes, a
    /// backtest told to run across them); <paramref name="gapAdvice"/> ends a gap's message with what the caller offers.
    /// </summary>
    public static CandleSeries Read(string path, long intervalMs, long? from = null, long? to = null, bool allowGaps = false, string? gapAdvice = null)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new CandleCsvException(name, 0, $"no such file ({Path.GetFullPath(path)}); download one with 'asterbot data download'.");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // About 90 bytes a row: sizing the columns up front avoids regrowing them while reading.
        var estimatedRows = (int)Math.Min(stream.Length / 90 + 16, 50_000_000);
        return Read(stream, name, intervalMs, from, to, allowGaps, estimatedRows, gapAdvice);
    }

    public static CandleSeries Read(Stream stream, string name, long intervalMs, long? from = null, long? to = null, bool allowGaps = false,
        int estimatedRows = 1024, string? gapAdvice = null)
    {
        if (from > to) throw new CandleCsvException(name, 0, $"the range is empty: from {Times.Format(from!.Value)} is after to {Times.Format(to!.Value)}.");
        var reader = new Utf8LineReader(stream);
        var rows = new CandleCsvRowParser(name, intervalMs);
        var builder = new CandleSeriesBuilder(intervalMs, estimatedRows);
        var lastKeptLine = 0;
        long? firstTime = null, lastTime = null;
        while (reader.TryReadLine(out var line))
        {
            if (line.Trim((byte)' ').IsEmpty) continue;
            if (!rows.TryParse(line, reader.LineNumber, out var candle)) continue; // the header
            firstTime ??= candle.OpenTime;
            lastTime = candle.OpenTime;
            if (candle.OpenTime < from || candle.OpenTime > to) continue;
            if (builder.Count > 0) CheckContinuity(name, builder.LastOpenTime, lastKeptLine, candle.OpenTime, reader.LineNumber, intervalMs, allowGaps, gapAdvice);
            builder.Add(candle);
            lastKeptLine = reader.LineNumber;
        }
        if (firstTime is null) throw new CandleCsvException(name, 0, "the file holds no candles.");
        if (builder.Count == 0)
            throw new CandleCsvException(name, 0,
                $"no candles between {(from is { } f ? Times.Format(f) : "the start")} and {(to is { } t ? Times.Format(t) : "the end")}; " +
                $"the file covers {Times.Format(firstTime.Value)} to {Times.Format(lastTime!.Value)}.");
        return builder.Build();
    }

    private static void CheckContinuity(string name, long previous, int previousLine, long openTime, int line, long intervalMs, bool allowGaps, string? gapAdvice)
    {
        var step = openTime - previous;
        if (step % intervalMs != 0)
            throw new CandleCsvException(name, line,
                $"open_time {openTime} is not a whole number of intervals ({intervalMs} ms) after line {previousLine}'s {previous}: is --interval right?");
        if (step == intervalMs || allowGaps) return;
        var missing = step / intervalMs - 1;
        throw new CandleCsvException(name, line,
            $"gap: {missing} missing candle{(missing == 1 ? "" : "s")} from {Times.Format(previous + intervalMs)} to {Times.Format(openTime - intervalMs)} " +
            $"(between line {previousLine} and line {line}); download the range again or pick --from/--to around it{(gapAdvice is null ? "" : ", " + gapAdvice)}.");
    }
}
