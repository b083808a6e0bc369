using System.Globalization;
using AsterBot.Trading.MarketData;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Reads the candle files of a paper replay (Paper:Prices = replay) and plans what is played. Every problem — a
/// missing file, a bad row (with its line), a gap, files without a common period — is a <see cref="RunConfigException"/>
/// naming the setting to fix, raised before anything starts.
/// </summary>
public static class ReplayLoader
{
    public static ReplayPlan Load(PaperReplay replay, IEnumerable<PairSettings> pairs)
    {
        var markets = new List<ReplayedMarket>();
        foreach (var symbol in pairs.GroupBy(p => p.Symbol))
        {
            var path = replay.Files[symbol.Key];
            CandleSeries candles;
            try
            {
                candles = CandleCsv.Read(path, symbol.First().Interval.Milliseconds, from: replay.From);
            }
            catch (CandleDataException e)
            {
                throw new RunConfigException($"Paper:Replay:{symbol.Key}: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RunConfigException($"Paper:Replay:{symbol.Key}: {path} cannot be read ({e.Message}).");
            }
            foreach (var market in symbol.Select(p => p.Market).Distinct())
                markets.Add(new ReplayedMarket(market, symbol.Key, candles));
        }
        try
        {
            return ReplayPlan.Create(markets, replay.From);
        }
        catch (ArgumentException e)
        {
            throw new RunConfigException($"Paper:Replay: {e.Message}");
        }
    }

    /// <summary>"Paper: replaying btc.csv (BTCUSDT) from … to … at 60× (one 1m candle every 1 s)."</summary>
    public static string Describe(PaperReplay replay, ReplayPlan plan)
    {
        var files = string.Join(", ", plan.Markets.Select(m => m.Symbol).Distinct().Select(s => $"{Path.GetFileName(replay.Files[s])} ({s})"));
        var speed = replay.Speed.ToString("0.###", CultureInfo.InvariantCulture);
        var perCandle = (60m / replay.Speed).ToString("0.####", CultureInfo.InvariantCulture);
        return $"Paper: replaying {files} from {Times.Format(plan.Start)} to {Times.Format(plan.End)} at {speed}× (one 1m candle every {perCandle} s); " +
            "fills as in a backtest (the engine's fees, no slippage); the run ends when the data does.";
    }
}
