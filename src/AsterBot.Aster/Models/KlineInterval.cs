namespace AsterBot.Aster.Models;

/// <summary>Candle interval with its wire text ("1m" … "1M"); the set Aster accepts for klines and kline streams.</summary>
public readonly record struct KlineInterval
{
    private static readonly string[] Known = ["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"];

    private KlineInterval(string text) => Text = text;

    public string Text { get; }

    public static KlineInterval OneMinute => new("1m");
    public static KlineInterval FiveMinutes => new("5m");
    public static KlineInterval FifteenMinutes => new("15m");
    public static KlineInterval OneHour => new("1h");
    public static KlineInterval FourHours => new("4h");
    public static KlineInterval OneDay => new("1d");

    /// <summary>Parses "1m", "4h", "1M" ... (case matters: "1m" is a minute, "1M" a month).</summary>
    public static KlineInterval Parse(string text) => Known.Contains(text)
        ? new KlineInterval(text)
        : throw new ArgumentException($"Unknown kline interval '{text}'. Use one of: {string.Join(' ', Known)}.", nameof(text));

    /// <summary>Every interval Aster accepts, shortest first.</summary>
    public static IReadOnlyList<string> All => Known;

    public static bool TryParse(string? text, out KlineInterval interval)
    {
        interval = text is not null && Known.Contains(text) ? new KlineInterval(text) : default;
        return interval.Text is not null;
    }

    /// <summary>The candle's length; "1M" counts as 30 days (how the simulator aggregates months).</summary>
    public TimeSpan Duration
    {
        get
        {
            var text = Text ?? throw new InvalidOperationException("The kline interval is not set.");
            var n = int.Parse(text.AsSpan(0, text.Length - 1), System.Globalization.CultureInfo.InvariantCulture);
            return text[^1] switch
            {
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                'w' => TimeSpan.FromDays(7 * n),
                _ => TimeSpan.FromDays(30 * n),
            };
        }
    }

    public long Milliseconds => (long)Duration.TotalMilliseconds;

    public override string ToString() => Text;
}
