using System.Globalization;

namespace AsterBot.Trading.MarketData;

/// <summary>Unix-millisecond times as people read them in messages and reports (UTC, ISO 8601).</summary>
public static class Times
{
    public static string Format(long unixMs) =>
        unixMs is >= -62_135_596_800_000 and <= 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : unixMs.ToString(CultureInfo.InvariantCulture) + " ms";
}
