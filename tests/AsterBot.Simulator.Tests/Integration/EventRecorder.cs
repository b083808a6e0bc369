using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>
/// Records stream events and connection states, and lets a test await a condition: every recorded item (or an
/// explicit <see cref="Pulse"/>) wakes the waiters, which re-check. No polling delays; a generous timeout.
/// </summary>
public sealed class EventRecorder : IStreamEventHandler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly object _gate = new();
    private readonly List<object> _items = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Record(object item)
    {
        lock (_gate) _items.Add(item);
        Pulse();
    }

    /// <summary>Wakes the waiters so they re-check their condition.</summary>
    public void Pulse()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>The first recorded <typeparamref name="T"/> matching, waiting for it if needed.</summary>
    public async Task<T> WaitFor<T>(Func<T, bool>? match = null, string? what = null)
    {
        T? found = default;
        await WaitUntil(() =>
        {
            lock (_gate)
                foreach (var item in _items)
                    if (item is T t && (match is null || match(t)))
                    {
                        found = t;
                        return true;
                    }
            return false;
        }, what ?? typeof(T).Name);
        return found!;
    }

    public async Task WaitUntil(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            Task changed;
            lock (_gate) changed = _changed.Task;
            if (condition()) return;
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_gate) Assert.Fail($"Waited {Timeout.TotalSeconds} s for {what}; recorded: {string.Join(", ", _items.Select(i => i.GetType().Name).Distinct())}");
            }
        }
    }

    public IReadOnlyList<object> Snapshot()
    {
        lock (_gate) return _items.ToArray();
    }

    public void Clear()
    {
        lock (_gate) _items.Clear();
    }

    public void OnState(StreamStateChange change) => Record(change);

    public void OnAggTrade(in AggTradeEvent e) => Record(e);
    public void OnTrade(in TradeEvent e) => Record(e);
    public void OnBookTicker(in BookTickerEvent e) => Record(e);
    public void OnMarkPrice(MarkPriceUpdate e) => Record(e);
    public void OnKline(KlineEvent e) => Record(e);
    public void OnAccountUpdate(AccountUpdateEvent e) => Record(e);
    public void OnOrderTradeUpdate(OrderTradeUpdateEvent e) => Record(e);
    public void OnExecutionReport(ExecutionReportEvent e) => Record(e);
    public void OnOutboundAccountPosition(OutboundAccountPositionEvent e) => Record(e);
    public void OnListenKeyExpired(ListenKeyExpiredEvent e) => Record(e);
    public void OnUnknownEvent(UnknownStreamEvent e) => Record(e);
    public void OnMalformedFrame(MalformedFrame e) => Record(e);
}
