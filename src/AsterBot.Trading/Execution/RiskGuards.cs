namespace AsterBot.Trading.Execution;

/// <summary>
/// Decides whether an order that opens or adds exposure may go out: kill switch, max position notional, max daily
/// loss (UTC day, realized PnL − fees), cooldown after consecutive losing closes. One instance may be shared by the
/// pairs of an account (thread-safe). Each refusal comes back as a reason for a Blocked event.
/// </summary>
public sealed class RiskGuards
{
    private const long DayMs = 86_400_000;
    private readonly object _gate = new();
    private long _day = -1;
    private decimal _dayPnl;
    private int _losses;
    private long _cooldownUntil = long.MinValue;
    private string? _killReason;

    public RiskGuards(RiskLimits limits)
    {
        if (limits.Problem() is { } problem) throw new ArgumentException(problem, nameof(limits));
        Limits = limits;
    }

    public RiskLimits Limits { get; }

    /// <summary>Why the kill switch is engaged; null while it is not.</summary>
    public string? KillSwitchReason { get { lock (_gate) return _killReason; } }

    /// <summary>Stops all new exposure until <see cref="ReleaseKillSwitch"/> (closing still works).</summary>
    public void EngageKillSwitch(string reason)
    {
        lock (_gate) _killReason = reason;
    }

    public void ReleaseKillSwitch()
    {
        lock (_gate) _killReason = null;
    }

    /// <summary>The reason an opening order must not go out, or null. <paramref name="notionalAfter"/> is |position| after it.</summary>
    public string? CheckOpening(long now, decimal notionalAfter)
    {
        lock (_gate)
        {
            if (_killReason is not null) return $"kill switch engaged ({_killReason})";
            if (Limits.MaxPositionNotional is { } max && notionalAfter > max)
                return $"position notional {notionalAfter:0.##} would exceed the maximum {max}";
            if (Limits.MaxDailyLoss is { } maxLoss && DayOf(now) == _day && -_dayPnl >= maxLoss)
                return $"daily loss {-_dayPnl:0.########} reached the maximum {maxLoss} (UTC day)";
            if (now < _cooldownUntil)
                return $"cooling down after {Limits.MaxConsecutiveLosses} losing closes in a row until {DateTimeOffset.FromUnixTimeMilliseconds(_cooldownUntil):u}";
            return null;
        }
    }

    /// <summary>Books a fee or realized PnL into the UTC day's result (fees as positive amounts).</summary>
    public void RecordPnl(long time, decimal realizedPnl, decimal fee)
    {
        lock (_gate)
        {
            var day = DayOf(time);
            if (day != _day) { _day = day; _dayPnl = 0; }
            _dayPnl += realizedPnl - fee;
        }
    }

    /// <summary>A whole closing order finished with this net result (realized − fees): counts towards the cooldown.</summary>
    public void RecordClose(long time, decimal netResult)
    {
        lock (_gate)
        {
            if (netResult >= 0) { _losses = 0; return; }
            _losses++;
            if (Limits.MaxConsecutiveLosses is { } max && _losses >= max)
            {
                _cooldownUntil = time + (long)Limits.Cooldown.TotalMilliseconds;
                _losses = 0;
            }
        }
    }

    private static long DayOf(long time) => Math.DivRem(time, DayMs, out var rest) - (rest < 0 ? 1 : 0);
}
