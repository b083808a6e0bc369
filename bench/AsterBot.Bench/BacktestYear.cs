using System.Diagnostics;
using AsterBot.Trading.Backtest;

namespace AsterBot.Bench;

/// <summary>
/// One year of 1m candles through `ema-cross`, measured once per run (after a warm-up run on a month): candles per
/// CPU-second of this process (robust on a machine shared with other builds), wall time, the managed heap holding
/// the series, the peak managed memory seen during the run (sampled at each progress step) and bytes allocated.
/// </summary>
public static class BacktestYear
{
    public static void Run()
    {
        BacktestRunner.Run(BacktestBenchmarks.Options, SyntheticCandles.Minutes(43_200, seed: 1)); // warm-up: JIT tiers
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var candles = SyntheticCandles.Minutes(SyntheticCandles.Year);
        var withSeries = GC.GetTotalMemory(forceFullCollection: true);
        long peak = withSeries;
        var progress = new Sampler(() => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false)));

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        var result = BacktestRunner.Run(BacktestBenchmarks.Options, candles, progress);
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Console.WriteLine($"candles: {result.Candles:N0}, trades: {result.Trades.Count:N0}, final equity {result.FinalEquity:0.##}");
        Console.WriteLine($"wall: {wall.Elapsed.TotalSeconds:0.000} s = {result.Candles / wall.Elapsed.TotalSeconds:N0} candles/s");
        Console.WriteLine($"cpu:  {cpu:0.000} s = {result.Candles / cpu:N0} candles per CPU-second");
        Console.WriteLine($"series on the heap: {(withSeries - baseline) / 1048576.0:0.0} MB; peak managed memory during the run: {(peak - baseline) / 1048576.0:0.0} MB above the process baseline ({peak / 1048576.0:0.0} MB total)");
        Console.WriteLine($"allocated: {allocated / 1048576.0:0.0} MB = {allocated / (double)result.Candles:0.0} B per candle");
    }

    private sealed class Sampler(Action sample) : IProgress<double>
    {
        public void Report(double value) => sample();
    }
}
