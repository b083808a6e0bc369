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

    public override string ToString() => Text;
}
