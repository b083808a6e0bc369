namespace AsterBot.Simulator.Server.RateLimits;

/// <summary>
/// Per-account order counts in fixed 10-second and 1-minute windows (futures: 300 and 1200, from real
/// exchangeInfo). A new order past either limit is refused with 429 (-1015) and no Retry-After, as Aster does.
/// </summary>
public sealed class OrderCountLimiter(TimeProvider clock, int per10Seconds, int perMinute)
{
    private readonly Dictionary<long, Counts> _byAccount = [];

    public int Per10Seconds { get; } = per10Seconds;

    public int PerMinute { get; } = perMinute;

    public readonly record struct Outcome(bool Allowed, int Count10S, int Count1M);

    public Outcome Charge(long accountId, int orders)
    {
        var ms = clock.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_byAccount)
        {
            if (!_byAccount.TryGetValue(accountId, out var c)) _byAccount[accountId] = c = new Counts();
            c.Roll(ms);
            if (c.In10S + orders > Per10Seconds || c.In1M + orders > PerMinute)
                return new Outcome(false, c.In10S, c.In1M);
            c.In10S += orders;
            c.In1M += orders;
            return new Outcome(true, c.In10S, c.In1M);
        }
    }

    private sealed class Counts
    {
        private long _window10S = -1, _window1M = -1;
        public int In10S, In1M;

        public void Roll(long ms)
        {
            if (ms / 10_000 != _window10S) { _window10S = ms / 10_000; In10S = 0; }
            if (ms / 60_000 != _window1M) { _window1M = ms / 60_000; In1M = 0; }
        }
    }
}
