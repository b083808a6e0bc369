using System.Collections.Concurrent;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Tests.Streams;

/// <summary>Copies of depth payloads (the originals' spans live only during the call).</summary>
public sealed record DepthCopy(string? Symbol, string? Stream, long FirstUpdateId, long FinalUpdateId, long PreviousFinalUpdateId,
    long EventTime, PriceLevel[] Bids, PriceLevel[] Asks, bool IsPartial);

/// <summary>Keeps every event it receives, in order, for assertions.</summary>
public sealed class RecordingHandler : IStreamEventHandler
{
    private readonly ConcurrentQueue<object> _events = new();

    public IReadOnlyList<object> Events => _events.ToArray();

    public IEnumerable<T> All<T>() => _events.OfType<T>();

    public T Single<T>() => Assert.Single(All<T>());

    public Task WaitFor<T>(Func<T, bool>? match = null, string? what = null) =>
        TestTimeouts.Until(() => All<T>().Any(e => match?.Invoke(e) ?? true), what ?? typeof(T).Name);

    public void OnAggTrade(in AggTradeEvent e) => _events.Enqueue(e);
    public void OnTrade(in TradeEvent e) => _events.Enqueue(e);
    public void OnBookTicker(in BookTickerEvent e) => _events.Enqueue(e);
    public void OnDepthUpdate(in DepthUpdate e) => _events.Enqueue(new DepthCopy(e.Symbol, null, e.FirstUpdateId, e.FinalUpdateId,
        e.PreviousFinalUpdateId, e.EventTime, e.Bids.ToArray(), e.Asks.ToArray(), false));
    public void OnPartialDepth(in PartialDepth e) => _events.Enqueue(new DepthCopy(e.Symbol, e.Stream, 0, e.LastUpdateId, -1,
        e.EventTime, e.Bids.ToArray(), e.Asks.ToArray(), true));
    public void OnMarkPrice(MarkPriceUpdate e) => _events.Enqueue(e);
    public void OnKline(KlineEvent e) => _events.Enqueue(e);
    public void OnMiniTicker(MiniTickerEvent e) => _events.Enqueue(e);
    public void OnTicker(TickerEvent e) => _events.Enqueue(e);
    public void OnForceOrder(ForceOrderEvent e) => _events.Enqueue(e);
    public void OnTradePro(TradeProEvent e) => _events.Enqueue(e);
    public void OnListenKeyExpired(ListenKeyExpiredEvent e) => _events.Enqueue(e);
    public void OnMarginCall(MarginCallEvent e) => _events.Enqueue(e);
    public void OnAccountUpdate(AccountUpdateEvent e) => _events.Enqueue(e);
    public void OnOrderTradeUpdate(OrderTradeUpdateEvent e) => _events.Enqueue(e);
    public void OnAccountConfigUpdate(AccountConfigUpdateEvent e) => _events.Enqueue(e);
    public void OnExecutionReport(ExecutionReportEvent e) => _events.Enqueue(e);
    public void OnOutboundAccountPosition(OutboundAccountPositionEvent e) => _events.Enqueue(e);
    public void OnUnknownEvent(UnknownStreamEvent e) => _events.Enqueue(e);
    public void OnMalformedFrame(MalformedFrame e) => _events.Enqueue(e);
}
