using System.Text.Json;
using System.Text.Json.Serialization;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Testing;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>
/// A seeded random session: several accounts (one in hedge mode, one isolated) place every kind of order while
/// the market walks and gaps and the clock crosses funding times. Calls may be rejected; they must never throw.
/// </summary>
internal sealed class RandomScenario
{
    public static readonly string[] Symbols = ["BTCUSDT", "ETHUSDT"];
    public readonly Dictionary<long, decimal> InitialUsdt = [];
    public readonly Dictionary<long, Dictionary<string, decimal>> InitialSpot = [];
    private readonly Random _random;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 5, 0, 0, TimeSpan.Zero));
    private readonly List<long> _accounts = [];
    private readonly EventSubscription _events;

    public RandomScenario(int seed)
    {
        _random = new Random(seed);
        Engine = new SimulatorEngine(new EngineOptions
        {
            Seed = seed,
            Symbols = Symbols,
            Liquidity = new() { LevelNotional = 20_000m, Levels = 30 },
        }, _clock);
        _events = Engine.Events.Subscribe();
        for (var i = 0; i < 5; i++)
        {
            var usdt = 500m + 2_000m * i;
            var spot = new Dictionary<string, decimal> { ["USDT"] = 5_000m, ["BTC"] = 0.2m, ["ETH"] = 3m };
            var id = Engine.CreateAccount(new AccountSpec
            {
                WalletAddress = $"0x{i:x40}",
                FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = usdt },
                SpotBalances = spot,
            }).Value.Id;
            _accounts.Add(id);
            InitialUsdt[id] = usdt;
            InitialSpot[id] = spot;
        }
        Engine.SetPositionMode(_accounts[1], hedgeMode: true);
        Engine.SetMarginType(_accounts[2], "BTCUSDT", MarginType.Isolated);
        Engine.SetLeverage(_accounts[3], "ETHUSDT", 50);
    }

    public SimulatorEngine Engine { get; }
    public IReadOnlyList<long> Accounts => _accounts;
    public List<EngineEvent> Published { get; } = [];
    /// <summary>What the last step published (for failure messages).</summary>
    public List<EngineEvent> LastEvents { get; } = [];
    public int Accepted { get; private set; }
    public int Rejected { get; private set; }

    public void Step()
    {
        var roll = _random.Next(100);
        var ok = roll switch
        {
            < 25 => FuturesLimit(),
            < 40 => FuturesMarket(),
            < 48 => Cancel(),
            < 56 => Conditional(),
            < 76 => MovePrice(),
            < 80 => AdvanceTime(),
            < 88 => SpotOrder(),
            < 92 => Engine.SetLeverage(Account(), Symbol(), _random.Next(1, 60)).IsSuccess,
            < 94 => Engine.SetMarginType(Account(), Symbol(), _random.Next(2) == 0 ? MarginType.Isolated : MarginType.Crossed).IsSuccess,
            < 97 => Engine.Transfer(Account(), "USDT", Round(_random.Next(1, 500)), _random.Next(2) == 0 ? TransferDirection.FutureSpot : TransferDirection.SpotFuture, $"t{_random.Next()}").IsSuccess,
            _ => MoveMark(),
        };
        if (ok) Accepted++; else Rejected++;
        LastEvents.Clear();
        while (_events.Reader.TryRead(out var e))
        {
            Published.Add(e);
            LastEvents.Add(e);
        }
    }

    private long Account() => _accounts[_random.Next(_accounts.Count)];
    private string Symbol() => Symbols[_random.Next(Symbols.Length)];
    private OrderSide Side() => _random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
    private decimal Factor(double spread) => 1m + (decimal)((_random.NextDouble() * 2 - 1) * spread);
    private static decimal Round(int value) => value;

    private (string Symbol, decimal Price, decimal Tick, decimal Step) Market()
    {
        var symbol = Symbol();
        var spec = Engine.EnabledSymbols(AsterMarket.Futures).Single(s => s.Symbol == symbol);
        return (symbol, Engine.GetMarkPrice(symbol).Value.MarkPrice, spec.TickSize, spec.StepSize);
    }

    private decimal Quantity(string symbol, decimal step) =>
        step * _random.Next(1, symbol == "BTCUSDT" ? 100 : 1_000);

    private PositionSide? HedgeSide(long account, OrderSide side, out bool closing)
    {
        closing = false;
        if (account != _accounts[1]) return null;
        closing = _random.Next(3) == 0;
        return (side == OrderSide.Buy) ^ closing ? PositionSide.Long : PositionSide.Short;
    }

    private bool FuturesLimit()
    {
        var (symbol, mark, tick, step) = Market();
        var account = Account();
        var side = Side();
        var price = Math.Max(tick, Math.Round(mark * Factor(0.012) / tick) * tick);
        TimeInForce[] tifs = [TimeInForce.Gtc, TimeInForce.Gtc, TimeInForce.Ioc, TimeInForce.Fok, TimeInForce.Gtx, TimeInForce.Hidden];
        var positionSide = HedgeSide(account, side, out _);
        return Engine.PlaceFuturesOrder(account, new FuturesOrderRequest
        {
            Symbol = symbol, Side = side, Type = OrderType.Limit, Price = price, Quantity = Quantity(symbol, step),
            TimeInForce = tifs[_random.Next(tifs.Length)], PositionSide = positionSide,
            ReduceOnly = positionSide is null && _random.Next(8) == 0 ? true : null,
        }).IsSuccess;
    }

    private bool FuturesMarket()
    {
        var (symbol, _, _, step) = Market();
        var account = Account();
        var side = Side();
        var positionSide = HedgeSide(account, side, out _);
        return Engine.PlaceFuturesOrder(account, new FuturesOrderRequest
        {
            Symbol = symbol, Side = side, Type = OrderType.Market, Quantity = Quantity(symbol, step), PositionSide = positionSide,
            ReduceOnly = positionSide is null && _random.Next(5) == 0 ? true : null,
        }).IsSuccess;
    }

    private bool Conditional()
    {
        var (symbol, mark, tick, step) = Market();
        var account = Account();
        var side = Side();
        OrderType[] types = [OrderType.Stop, OrderType.StopMarket, OrderType.TakeProfit, OrderType.TakeProfitMarket, OrderType.TrailingStopMarket];
        var type = types[_random.Next(types.Length)];
        var stop = Math.Round(mark * Factor(0.02) / tick) * tick;
        var request = new FuturesOrderRequest
        {
            Symbol = symbol, Side = side, Type = type, PositionSide = HedgeSide(account, side, out _),
            WorkingType = _random.Next(2) == 0 ? WorkingType.MarkPrice : WorkingType.ContractPrice,
            PriceProtect = _random.Next(4) == 0 ? true : null,
        };
        var closePosition = type is OrderType.StopMarket or OrderType.TakeProfitMarket && _random.Next(4) == 0;
        request = type switch
        {
            OrderType.TrailingStopMarket => request with { Quantity = Quantity(symbol, step), CallbackRate = 0.1m * _random.Next(1, 30) },
            OrderType.Stop or OrderType.TakeProfit => request with { Quantity = Quantity(symbol, step), StopPrice = stop, Price = Math.Round(stop * Factor(0.005) / tick) * tick },
            _ => request with { StopPrice = stop, Quantity = closePosition ? null : Quantity(symbol, step), ClosePosition = closePosition ? true : null },
        };
        return Engine.PlaceFuturesOrder(account, request).IsSuccess;
    }

    private bool Cancel()
    {
        var account = Account();
        var futures = Engine.GetOpenFuturesOrders(account).Value;
        if (futures.Count > 0 && _random.Next(3) > 0)
        {
            var victim = futures[_random.Next(futures.Count)];
            return Engine.CancelFuturesOrder(account, victim.Symbol, OrderRef.ById(victim.OrderId)).IsSuccess;
        }
        var spot = Engine.GetOpenSpotOrders(account).Value;
        if (spot.Count == 0) return Engine.CancelAllFuturesOrders(account, Symbol()).IsSuccess;
        var order = spot[_random.Next(spot.Count)];
        return Engine.CancelSpotOrder(account, order.Symbol, OrderRef.ByClientId(order.ClientOrderId)).IsSuccess;
    }

    private bool MovePrice()
    {
        var symbol = Symbol();
        var market = _random.Next(4) == 0 ? AsterMarket.Spot : AsterMarket.Futures;
        var last = Engine.GetLastPrice(market, symbol).Value;
        // Mostly small steps, sometimes a gap that liquidates someone.
        var move = _random.Next(25) == 0 ? Factor(0.08) : Factor(0.004);
        return Engine.SetPrice(market, symbol, last * move).IsSuccess;
    }

    private bool MoveMark()
    {
        var symbol = Symbol();
        return Engine.SetMarkPrice(symbol, Engine.GetMarkPrice(symbol).Value.IndexPrice * Factor(0.01)).IsSuccess;
    }

    private bool AdvanceTime()
    {
        _clock.Advance(TimeSpan.FromMinutes(_random.Next(1, 600)));
        Engine.Tick();
        return true;
    }

    private bool SpotOrder()
    {
        var symbol = Symbol();
        var account = Account();
        var side = Side();
        var spec = Engine.EnabledSymbols(AsterMarket.Spot).Single(s => s.Symbol == symbol);
        var last = Engine.GetLastPrice(AsterMarket.Spot, symbol).Value;
        var quantity = spec.StepSize * _random.Next(100, 10_000);
        SpotOrderRequest request = _random.Next(4) switch
        {
            0 => new() { Symbol = symbol, Side = side, Type = OrderType.Market, Quantity = quantity },
            1 => new() { Symbol = symbol, Side = side, Type = OrderType.Market, QuoteOrderQty = _random.Next(10, 500) },
            2 => new() { Symbol = symbol, Side = side, Type = OrderType.StopMarket, Quantity = quantity, StopPrice = Math.Round(last * Factor(0.02) / spec.TickSize) * spec.TickSize },
            _ => new() { Symbol = symbol, Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc, Quantity = quantity, Price = Math.Round(last * Factor(0.01) / spec.TickSize) * spec.TickSize },
        };
        return Engine.PlaceSpotOrder(account, request).IsSuccess;
    }

    /// <summary>The whole final state and every event as JSON: equal text means an identical run.</summary>
    public string Fingerprint()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };
        return JsonSerializer.Serialize(Engine.Snapshot(), options) + JsonSerializer.Serialize(Published.Select(e => (object)e).ToList(), options);
    }
}
