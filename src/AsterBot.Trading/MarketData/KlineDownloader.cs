using System.Text;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Trading.Domain;

namespace AsterBot.Trading.MarketData;

/// <summary>
/// Pages closed klines from Aster (or the simulator) into a CSV file. Resumable: an existing file is validated and
/// continued after its last row (never a duplicate); each page is appended and flushed, so an interrupted download
/// loses at most one page. The candle still open at the server's time is never written. Gaps in the exchange's
/// answer are reported in the summary.
/// </summary>
public sealed class KlineDownloader(MarketDataApi market)
{
    /// <summary>Aster's largest klines page.</summary>
    public const int PageSize = 1500;
    private const long Day = 86_400_000;

    public async Task<AsterResult<KlineDownloadSummary>> DownloadAsync(KlineDownloadRequest request, IProgress<KlineDownloadProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Days <= 0) throw new CandleDataException($"--days must be at least 1; got {request.Days}.");
        var intervalMs = request.Interval.Milliseconds;
        var serverTime = await market.GetServerTimeAsync(ct);
        if (!serverTime.IsSuccess) return serverTime.Error;
        var now = serverTime.Data.ServerTimeMs;

        var windowStart = now - request.Days * Day;
        var cursor = windowStart - windowStart % intervalMs;
        var (existing, lastExisting) = ReadExisting(request.OutputPath, intervalMs);
        if (lastExisting is { } last) cursor = last + intervalMs;
        var firstCursor = cursor;
        var total = Math.Max(0, (now - cursor) / intervalMs);

        var gaps = new List<KlineGap>();
        long? historyStart = null, lastWritten = lastExisting;
        var written = 0;
        using var file = OpenForAppend(request.OutputPath);
        while (cursor + intervalMs <= now)
        {
            var page = await market.GetKlinesAsync(request.Symbol, request.Interval, startTime: cursor, endTime: now - 1, limit: PageSize, ct);
            if (!page.IsSuccess) return page.Error;
            var rows = new List<Kline>(page.Data.Count);
            foreach (var kline in page.Data)
            {
                if (kline.OpenTime < cursor) continue; // overlap with what we have: never a duplicate
                if (kline.CloseTime >= now) break;      // still open
                if ((kline.OpenTime - cursor) % intervalMs != 0)
                    throw new CandleDataException($"The exchange returned a {request.Interval} candle at {Times.Format(kline.OpenTime)}, off the interval grid; nothing after it was written.");
                if (kline.OpenTime > cursor)
                {
                    if (lastWritten is null) historyStart = kline.OpenTime;
                    else gaps.Add(new KlineGap(cursor, kline.OpenTime - intervalMs, (kline.OpenTime - cursor) / intervalMs));
                }
                rows.Add(kline);
                cursor = kline.OpenTime + intervalMs;
                lastWritten = kline.OpenTime;
            }
            if (rows.Count == 0) break;
            foreach (var row in rows) CandleCsvWriter.WriteRow(file, row);
            file.Flush();
            written += rows.Count;
            progress?.Report(new KlineDownloadProgress(Math.Min(total, (cursor - firstCursor) / intervalMs), total));
        }
        progress?.Report(new KlineDownloadProgress(total, total));
        return AsterResult<KlineDownloadSummary>.Success(new KlineDownloadSummary(written, existing, lastExisting is not null, historyStart, lastWritten, gaps));
    }

    private static (int Count, long? LastOpenTime) ReadExisting(string path, long intervalMs)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0) return (0, null);
        var series = CandleCsv.Read(path, intervalMs, allowGaps: true);
        return (series.Count, series.OpenTimeAt(series.Count - 1));
    }

    private static StreamWriter OpenForAppend(string path)
    {
        var isNew = !File.Exists(path) || new FileInfo(path).Length == 0;
        var endsWithNewline = isNew || LastByte(path) == (byte)'\n';
        var writer = new StreamWriter(path, append: true, new UTF8Encoding(false));
        if (isNew) CandleCsvWriter.WriteHeader(writer);
        else if (!endsWithNewline) writer.Write('\n');
        return writer;
    }

    private static int LastByte(string path)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte();
    }
}
