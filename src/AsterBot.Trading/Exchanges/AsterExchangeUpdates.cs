using System.Collections.Concurrent;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Trading.Exchanges;

/// <summary>
/// Turns the user-data stream's order events into <see cref="ExchangeUpdate"/>s, queued for the engine to drain.
/// Events can arrive out of order; one flagged superseded must not roll an order back, so its fill (if any) is
/// delivered with the newest state seen for that order instead of its own stale one.
/// </summary>
internal sealed class AsterExchangeUpdates : IStreamEventHandler
{
    private const int RememberedOrders = 1_000;
    private const string FuturesFeeAsset = "USDT";

    private readonly ConcurrentQueue<ExchangeUpdate> _queue = new();
    private readonly Dictionary<string, OrderState> _latest = [];
    private readonly Queue<string> _age = new();

    // Released once per queued update; a wait takes releases until the queue holds something or time is up.
    private readonly SemaphoreSlim _queued = new(0);

    public bool TryTake(out ExchangeUpdate update) => _queue.TryDequeue(out update!);

    /// <summary>True as soon as an update is queued; false when <paramref name="timeout"/> (on <paramref name="time"/>) passes first.</summary>
    public async ValueTask<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        if (!_queue.IsEmpty) return true;
        if (timeout <= TimeSpan.Zero) return false;
        using var expiry = new CancellationTokenSource(timeout, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct, expiry.Token);
        try
        {
            // A release can be left over from an update already taken: wait again while the queue is empty.
            while (_queue.IsEmpty) await _queued.WaitAsync(wait.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return !_queue.IsEmpty;
        }
    }

    public void OnOrderTradeUpdate(OrderTradeUpdateEvent e)
    {
        var time = e.Order.TradeTime != 0 ? e.Order.TradeTime : e.TransactionTime;
        Deliver(AsterExchangeMapping.ToState(e.Order, time), AsterExchangeMapping.ToFill(e.Order, time, e.Order.RealizedProfit, FuturesFeeAsset), e.IsSuperseded);
    }

    public void OnExecutionReport(ExecutionReportEvent e) =>
        // Spot commission is taken in the received asset and the stream names it; the fallback is never used in practice.
        Deliver(AsterExchangeMapping.ToState(e), AsterExchangeMapping.ToFill(e, e.TransactionTime, 0, FuturesFeeAsset), e.IsSuperseded);

    private void Deliver(OrderState state, Fill? fill, bool superseded)
    {
        // Called from the stream's receive loop only (never concurrently), so the memory needs no lock.
        if (superseded)
        {
            if (fill is null) return;
            Enqueue(new ExchangeUpdate(_latest.GetValueOrDefault(state.ClientOrderId, state), fill));
            return;
        }
        Remember(state);
        Enqueue(new ExchangeUpdate(state, fill));
    }

    private void Enqueue(ExchangeUpdate update)
    {
        _queue.Enqueue(update);
        _queued.Release();
    }

    private void Remember(OrderState state)
    {
        if (!_latest.ContainsKey(state.ClientOrderId))
        {
            if (_age.Count == RememberedOrders) _latest.Remove(_age.Dequeue());
            _age.Enqueue(state.ClientOrderId);
        }
        _latest[state.ClientOrderId] = state;
    }
}
