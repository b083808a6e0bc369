namespace AsterBot.Trading.MarketData;

/// <summary>Candle data a user must fix (a bad CSV row, a gap, values the store cannot hold). The message says what and how.</summary>
public class CandleDataException(string message) : Exception(message);
