using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, e.g.
//   dotnet run -c Release --project bench/AsterBot.Bench -- --filter '*Signing*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
