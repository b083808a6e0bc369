using System.Threading.Channels;

namespace AsterBot.Simulator.Engine.Events;

/// <summary>
/// Fan-out of engine events to subscribers. Each subscriber reads its own unbounded channel, so publishing never
/// blocks the engine; a subscriber that stops reading only grows its own queue (dispose it to stop).
/// Events are published in engine order while the engine lock is held, so every reader sees the same order.
/// </summary>
public sealed class EventHub
{
    private readonly object _gate = new();
    private volatile EventSubscription[] _subscribers = [];

    /// <summary>True when at least one subscriber listens (the engine skips building events otherwise).</summary>
    public bool HasSubscribers => _subscribers.Length > 0;

    /// <summary>Events can be read from the returned subscription's Reader until it is disposed.</summary>
    public EventSubscription Subscribe()
    {
        var subscription = new EventSubscription(this);
        lock (_gate) _subscribers = [.. _subscribers, subscription];
        return subscription;
    }

    internal void Unsubscribe(EventSubscription subscription)
    {
        lock (_gate) _subscribers = Array.FindAll(_subscribers, s => !ReferenceEquals(s, subscription));
    }

    internal void Publish(EngineEvent engineEvent)
    {
        foreach (var s in _subscribers) s.Writer.TryWrite(engineEvent);
    }
}

public sealed class EventSubscription : IDisposable
{
    private readonly EventHub _hub;
    private readonly Channel<EngineEvent> _channel =
        Channel.CreateUnbounded<EngineEvent>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = false });

    internal EventSubscription(EventHub hub) => _hub = hub;

    public ChannelReader<EngineEvent> Reader => _channel.Reader;

    internal ChannelWriter<EngineEvent> Writer => _channel.Writer;

    public void Dispose()
    {
        _hub.Unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
