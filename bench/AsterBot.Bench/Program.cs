using AsterBot.Bench;
using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, e.g.
//   dotnet run -c Release --project bench/AsterBot.Bench -- --filter '*Signing*' --job short
// "signing-cpu" instead measures signing per CPU-second (robust on a shared, loaded machine).
if (args is ["signing-cpu"])
{
    SigningCpuThroughput.Run();
    return;
}
// "backtest-year [strategy]" runs one year of 1m candles once: candles per CPU-second, peak managed memory,
// allocations ("signal" never trades on candles: the cost of the candle loop alone).
if (args is ["backtest-year", ..])
{
    BacktestYear.Run(args.Length > 1 ? args[1] : "ema-cross");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
