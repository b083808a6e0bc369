using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;
using AsterBot.Testing;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// An engine on a manual clock with BTCUSDT/ETHUSDT at round prices and thin synthetic spread, so hand
/// computations stay simple: BTC tick 0.1, step 0.001; best bid/ask one tick either side of the price.
/// </summary>
internal sealed class EngineFixture
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

    public EngineFixture(EngineOptions? options = null)
    {
        Clock = new ManualTimeProvider(Start);
        Engine = new SimulatorEngine(options ?? DefaultOptions, Clock);
    }

    public static EngineOptions DefaultOptions => new()
    {
        Symbols = ["BTCUSDT", "ETHUSDT", "ASTERUSDT", "ZKUSDT", "DYDXUSDT"],
        InitialPrices = new Dictionary<string, decimal> { ["BTCUSDT"] = 100_000m, ["ETHUSDT"] = 3_000m, ["ASTERUSDT"] = 1m },
        // Half-spread below one tick: best bid = price − tick, best ask = price + tick.
        Liquidity = new() { HalfSpread = 0m, LevelSpacing = 0m, LevelNotional = 1_000_000m, SizeGrowth = 0m, Levels = 20 },
    };

    public ManualTimeProvider Clock { get; }
    public SimulatorEngine Engine { get; }

    public long NewAccount(decimal usdt = 10_000m, IReadOnlyDictionary<string, decimal>? spot = null) =>
        Engine.CreateAccount(new AccountSpec
        {
            WalletAddress = "0x" + Guid.NewGuid().ToString("N")[..8],
            FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = usdt },
            SpotBalances = spot ?? new Dictionary<string, decimal>(),
        }).Value.Id;

    public FuturesOrderView Place(long account, FuturesOrderRequest request)
    {
        var result = Engine.PlaceFuturesOrder(account, request);
        Assert.True(result.IsSuccess, $"order rejected: {result}");
        return result.Value;
    }

    public EngineError Reject(long account, FuturesOrderRequest request)
    {
        var result = Engine.PlaceFuturesOrder(account, request);
        Assert.False(result.IsSuccess, $"order accepted: {result}");
        return result.Error!.Value;
    }

    public static FuturesOrderRequest Market(string symbol, OrderSide side, decimal quantity) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Market, Quantity = quantity };

    public static FuturesOrderRequest Limit(string symbol, OrderSide side, decimal quantity, decimal price, TimeInForce tif = TimeInForce.Gtc) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Limit, Quantity = quantity, Price = price, TimeInForce = tif };

    public FuturesPositionView Position(long account, string symbol, PositionSide side = PositionSide.Both) =>
        Engine.GetPositions(account, symbol).Value.Single(p => p.PositionSide == side);

    public FuturesAccountView Account(long account) => Engine.GetFuturesAccount(account).Value;

    public void Price(string symbol, decimal price) => Assert.True(Engine.SetPrice(AsterBot.Aster.Models.Market.Futures, symbol, price).IsSuccess);
}
