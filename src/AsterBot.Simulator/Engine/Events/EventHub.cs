using System.Threading.Channels;
using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Engine.Events;

/// <summary>
/// Fan-out of engine events to subscribers. Each subscriber reads its own unbounded channel, so publishing never
/// blocks the engine; a subscriber that stops reading only grows its own queue (dispose it to stop).
/// Events are published in engine order while the engine lock is held, so every reader sees the same order.
/// </summary>
public sealed class EventHub
{
    private readonly Lock _gate = new();
    private volatile EventSubscription[] _subscribers = [];

    private volatile bool _hasMarketSubscribers;
    private volatile bool _hasBalanceSubscribers;
    private volatile bool _hasAcknowledgementSubscribers;

    /// <summary>True when at least one subscriber listens (the engine skips building events otherwise).</summary>
    public bool HasSubscribers => _subscribers.Length > 0;

    /// <summary>
    /// True when a subscriber wants public market data (trades, depth, klines, mark prices, liquidations): the
    /// engine builds those per price move, which an account-only reader such as a backtest must not pay for.
    /// </summary>
    public bool HasMarketSubscribers => _hasMarketSubscribers;

    /// <summary>
    /// True when a subscriber wants balance and position updates: an order-only reader (a trading core that reads the
    /// account when it needs it) spares the engine building them on every fill.
    /// </summary>
    public bool HasBalanceSubscribers => _hasBalanceSubscribers;

    /// <summary>
    /// True when a subscriber wants the NEW update of each placed order. A reader that places its own orders in
    /// process learns that from the placing call's answer, and spares the engine building it on every order.
    /// </summary>
    public bool HasAcknowledgementSubscribers => _hasAcknowledgementSubscribers;

    /// <summary>Events can be read from the returned subscription's Reader until it is disposed.</summary>
    public EventSubscription Subscribe(EventScope scope = EventScope.All)
    {
        var subscription = new EventSubscription(this, scope);
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscription];
            Recount();
        }
        return subscription;
    }

    internal void Unsubscribe(EventSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers = Array.FindAll(_subscribers, s => !ReferenceEquals(s, subscription));
            Recount();
        }
    }

    private void Recount()
    {
        _hasMarketSubscribers = Array.Exists(_subscribers, s => s.Scope == EventScope.All);
        _hasBalanceSubscribers = Array.Exists(_subscribers, s => s.Scope is EventScope.All or EventScope.Accounts);
        _hasAcknowledgementSubscribers = Array.Exists(_subscribers, s => s.Scope != EventScope.OrderChanges);
    }

    internal void Publish(EngineEvent engineEvent)
    {
        var isMarketData = IsMarketData(engineEvent);
        var isOrder = engineEvent is FuturesOrderUpdate or SpotOrderUpdate;
        var isAcknowledgement = engineEvent is FuturesOrderUpdate { ExecutionType: ExecutionType.New } or SpotOrderUpdate { ExecutionType: ExecutionType.New };
        foreach (var s in _subscribers)
        {
            var wanted = s.Scope switch
            {
                EventScope.All => true,
                EventScope.Accounts => !isMarketData,
                EventScope.Orders => isOrder,
                _ => isOrder && !isAcknowledgement,
            };
            if (wanted) s.Writer.TryWrite(engineEvent);
        }
    }

    private static bool IsMarketData(EngineEvent engineEvent) =>
        engineEvent is TradeEvent or DepthUpdate or KlineUpdate or MarkPriceUpdate or LiquidationEvent;
}

/// <summary>
/// What a subscriber reads: everything; only accounts' events (orders, balances, positions, config); only order
/// updates (ORDER_TRADE_UPDATE / executionReport, fills included); or only the order updates after placement (fills,
/// cancellations, expiries, amendments, triggers) — for an in-process caller that gets each order's NEW state as the
/// answer of its own placing call.
/// </summary>
public enum EventScope { All, Accounts, Orders, OrderChanges }

public sealed class EventSubscription : IDisposable
{
    private readonly EventHub _hub;
    // One writer (the engine, under its lock) and one consumer per subscription (a stream loop or a trading core),
    // which lets the channel use its lighter single-consumer queue.
    private readonly Channel<EngineEvent> _channel =
        Channel.CreateUnbounded<EngineEvent>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });

    internal EventSubscription(EventHub hub, EventScope scope)
    {
        _hub = hub;
        Scope = scope;
    }

    public EventScope Scope { get; }

    public ChannelReader<EngineEvent> Reader => _channel.Reader;

    internal ChannelWriter<EngineEvent> Writer => _channel.Writer;

    public void Dispose()
    {
        _hub.Unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
