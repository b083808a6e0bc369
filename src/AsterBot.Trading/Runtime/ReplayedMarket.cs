using AsterBot.Aster.Models;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Runtime;

/// <summary>A recorded candle file to replay into one market of the paper engine (the same series may feed spot and futures).</summary>
public sealed record ReplayedMarket(Market Market, string Symbol, CandleSeries Candles);
