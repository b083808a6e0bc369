using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Everything one `asterbot run` composed: the slots to hand to the runtime, lines telling the user what runs where,
/// optional background work tied to the host (the demo's signal feed, the price follower or replayer), the clock, and what to release at the end, in reverse order.
/// </summary>
public sealed class RunSession(IReadOnlyList<TradingSlot> slots, IReadOnlyList<string> description, IReadOnlyList<object> owned) : IAsyncDisposable
{
    public IReadOnlyList<TradingSlot> Slots { get; } = slots;

    public IReadOnlyList<string> Description { get; } = description;

    /// <summary>
    /// Started with the host, awaited before the session is disposed. When it returns by itself (a replay whose data
    /// ended), the run ends: the host is stopped as by Ctrl-C.
    /// </summary>
    public Func<TradingHost, CancellationToken, Task>? Companion { get; init; }

    /// <summary>The clock the host runs on: the system's, or replayed time for a replay.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Called once the host exists (e.g. to wire stream reconnects to <see cref="TradingHost.RequestReconcile"/>).</summary>
    public Action<TradingHost>? OnHost { get; init; }

    public async ValueTask DisposeAsync()
    {
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            switch (owned[i])
            {
                case IAsyncDisposable a: await a.DisposeAsync(); break;
                case IDisposable d: d.Dispose(); break;
            }
        }
    }
}
