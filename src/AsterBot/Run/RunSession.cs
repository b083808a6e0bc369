using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// Everything one `asterbot run` composed: the slots to hand to the runtime, lines telling the user what runs where,
/// optional background work tied to the host (the demo's signal feed), and what to release at the end, in reverse order.
/// </summary>
public sealed class RunSession(IReadOnlyList<TradingSlot> slots, IReadOnlyList<string> description, IReadOnlyList<object> owned) : IAsyncDisposable
{
    public IReadOnlyList<TradingSlot> Slots { get; } = slots;

    public IReadOnlyList<string> Description { get; } = description;

    /// <summary>Started with the host, awaited before the session is disposed.</summary>
    public Func<TradingHost, CancellationToken, Task>? Companion { get; init; }

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
