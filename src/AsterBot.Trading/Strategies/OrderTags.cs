namespace AsterBot.Trading.Strategies;

/// <summary>
/// Order tags for one strategy instance: a short label, a sequence number and a stamp of the instance's first
/// decision (exchange time, base 36 seconds). Tags become deterministic client order ids, so they must never repeat
/// for the pair: the sequence makes them unique within a run and the stamp separates runs after a restart.
/// </summary>
internal sealed class OrderTags
{
    private long _sequence;
    private string? _stamp;

    public string Next(string label, StrategyContext context)
    {
        _stamp ??= Base36(Math.Max(0, context.Now / 1000));
        // The underscore keeps label and number apart ("d1" + 23 and "d12" + 3 must differ).
        return $"{label}_{++_sequence}.{_stamp}";
    }

    private static string Base36(long value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do { buffer[--i] = digits[(int)(value % 36)]; value /= 36; } while (value > 0);
        return new string(buffer[i..]);
    }
}
