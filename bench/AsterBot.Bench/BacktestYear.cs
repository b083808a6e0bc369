using System.Diagnostics;
using AsterBot.Trading.Backtest;

namespace AsterBot.Bench;

/// <summary>
/// One year of 1m candles through a strategy (default `ema-cross`, tier low), after a warm-up run on a month:
/// a timed run gives candles per CPU-second of this process (robust on a machine shared with other builds), wall
/// time and bytes allocated; a second run samples the live managed heap (full collection) at every progress step
/// (1%) for the peak memory of a whole backtest, series included.
/// </summary>
public static class BacktestYear
{
    public static void Run(string strategy)
    {
        var options = BacktestBenchmarks.Options with { Strategy = strategy, Tier = strategy == "ema-cross" ? "low" : null };
        BacktestRunner.Run(options, SyntheticCandles.Minutes(43_200, seed: 1)); // warm-up: JIT tiers
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var candles = SyntheticCandles.Minutes(SyntheticCandles.Year);
        var withSeries = GC.GetTotalMemory(forceFullCollection: true);

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        var result = BacktestRunner.Run(options, candles);
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        long peak = 0;
        BacktestRunner.Run(options, candles, new Sampler(() => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true))));
        GC.KeepAlive(candles);

        Console.WriteLine($"{strategy}: {result.Candles:N0} candles, {result.Trades.Count:N0} trades, final equity {result.FinalEquity:0.##}");
        Console.WriteLine($"wall: {wall.Elapsed.TotalSeconds:0.000} s = {result.Candles / wall.Elapsed.TotalSeconds:N0} candles/s");
        Console.WriteLine($"cpu:  {cpu:0.000} s = {result.Candles / cpu:N0} candles per CPU-second");
        Console.WriteLine($"allocated: {allocated / 1048576.0:0.0} MB = {allocated / (double)result.Candles:0.0} B per candle");
        Console.WriteLine($"series: {(withSeries - baseline) / 1048576.0:0.0} MB; peak live managed memory during a run: {(peak - baseline) / 1048576.0:0.0} MB above the process baseline of {baseline / 1048576.0:0.0} MB");
    }

    private sealed class Sampler(Action sample) : IProgress<double>
    {
        public void Report(double value) => sample();
    }
}
