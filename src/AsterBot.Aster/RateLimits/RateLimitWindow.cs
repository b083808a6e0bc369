namespace AsterBot.Aster.RateLimits;

/// <summary>
/// A limit over a fixed window, e.g. 2400 weight per 1 minute. Windows are aligned to multiples of their length
/// since the epoch, as the exchange counts them, so the used-weight headers line up with local counting.
/// </summary>
public sealed record RateLimitWindow
{
    public RateLimitWindow(TimeSpan length, int limit)
    {
        if (length <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(length), length, "A rate-limit window must be longer than zero.");
        if (limit <= 0) throw new ArgumentOutOfRangeException(nameof(limit), limit, "A rate limit must be positive.");
        Length = length;
        Limit = limit;
    }

    public TimeSpan Length { get; }

    public int Limit { get; }

    /// <summary>The interval suffix of Aster's usage headers for this window: "1M" for a minute, "10S" for ten seconds.</summary>
    public string HeaderSuffix => Length.TotalDays >= 1 && Length.TotalDays % 1 == 0 ? $"{Length.TotalDays}D"
        : Length.TotalHours >= 1 && Length.TotalHours % 1 == 0 ? $"{Length.TotalHours}H"
        : Length.TotalMinutes >= 1 && Length.TotalMinutes % 1 == 0 ? $"{Length.TotalMinutes}M"
        : $"{Length.TotalSeconds}S";

    /// <summary>Parses a header suffix such as "1M", "10S", "1m" back to a window length; false if it is not one.</summary>
    public static bool TryParseSuffix(ReadOnlySpan<char> suffix, out TimeSpan length)
    {
        length = default;
        if (suffix.Length < 2 || !int.TryParse(suffix[..^1], out var count) || count <= 0) return false;
        length = char.ToUpperInvariant(suffix[^1]) switch
        {
            'S' => TimeSpan.FromSeconds(count),
            'M' => TimeSpan.FromMinutes(count),
            'H' => TimeSpan.FromHours(count),
            'D' => TimeSpan.FromDays(count),
            _ => TimeSpan.Zero,
        };
        return length > TimeSpan.Zero;
    }
}
