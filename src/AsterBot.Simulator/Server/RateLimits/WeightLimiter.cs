namespace AsterBot.Simulator.Server.RateLimits;

/// <summary>
/// Per-IP request weight in fixed one-minute windows, as Binance-style exchanges count it. Past the limit a request
/// gets 429 (-1003) with Retry-After; an IP that keeps going past <see cref="AbuseThreshold"/> rejected requests in
/// a window is banned with 418, for 2 minutes doubling on each new ban up to 3 days.
/// </summary>
public sealed class WeightLimiter(TimeProvider clock, int limitPerMinute, int abuseThreshold = 20)
{
    private static readonly TimeSpan FirstBan = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LongestBan = TimeSpan.FromDays(3);
    private readonly Dictionary<string, IpState> _byIp = new(StringComparer.Ordinal);

    public int LimitPerMinute { get; } = limitPerMinute;

    public int AbuseThreshold { get; } = abuseThreshold;

    public enum Verdict { Allowed, TooManyRequests, Banned }

    public readonly record struct Outcome(Verdict Verdict, int UsedWeight, int RetryAfterSeconds, DateTimeOffset BannedUntil);

    public Outcome Charge(string ip, int weight)
    {
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeMilliseconds() / 60_000;
        lock (_byIp)
        {
            if (!_byIp.TryGetValue(ip, out var s)) _byIp[ip] = s = new IpState();
            if (s.Minute != minute) { s.Minute = minute; s.Used = 0; s.Rejected = 0; }
            if (s.BannedUntil > now)
                return new Outcome(Verdict.Banned, s.Used, SecondsUntil(s.BannedUntil, now), s.BannedUntil);
            if (s.Used + weight <= LimitPerMinute)
            {
                s.Used += weight;
                return new Outcome(Verdict.Allowed, s.Used, 0, default);
            }
            if (++s.Rejected > AbuseThreshold)
            {
                var ban = TimeSpan.FromTicks(Math.Min(LongestBan.Ticks, FirstBan.Ticks << Math.Min(s.Bans, 20)));
                s.Bans++;
                s.BannedUntil = now + ban;
                return new Outcome(Verdict.Banned, s.Used, SecondsUntil(s.BannedUntil, now), s.BannedUntil);
            }
            var nextWindow = DateTimeOffset.FromUnixTimeMilliseconds((minute + 1) * 60_000);
            return new Outcome(Verdict.TooManyRequests, s.Used, SecondsUntil(nextWindow, now), default);
        }
    }

    /// <summary>Weight used so far in the current window (for the X-MBX-USED-WEIGHT-1M header on early errors).</summary>
    public int UsedBy(string ip)
    {
        var minute = clock.GetUtcNow().ToUnixTimeMilliseconds() / 60_000;
        lock (_byIp) return _byIp.TryGetValue(ip, out var s) && s.Minute == minute ? s.Used : 0;
    }

    private static int SecondsUntil(DateTimeOffset when, DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((when - now).TotalSeconds));

    private sealed class IpState
    {
        public long Minute = -1;
        public int Used;
        public int Rejected;
        public int Bans;
        public DateTimeOffset BannedUntil;
    }
}
