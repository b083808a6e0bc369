namespace AsterBot.Aster.Streams.Connection;

/// <summary>
/// Exponential backoff with "equal jitter": half the delay is fixed, half random, so many clients dropped at once
/// do not come back in lockstep, yet none retries too eagerly.
/// </summary>
public static class ReconnectBackoff
{
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="random01">A uniform random number in [0, 1).</param>
    public static TimeSpan Delay(int attempt, TimeSpan initial, TimeSpan max, double random01)
    {
        var exponential = initial.Ticks * Math.Pow(2, Math.Clamp(attempt, 0, 30));
        var capped = Math.Min(exponential, max.Ticks);
        return TimeSpan.FromTicks((long)(capped / 2 + capped / 2 * random01));
    }
}
