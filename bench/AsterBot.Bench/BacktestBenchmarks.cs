using AsterBot.Aster.Models;
using AsterBot.Trading.Backtest;
using AsterBot.Trading.MarketData;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// Backtest throughput of `ema-cross` (12/26, tier low) on a year of synthetic 1m candles (525,600) through the
/// full engine: BacktestRunner → PairTrader → SimulatedExchange → SimulatorEngine, no vectorized shortcut. Results
/// are per candle (OperationsPerInvoke): ns and bytes allocated. Target ≥ 2,000,000 candles/s (≤ 500 ns per candle).
/// Run: dotnet run -c Release --project bench/AsterBot.Bench -- --filter '*BacktestBenchmarks*' --job short
/// (and `-- backtest-year` for candles per CPU-second and peak managed memory of one whole run).
/// </summary>
[MemoryDiagnoser]
public class BacktestBenchmarks
{
    private CandleSeries _candles = null!;

    public static BacktestOptions Options => new()
    {
        Strategy = "ema-cross", Symbol = "BTCUSDT", Interval = KlineInterval.OneMinute, Market = Market.Futures, Tier = "low",
    };

    [GlobalSetup]
    public void Candles() => _candles = SyntheticCandles.Minutes(SyntheticCandles.Year);

    [Benchmark(OperationsPerInvoke = SyntheticCandles.Year)]
    public int EmaCrossYearOf1mCandles() => BacktestRunner.Run(Options, _candles).Trades.Count;
}
