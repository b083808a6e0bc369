using AsterBot.Aster.Models;

namespace AsterBot.Trading.MarketData;

/// <summary>What to download: the last <see cref="Days"/> days of closed candles of one symbol into <see cref="OutputPath"/>.</summary>
public sealed record KlineDownloadRequest(string Symbol, KlineInterval Interval, int Days, string OutputPath);

/// <summary>Candles written so far out of the candles the window should hold.</summary>
public readonly record struct KlineDownloadProgress(long Done, long Total);

/// <summary>Candles the exchange did not return between two it did (open times of the first and last missing candle).</summary>
public sealed record KlineGap(long From, long To, long Missing);

/// <summary>
/// The outcome: rows appended, whether an existing file was continued, the first candle the exchange had when it
/// starts later than asked (a symbol listed recently), and the gaps found (written around, so the file needs
/// --from/--to around them for backtests).
/// </summary>
public sealed record KlineDownloadSummary(int Written, int Existing, bool Resumed, long? HistoryStartsAt, long? LastOpenTime, IReadOnlyList<KlineGap> Gaps);
