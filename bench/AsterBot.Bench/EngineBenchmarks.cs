using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using BenchmarkDotNet.Attributes;

namespace AsterBot.Bench;

/// <summary>
/// Orders processed per second by the simulator engine in-process: a mix of 40% limit orders that rest away
/// from the price, 40% cancels of the oldest resting order and 20% market orders that take from the synthetic
/// book (alternating sides). Target ≥ 500,000 orders/s. Requests are built once so only the engine is measured.
/// Run: dotnet run -c Release --project bench/AsterBot.Bench -- --filter '*EngineBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int Operations = 100_000;
    private const int Distinct = 1_000;
    private readonly FuturesOrderRequest[] _limits = new FuturesOrderRequest[Distinct];
    private readonly FuturesOrderRequest[] _markets = new FuturesOrderRequest[2];
    private readonly long[] _resting = new long[Operations];
    private SimulatorEngine _engine = null!;
    private long _account;

    [GlobalSetup]
    public void BuildRequests()
    {
        for (var i = 0; i < Distinct; i++)
        {
            var buy = i % 2 == 0;
            // 0.5% to 1.5% away from 100,000: never marketable, inside the 2% PERCENT_PRICE band.
            var offset = 500m + i / 2 * 1m;
            _limits[i] = new FuturesOrderRequest
            {
                Symbol = "BTCUSDT", Side = buy ? OrderSide.Buy : OrderSide.Sell, Type = OrderType.Limit,
                TimeInForce = TimeInForce.Gtc, Quantity = 0.001m, Price = buy ? 100_000m - offset : 100_000m + offset,
            };
        }
        _markets[0] = new FuturesOrderRequest { Symbol = "BTCUSDT", Side = OrderSide.Buy, Type = OrderType.Market, Quantity = 0.001m };
        _markets[1] = _markets[0] with { Side = OrderSide.Sell };
    }

    [IterationSetup]
    public void NewEngine()
    {
        _engine = new SimulatorEngine(new EngineOptions
        {
            Symbols = ["BTCUSDT"],
            InitialPrices = new Dictionary<string, decimal> { ["BTCUSDT"] = 100_000m },
            Liquidity = new() { LevelNotional = 10_000_000m },
        }, TimeProvider.System);
        _account = _engine.CreateAccount(new AccountSpec
        {
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 100_000_000m },
        }).Value.Id;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int LimitMarketCancelMix()
    {
        int head = 0, tail = 0, rejected = 0;
        for (var i = 0; i < Operations; i++)
        {
            switch (i % 5)
            {
                case 0 or 1:
                    var placed = _engine.PlaceFuturesOrder(_account, _limits[i % Distinct]);
                    if (placed.IsSuccess) _resting[tail++] = placed.Value.OrderId; else rejected++;
                    break;
                case 2 or 3:
                    if (head < tail && !_engine.CancelFuturesOrder(_account, "BTCUSDT", OrderRef.ById(_resting[head++])).IsSuccess) rejected++;
                    break;
                default:
                    if (!_engine.PlaceFuturesOrder(_account, _markets[i / 5 % 2]).IsSuccess) rejected++;
                    break;
            }
        }
        if (rejected > 0) throw new InvalidOperationException($"{rejected} orders were rejected: the benchmark would measure errors.");
        return tail;
    }
}
