using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.Domain;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Tests.Strategies;

/// <summary>Synthetic 1m BTCUSDT candles and a backtest through the full engine (BacktestRunner over the simulator).</summary>
internal sealed class BacktestScenario
{
    private const long Minute = 60_000;
    private const long Start = 1_699_999_980_000; // a whole minute
    private readonly List<Candle> _candles = [];

    public decimal LastClose => _candles.Count == 0 ? throw new InvalidOperationException("no candle yet") : _candles[^1].Close;

    public BacktestScenario Add(decimal open, decimal high, decimal low, decimal close)
    {
        var openTime = Start + _candles.Count * Minute;
        _candles.Add(new Candle(openTime, open, high, low, close, 10, openTime + Minute - 1));
        return this;
    }

    /// <summary>A candle from the last close to <paramref name="close"/>, its range exactly the two.</summary>
    public BacktestScenario To(decimal close)
    {
        var open = _candles.Count == 0 ? close : LastClose;
        return Add(open, Math.Max(open, close), Math.Min(open, close), close);
    }

    public BacktestScenario Flat(decimal price, int count)
    {
        for (var i = 0; i < count; i++) Add(price, price, price, price);
        return this;
    }

    /// <summary>Straight moves of <paramref name="perCandle"/> through each waypoint in turn.</summary>
    public BacktestScenario Through(decimal perCandle, params decimal[] waypoints)
    {
        foreach (var target in waypoints)
        {
            while (LastClose != target)
            {
                var next = LastClose < target ? Math.Min(target, LastClose + perCandle) : Math.Max(target, LastClose - perCandle);
                To(next);
            }
        }
        return this;
    }

    public BacktestResult Run(string strategy, Market market, params (string Key, string Value)[] parameters)
    {
        var values = new Dictionary<string, string>();
        foreach (var (key, value) in parameters) values[key] = value;
        var options = new BacktestOptions
        {
            Strategy = strategy, Symbol = "BTCUSDT", Interval = KlineInterval.OneMinute, Market = market, Parameters = values,
            TakerFee = 0.0004m, MakerFee = 0.0002m,
        };
        return BacktestRunner.Run(options, CandleSeries.FromCandles(_candles, Minute));
    }
}
