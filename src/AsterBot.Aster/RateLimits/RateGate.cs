using AsterBot.Aster.Errors;

namespace AsterBot.Aster.RateLimits;

/// <summary>
/// Counts a budget (request weight per IP, or orders per account) over one or more fixed windows and admits a
/// request only if every window has room. Stops short of the exchange's limit by a safety margin, because the
/// exchange bans an IP (HTTP 418) after repeated 429s. Corrected by the usage headers, paused by 429 (Retry-After)
/// and closed entirely during a 418 ban. An instance per IP or per account: never a process-wide static.
/// </summary>
public sealed class RateGate
{
    private static readonly TimeSpan DefaultBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DefaultBan = TimeSpan.FromMinutes(2);

    private readonly object _lock = new();
    private readonly TimeProvider _time;
    private readonly Counter[] _counters;
    private DateTimeOffset _backoffUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _bannedUntil = DateTimeOffset.MinValue;

    public RateGate(string name, IEnumerable<RateLimitWindow> windows, TimeProvider time,
        RateLimitPolicy policy = RateLimitPolicy.Wait, double safetyFraction = 0.95, TimeSpan? maxWait = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (safetyFraction is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(safetyFraction), safetyFraction, "The safety fraction must be in (0, 1].");
        Name = name;
        _time = time;
        Policy = policy;
        MaxWait = maxWait ?? TimeSpan.FromMinutes(2);
        _counters = windows.Select(w => new Counter(w, Math.Max(1, (int)(w.Limit * safetyFraction)))).ToArray();
        if (_counters.Length == 0) throw new ArgumentException("A gate needs at least one window.", nameof(windows));
    }

    public string Name { get; }

    public RateLimitPolicy Policy { get; }

    /// <summary>Longest a <see cref="RateLimitPolicy.Wait"/> gate waits before failing instead.</summary>
    public TimeSpan MaxWait { get; }

    public IReadOnlyList<RateLimitWindow> Windows => _counters.Select(c => c.Window).ToArray();

    /// <summary>Units used in the current window of <paramref name="window"/>, as known here.</summary>
    public int Used(RateLimitWindow window)
    {
        lock (_lock)
        {
            var counter = _counters.First(c => c.Window == window);
            counter.Roll(_time.GetUtcNow());
            return counter.Used;
        }
    }

    /// <summary>End of the current 418 ban, if one is in force.</summary>
    public DateTimeOffset? BannedUntil
    {
        get { lock (_lock) return _bannedUntil > _time.GetUtcNow() ? _bannedUntil : null; }
    }

    /// <summary>
    /// Reserves <paramref name="cost"/> units, waiting if the policy allows. Returns null when admitted, or the error
    /// to hand back to the caller (nothing was sent).
    /// </summary>
    public async ValueTask<AsterError?> AcquireAsync(int cost, CancellationToken cancellationToken = default)
    {
        if (cost <= 0) return null;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                if (_bannedUntil > now)
                    return new AsterError(AsterErrorKind.Banned, $"{Name}: the IP is banned by the exchange (HTTP 418); refusing all requests until {_bannedUntil:O}.")
                        { RetryAfter = _bannedUntil - now };
                wait = _backoffUntil > now ? _backoffUntil - now : TimeSpan.Zero;
                if (wait == TimeSpan.Zero)
                {
                    foreach (var counter in _counters)
                    {
                        counter.Roll(now);
                        if (cost > counter.Budget)
                            return new AsterError(AsterErrorKind.RateLimited, $"{Name}: a request costing {cost} can never fit the budget of {counter.Budget} per {counter.Window.Length}.");
                        if (counter.Used + cost > counter.Budget) wait = Max(wait, counter.WindowEnd - now);
                    }
                    if (wait == TimeSpan.Zero)
                    {
                        foreach (var counter in _counters) counter.Used += cost;
                        return null;
                    }
                }
            }
            if (Policy == RateLimitPolicy.Fail || wait > MaxWait)
                return new AsterError(AsterErrorKind.RateLimited, $"{Name}: local limit reached; next slot in {wait.TotalSeconds:0.###} s.") { RetryAfter = wait };
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Aligns the local count with the exchange's (X-MBX-USED-WEIGHT-1M, X-MBX-ORDER-COUNT-10S). The larger value
    /// wins: the header can lag requests still in flight, and other processes on the same IP add to the server's.
    /// </summary>
    public void ObserveUsage(TimeSpan windowLength, int used)
    {
        lock (_lock)
        {
            foreach (var counter in _counters)
            {
                if (counter.Window.Length != windowLength) continue;
                counter.Roll(_time.GetUtcNow());
                counter.Used = Math.Max(counter.Used, used);
            }
        }
    }

    /// <summary>HTTP 429 / -1003: pause everything for Retry-After (or a default back-off when absent).</summary>
    public void OnRateLimited(TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            var until = _time.GetUtcNow() + (retryAfter ?? DefaultBackoff);
            if (until > _backoffUntil) _backoffUntil = until;
        }
    }

    /// <summary>HTTP 418: the exchange banned this IP; refuse every request until the ban ends.</summary>
    public void OnBanned(TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            var until = _time.GetUtcNow() + (retryAfter ?? DefaultBan);
            if (until > _bannedUntil) _bannedUntil = until;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Counter(RateLimitWindow window, int budget)
    {
        private long _windowIndex = long.MinValue;

        public RateLimitWindow Window { get; } = window;
        public int Budget { get; } = budget;
        public int Used { get; set; }
        public DateTimeOffset WindowEnd { get; private set; }

        public void Roll(DateTimeOffset now)
        {
            var index = now.UtcTicks / Window.Length.Ticks;
            if (index == _windowIndex) return;
            _windowIndex = index;
            Used = 0;
            WindowEnd = new DateTimeOffset((index + 1) * Window.Length.Ticks, TimeSpan.Zero);
        }
    }
}
