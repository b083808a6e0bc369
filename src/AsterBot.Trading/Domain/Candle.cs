namespace AsterBot.Trading.Domain;

/// <summary>
/// One closed candle, times in Unix milliseconds (Aster's kline fields: <see cref="CloseTime"/> = open + interval − 1).
/// A value type so a year of 1m candles can be walked without allocating.
/// </summary>
public readonly record struct Candle(long OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, long CloseTime);
