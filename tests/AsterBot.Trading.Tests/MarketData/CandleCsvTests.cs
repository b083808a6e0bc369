using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;
using static AsterBot.Trading.Tests.MarketData.CsvFiles;

namespace AsterBot.Trading.Tests.MarketData;

public sealed class CandleCsvTests : IDisposable
{
    private const long Minute = 60_000;
    private readonly CsvFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Reads_rows_after_an_optional_header_with_exact_values()
    {
        var path = _files.Write("a.csv", CandleCsv.Header, Row(0, open: "42000.10", high: "42010", low: "41990.5", close: "42001", volume: "0.00010"), Row(1));

        var series = CandleCsv.Read(path, Minute);

        Assert.Equal(2, series.Count);
        Assert.Equal(new Candle(0, 42000.10m, 42010m, 41990.5m, 42001m, 0.0001m, 59_999), series[0]);
        Assert.Equal(Minute, series[1].OpenTime);
    }

    [Fact]
    public void Reads_files_without_header_and_with_CRLF_line_ends()
    {
        var path = _files.Path("crlf.csv");
        File.WriteAllText(path, Row(0) + "\r\n" + Row(1) + "\r\n" + Row(2));

        var series = CandleCsv.Read(path, Minute);

        Assert.Equal(3, series.Count);
        Assert.Equal(100.5m, series[2].Close);
    }

    [Theory]
    [InlineData("0,100,101,99,100.5,3,59999,300,7,1", "expected 11 columns")]
    [InlineData("0,100,101,99,100.5,3,59999,300,7,1,100,5", "found more")]
    [InlineData("0,abc,101,99,100.5,3,59999,300,7,1,100", "open 'abc' is not a number")]
    [InlineData("x0,100,101,99,100.5,3,59999,300,7,1,100", "open_time 'x0' is not a whole number")]
    [InlineData("0,100,99,101,100,3,59999,300,7,1,100", "high 99 is below low 101")]
    [InlineData("0,104,103,99,100,3,59999,300,7,1,100", "open 104 is outside [low 99, high 103]")]
    [InlineData("0,100,101,99,98,3,59999,300,7,1,100", "close 98 is outside [low 99, high 101]")]
    [InlineData("0,100,101,99,100,-3,59999,300,7,1,100", "volume -3 is negative")]
    [InlineData("0,100,101,99,100,3,59999,300,-7,1,100", "trades is negative")]
    [InlineData("0,0,101,0,100,3,59999,300,7,1,100", "open 0 is not a positive price")]
    [InlineData("0,100,101,99,100,3,299999,300,7,1,100", "close_time 299999 should be open_time + interval − 1 = 59999")]
    public void A_bad_row_names_its_line_and_reason(string badRow, string reason)
    {
        var path = _files.Write("bad.csv", CandleCsv.Header, Row(-2), Row(-1), badRow);

        var error = Assert.Throws<CandleCsvException>(() => CandleCsv.Read(path, Minute));

        Assert.Equal(4, error.Line);
        Assert.Contains(reason, error.Message);
        Assert.StartsWith("bad.csv, line 4: ", error.Message);
    }

    [Fact]
    public void Duplicate_rows_are_refused_naming_both_lines()
    {
        var path = _files.Write("dup.csv", Row(0), Row(1), Row(1));

        var error = Assert.Throws<CandleCsvException>(() => CandleCsv.Read(path, Minute));

        Assert.Equal(3, error.Line);
        Assert.Contains("duplicate row", error.Message);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Unsorted_rows_are_refused()
    {
        var path = _files.Write("unsorted.csv", Row(0), Row(1), Row(2), Row(1));

        var error = Assert.Throws<CandleCsvException>(() => CandleCsv.Read(path, Minute));

        Assert.Equal(4, error.Line);
        Assert.Contains("not sorted", error.Message);
    }

    [Fact]
    public void A_gap_says_from_when_to_when_and_how_many()
    {
        var path = _files.Write("gap.csv", CandleCsv.Header, Row(0), Row(1), Row(5));

        var error = Assert.Throws<CandleCsvException>(() => CandleCsv.Read(path, Minute));

        Assert.Equal(4, error.Line);
        Assert.Contains("3 missing candles from 1970-01-01 00:02:00Z to 1970-01-01 00:04:00Z", error.Message);
        Assert.Contains("between line 3 and line 4", error.Message);
    }

    [Fact]
    public void Gaps_are_allowed_on_request_and_off_grid_rows_never()
    {
        var gapped = _files.Write("gap.csv", Row(0), Row(5));
        Assert.Equal(2, CandleCsv.Read(gapped, Minute, allowGaps: true).Count);

        var offGrid = _files.Write("grid.csv", Row(0), "90000,100,101,99,100.5,3,149999,300,7,1,100");
        var error = Assert.Throws<CandleCsvException>(() => CandleCsv.Read(offGrid, Minute, allowGaps: true));
        Assert.Contains("not a whole number of intervals", error.Message);
    }

    [Fact]
    public void From_and_to_keep_an_inclusive_range_and_a_gap_outside_it_is_ignored()
    {
        var path = _files.Write("range.csv", Row(0), Row(3), Row(4), Row(5), Row(6));

        var series = CandleCsv.Read(path, Minute, from: 4 * Minute, to: 5 * Minute);

        Assert.Equal(2, series.Count);
        Assert.Equal(4 * Minute, series[0].OpenTime);
        Assert.Equal(5 * Minute, series[1].OpenTime);
    }

    [Fact]
    public void An_empty_selection_is_an_error_that_shows_what_the_file_covers()
    {
        var path = _files.Write("range.csv", Row(0), Row(1));

        var error = Assert.Throws<CandleCsvException>(() => CandleCsv.Read(path, Minute, from: 10 * Minute));

        Assert.Contains("no candles between 1970-01-01 00:10:00Z and the end", error.Message);
        Assert.Contains("the file covers 1970-01-01 00:00:00Z to 1970-01-01 00:01:00Z", error.Message);
    }

    [Fact]
    public void Empty_and_missing_files_are_errors()
    {
        Assert.Contains("holds no candles", Assert.Throws<CandleCsvException>(() => CandleCsv.Read(_files.Write("empty.csv", CandleCsv.Header), Minute)).Message);
        Assert.Contains("asterbot data download", Assert.Throws<CandleCsvException>(() => CandleCsv.Read(_files.Path("nope.csv"), Minute)).Message);
    }

    [Fact]
    public void Writer_output_reads_back_to_the_same_candles()
    {
        var klines = Enumerable.Range(0, 3000).Select(i => new Kline(i * Minute, 100m + i * 0.01m, 101.5m + i * 0.01m, 99m, 100.25m + i * 0.01m,
            0.001m * i, i * Minute + Minute - 1, 12.5m, i, 0.0005m, 6.25m)).ToList();
        var path = _files.Path("round.csv");

        CandleCsvWriter.Write(path, klines);
        var series = CandleCsv.Read(path, Minute);

        Assert.StartsWith(CandleCsv.Header + "\n", File.ReadAllText(path));
        Assert.Equal(klines.Count, series.Count);
        for (var i = 0; i < klines.Count; i++)
        {
            var k = klines[i];
            Assert.Equal(new Candle(k.OpenTime, k.Open, k.High, k.Low, k.Close, k.Volume, k.CloseTime), series[i]);
        }
    }

    [Fact]
    public void Long_lines_and_many_rows_cross_the_read_buffer_intact()
    {
        // 70,000 rows is several 64 KB buffers: rows split across reads must parse the same.
        var rows = Enumerable.Range(0, 70_000).Select(i => Row(i, open: "100.123456", close: "100.654321")).Prepend(CandleCsv.Header).ToArray();
        var path = _files.Write("big.csv", rows);

        var series = CandleCsv.Read(path, Minute);

        Assert.Equal(70_000, series.Count);
        Assert.Equal(100.654321m, series[69_999].Close);
        Assert.Equal(69_999 * Minute, series[69_999].OpenTime);
    }
}
