namespace AsterBot.Simulator.Server.Auth;

/// <summary>
/// V3 replay protection as Aster describes it: a nonce (µs) must lie within ±window of the server clock, must not
/// have been used by the same signer, and once a signer's last <see cref="Capacity"/> nonces are remembered, a nonce
/// older than all of them is "expired" (-4225); otherwise the oldest is forgotten to make room.
/// </summary>
public sealed class NonceStore(TimeSpan window, int capacity = 100)
{
    private readonly Dictionary<string, SortedSet<long>> _bySigner = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Window { get; } = window;

    public int Capacity { get; } = capacity;

    public enum Verdict { Accepted, OutsideWindow, Duplicate, Expired }

    public Verdict TryUse(string signer, long nonceMicros, long nowMicros)
    {
        var windowMicros = Window.Ticks / 10;
        if (Math.Abs(nonceMicros - nowMicros) > windowMicros) return Verdict.OutsideWindow;
        lock (_bySigner)
        {
            if (!_bySigner.TryGetValue(signer, out var used)) _bySigner[signer] = used = [];
            if (used.Contains(nonceMicros)) return Verdict.Duplicate;
            if (used.Count >= Capacity)
            {
                if (nonceMicros < used.Min) return Verdict.Expired;
                used.Remove(used.Min);
            }
            used.Add(nonceMicros);
            return Verdict.Accepted;
        }
    }
}
