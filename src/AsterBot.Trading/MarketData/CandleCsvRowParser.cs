using System.Text;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Checks and parses one CSV row at a time, remembering the previous row for order checks. Every problem is a
/// <see cref="CandleCsvException"/> naming the line, the column and what would be valid.
/// </summary>
internal sealed class CandleCsvRowParser(string file, long intervalMs)
{
    private const int ColumnCount = 11;
    private const int OpenTime = 0, Open = 1, High = 2, Low = 3, Close = 4, Volume = 5, CloseTime = 6, QuoteVolume = 7, Trades = 8,
        TakerBuyBase = 9, TakerBuyQuote = 10;
    private bool _seenRow;
    private long _previousOpenTime;
    private int _previousLine;

    /// <summary>False for a header line (allowed once, before any row); true with the candle otherwise.</summary>
    public bool TryParse(ReadOnlySpan<byte> line, int lineNumber, out Candle candle)
    {
        candle = default;
        Span<Range> fields = stackalloc Range[ColumnCount];
        var count = Split(line, fields);
        if (!_seenRow && lineNumber == 1 && count == ColumnCount && !Utf8Number.TryParseLong(line[fields[0]].Trim((byte)' '), out _)) return false;
        if (count != ColumnCount)
            throw Fail(lineNumber, $"expected {ColumnCount} columns ({CandleCsv.Header}), found {(count > ColumnCount ? "more" : count.ToString())}.");

        var openTime = Long(line, fields, OpenTime, lineNumber);
        var open = Price(line, fields, Open, lineNumber);
        var high = Price(line, fields, High, lineNumber);
        var low = Price(line, fields, Low, lineNumber);
        var close = Price(line, fields, Close, lineNumber);
        var volume = Amount(line, fields, Volume, lineNumber);
        var closeTime = Long(line, fields, CloseTime, lineNumber);
        Amount(line, fields, QuoteVolume, lineNumber);
        if (Long(line, fields, Trades, lineNumber) < 0) throw Fail(lineNumber, "trades is negative; counts start at 0.");
        Amount(line, fields, TakerBuyBase, lineNumber);
        Amount(line, fields, TakerBuyQuote, lineNumber);

        if (high < low) throw Fail(lineNumber, $"high {high} is below low {low}.");
        if (open < low || open > high) throw Fail(lineNumber, $"open {open} is outside [low {low}, high {high}].");
        if (close < low || close > high) throw Fail(lineNumber, $"close {close} is outside [low {low}, high {high}].");
        if (closeTime != openTime + intervalMs - 1)
            throw Fail(lineNumber, $"close_time {closeTime} should be open_time + interval − 1 = {openTime + intervalMs - 1} " +
                $"for {intervalMs / 60_000}-minute candles: is --interval right?");
        if (_seenRow && openTime <= _previousOpenTime)
            throw Fail(lineNumber, openTime == _previousOpenTime
                ? $"duplicate row: open_time {openTime} ({Times.Format(openTime)}) is also on line {_previousLine}."
                : $"rows are not sorted: open_time {Times.Format(openTime)} comes after line {_previousLine}'s {Times.Format(_previousOpenTime)}; sort the file oldest first.");

        _seenRow = true;
        _previousOpenTime = openTime;
        _previousLine = lineNumber;
        candle = new Candle(openTime, open, high, low, close, volume, closeTime);
        return true;
    }

    /// <summary>Splits on commas into <paramref name="fields"/>; returns the field count (more than fit = one more than the span).</summary>
    private static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = line[start..].IndexOf((byte)',');
            var end = comma < 0 ? line.Length : start + comma;
            if (count == fields.Length) return count + 1;
            fields[count++] = new Range(start, end);
            if (comma < 0) return count;
            start = end + 1;
        }
    }

    private long Long(ReadOnlySpan<byte> line, Span<Range> fields, int column, int lineNumber)
    {
        var text = line[fields[column]].Trim((byte)' ');
        if (!Utf8Number.TryParseLong(text, out var value))
            throw Fail(lineNumber, $"{CandleCsv.Columns[column]} '{Show(text)}' is not a whole number (times are Unix milliseconds).");
        return value;
    }

    private decimal Price(ReadOnlySpan<byte> line, Span<Range> fields, int column, int lineNumber)
    {
        var value = Number(line, fields, column, lineNumber);
        if (value <= 0) throw Fail(lineNumber, $"{CandleCsv.Columns[column]} {value} is not a positive price.");
        return value;
    }

    private decimal Amount(ReadOnlySpan<byte> line, Span<Range> fields, int column, int lineNumber)
    {
        var value = Number(line, fields, column, lineNumber);
        if (value < 0) throw Fail(lineNumber, $"{CandleCsv.Columns[column]} {value} is negative; volumes start at 0.");
        return value;
    }

    private decimal Number(ReadOnlySpan<byte> line, Span<Range> fields, int column, int lineNumber)
    {
        var text = line[fields[column]].Trim((byte)' ');
        if (!Utf8Number.TryParseDecimal(text, out var value))
            throw Fail(lineNumber, $"{CandleCsv.Columns[column]} '{Show(text)}' is not a number (use a dot for decimals, e.g. 42000.5).");
        return value;
    }

    // Quoted back so the user can find it, but bounded: a binary file must not flood the terminal.
    private static string Show(ReadOnlySpan<byte> text) => Encoding.UTF8.GetString(text[..Math.Min(text.Length, 40)]);

    private CandleCsvException Fail(int line, string reason) => new(file, line, reason);
}
