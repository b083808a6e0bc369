namespace AsterBot.Trading.Backtest;

/// <summary>A backtest that cannot run as asked (bad strategy setup, no data in range, balance too small...): the message says what to change.</summary>
public sealed class BacktestException(string message, Exception? inner = null) : Exception(message, inner);
