using AsterBot.Testing;

namespace AsterBot.Aster.Tests.Streams;

internal static class TestTimeouts
{
    /// <summary>Generous: the machine is shared and slow; a broken test fails after this rather than hangs.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(20);

    /// <summary>Polls a condition until it holds (for state that has no event to await).</summary>
    public static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Default;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }

    /// <summary>Moves a manual clock forward in steps until a condition holds (timers and delays fire as it passes).</summary>
    public static async Task AdvanceUntil(ManualTimeProvider time, TimeSpan step, Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Default;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            time.Advance(step);
            await Task.Delay(10);
        }
    }
}

internal static class ManualClockOptions
{
    /// <summary>
    /// Puts a connection on a manual clock. Tests jump that clock far ahead while real sockets connect, so the
    /// connect and request timeouts are set out of reach: only the behaviour under test reacts to the jumps.
    /// </summary>
    public static AsterBot.Aster.Streams.Connection.StreamConnectionOptions OnManualClock(
        this AsterBot.Aster.Streams.Connection.StreamConnectionOptions options, ManualTimeProvider time) =>
        options with { TimeProvider = time, ConnectTimeout = TimeSpan.FromDays(40), RequestTimeout = TimeSpan.FromDays(40) };
}
