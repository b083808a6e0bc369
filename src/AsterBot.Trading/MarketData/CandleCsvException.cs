namespace AsterBot.Trading.MarketData;

/// <summary>A candle file a user must fix; <see cref="Line"/> is 1-based (0 when the problem is the file as a whole).</summary>
public sealed class CandleCsvException(string file, int line, string reason)
    : CandleDataException(line > 0 ? $"{file}, line {line}: {reason}" : $"{file}: {reason}")
{
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
