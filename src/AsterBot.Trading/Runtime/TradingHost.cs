using System.Collections.Concurrent;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// The paper/live runtime: every slot runs its own loop in parallel; within a slot the pairs are processed one at a
/// time with the slot's processing delay (see <see cref="TradingSlot"/>). At each candle close a pair's closed candle
/// is fetched from its exchange and handed to its <see cref="PairTrader"/>, whose orders go out right after (the next
/// candle's open). A late candle means no decision. Signals (<see cref="SendSignalAsync"/>) and reconciliation
/// (<see cref="RequestReconcile"/>) are queued to the slot's loop, so a trader is only ever called by one thread.
/// </summary>
public sealed class TradingHost
{
    private readonly IReadOnlyList<SlotRunner> _runners;
    private readonly IReadOnlyList<TradingSlot> _refused;
    private readonly ITradingEventSink _events;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, PairStatus> _statuses = new(StringComparer.Ordinal);
    private long _signals;
    private int _running;

    public TradingHost(IReadOnlyList<TradingSlot> slots, ITradingEventSink events, TimeProvider time, RuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(slots);
        options ??= new RuntimeOptions();
        if (options.Problem() is { } problem) throw new ArgumentException(problem, nameof(options));
        var duplicate = slots.SelectMany(s => s.Pairs).GroupBy(p => p.Label, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Pair {duplicate.Key} is configured twice; give each pair its own key.", nameof(slots));
        _events = events;
        _time = time;
        _refused = slots.Where(s => s.Refusal is not null).ToList();
        _runners = slots.Where(s => s.Refusal is null).Select(s => new SlotRunner(s, options, time, events, Remember)).ToList();
    }

    /// <summary>The latest status of every pair (position, open orders, PnL, last price), refreshed after each step.</summary>
    public IReadOnlyList<PairStatus> Statuses => _statuses.Values.OrderBy(s => s.Label, StringComparer.Ordinal).ToList();

    /// <summary>Each running slot's account per market, as read after its latest round of work (for views).</summary>
    public IReadOnlyList<SlotBalance> Balances =>
        _runners.SelectMany(r => r.Balances).OrderBy(b => b.Slot, StringComparer.Ordinal).ThenBy(b => b.Market).ToList();

    /// <summary>The names of the running slots (refused ones do not run).</summary>
    public IReadOnlyList<string> RunningSlots => _runners.Select(r => r.Slot.Name).ToList();

    /// <summary>The running slots whose kill switch is engaged, with its reason (for views).</summary>
    public IReadOnlyList<(string Slot, string Reason)> EngagedKillSwitches =>
        _runners.Select(r => (r.Slot.Name, Reason: r.Slot.Guards?.KillSwitchReason)).Where(s => s.Reason is not null).Select(s => (s.Name, s.Reason!)).ToList();

    /// <summary>A pair finished a step (start, candle, signal, reconciliation); raised on the slot's loop, keep it quick.</summary>
    public event Action<PairStatus>? PairProcessed;

    /// <summary>Runs every slot until <paramref name="stop"/> is cancelled; returns once all loops have ended.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) throw new InvalidOperationException("The trading host is already running.");
        foreach (var slot in _refused)
            Publish(slot.Name, TradingEventKind.Error, $"slot does not trade: {slot.Refusal}");
        foreach (var runner in _runners)
            Publish(runner.Slot.Name, TradingEventKind.Info,
                $"slot started: {runner.Slot.Pairs.Count} pair(s), {runner.Slot.ProcessingDelay.TotalSeconds:0.###} s between pairs");
        await Task.WhenAll(_runners.Select(r => Task.Run(() => r.RunAsync(stop), CancellationToken.None)));
        Publish("runtime", TradingEventKind.Info, "stopped");
    }

    /// <summary>
    /// Hands a <c>long</c>/<c>short</c>/<c>close</c> signal to a <c>signal</c> pair (by key or label) and waits until
    /// its orders were sent or refused (events tell which). Refused with a reason for unknown or non-signal pairs.
    /// </summary>
    public async Task<SignalReceipt> SendSignalAsync(string pair, SignalAction action, CancellationToken ct = default)
    {
        var runner = _runners.FirstOrDefault(r => r.Slot.Pairs.Any(p => p.IsNamed(pair)));
        if (runner is null)
            return new SignalReceipt(false, $"No running pair is named '{pair}'. Running pairs: {string.Join(", ", _runners.SelectMany(r => r.Slot.Pairs).Select(p => p.Label))}.");
        var target = runner.Slot.Pairs.First(p => p.IsNamed(pair));
        if (!string.Equals(target.StrategyName, "signal", StringComparison.OrdinalIgnoreCase))
            return new SignalReceipt(false, $"{target.Label} runs '{target.StrategyName}', which decides by itself; signals go to pairs running the 'signal' strategy.");
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var signal = new TradeSignal($"manual-{now}-{Interlocked.Increment(ref _signals)}", action, now);
        var done = new TaskCompletionSource<SignalReceipt>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!runner.Post(new SignalRequest(target, signal, done)))
            return new SignalReceipt(false, "The runtime is stopping; the signal was not processed.");
        return await done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// Engages (or releases) the kill switch of one running slot, or of every slot for "all": no new exposure while it
    /// is engaged, closing orders and exits still go out. Refused with a reason for an unknown slot or one without guards.
    /// </summary>
    public SignalReceipt SetKillSwitch(string slot, bool engage, string reason)
    {
        var all = string.Equals(slot, "all", StringComparison.OrdinalIgnoreCase);
        var chosen = _runners.Select(r => r.Slot).Where(s => all || string.Equals(s.Name, slot, StringComparison.OrdinalIgnoreCase)).ToList();
        if (chosen.Count == 0)
            return new SignalReceipt(false, $"No running slot is named '{slot}'. Running slots: {string.Join(", ", _runners.Select(r => r.Slot.Name))} (or \"all\").");
        if (chosen.FirstOrDefault(s => s.Guards is null) is { } bare)
            return new SignalReceipt(false, $"Slot {bare.Name} has no risk guards to switch.");
        foreach (var s in chosen)
        {
            if (engage) s.Guards!.EngageKillSwitch(reason);
            else s.Guards!.ReleaseKillSwitch();
            Publish(s.Name, TradingEventKind.Info, engage
                ? $"kill switch engaged ({reason}): no new exposure; closing orders and exits still go out"
                : "kill switch released: pairs may open again");
        }
        var names = string.Join(", ", chosen.Select(s => s.Name));
        return new SignalReceipt(true, engage ? $"kill switch engaged on {names}" : $"kill switch released on {names}");
    }

    /// <summary>Asks a slot to compare its pairs with the exchange (after a stream reconnect); false for an unknown slot.</summary>
    public bool RequestReconcile(string slot, string reason) =>
        _runners.FirstOrDefault(r => string.Equals(r.Slot.Name, slot, StringComparison.OrdinalIgnoreCase)) is { } runner
        && runner.Post(new ReconcileRequest(reason));

    private void Remember(PairStatus status)
    {
        _statuses[status.Label] = status;
        PairProcessed?.Invoke(status);
    }

    private void Publish(string who, TradingEventKind kind, string message) =>
        _events.Publish(new TradingEvent(_time.GetUtcNow().ToUnixTimeMilliseconds(), who, kind, message));
}
