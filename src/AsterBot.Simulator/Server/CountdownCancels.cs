namespace AsterBot.Simulator.Server;

/// <summary>
/// The dead-man switches of <c>countdownCancelAll</c>: per account and symbol, a deadline on the simulator clock
/// after which every open order of the symbol is cancelled (checked by the server's once-a-second sweep, where
/// Aster checks about every 10 ms).
/// </summary>
public sealed class CountdownCancels(SimulatorClock clock)
{
    private readonly Dictionary<(long AccountId, string Symbol), long> _deadlines = [];

    /// <summary>Arms (or re-arms) the switch; a zero countdown disarms it.</summary>
    public void Set(long accountId, string symbol, long countdownMs)
    {
        lock (_deadlines)
        {
            if (countdownMs == 0) _deadlines.Remove((accountId, symbol));
            else _deadlines[(accountId, symbol)] = clock.NowMilliseconds + countdownMs;
        }
    }

    /// <summary>The switches whose deadline passed, disarmed as they are returned.</summary>
    public IReadOnlyList<(long AccountId, string Symbol)> TakeExpired()
    {
        var now = clock.NowMilliseconds;
        lock (_deadlines)
        {
            var expired = _deadlines.Where(d => d.Value <= now).Select(d => d.Key).ToList();
            foreach (var key in expired) _deadlines.Remove(key);
            return expired;
        }
    }
}
