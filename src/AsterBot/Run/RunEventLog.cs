using System.Globalization;
using AsterBot.Trading.Execution;

namespace AsterBot.Run;

/// <summary>
/// Where `asterbot run` collects its pairs' events: the latest ones for the live view, and — when stdout is not a
/// terminal (CI, pipes, files) — each one printed as a plain line as it happens.
/// </summary>
public sealed class RunEventLog(TextWriter? plain, int keep = 12) : ITradingEventSink
{
    private readonly Queue<TradingEvent> _recent = new();
    private readonly object _gate = new();

    public void Publish(TradingEvent tradingEvent)
    {
        lock (_gate)
        {
            _recent.Enqueue(tradingEvent);
            if (_recent.Count > keep) _recent.Dequeue();
            // Under the lock so lines from parallel slots never interleave mid-line.
            plain?.WriteLine(Format(tradingEvent));
            plain?.Flush();
        }
    }

    public IReadOnlyList<TradingEvent> Recent
    {
        get { lock (_gate) return _recent.ToList(); }
    }

    /// <summary>"12:01:00 BTCUSDT@btc Fill  bought 0.01 …": one event on one line.</summary>
    public static string Format(TradingEvent e) =>
        $"{DateTimeOffset.FromUnixTimeMilliseconds(e.Time).ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {e.Pair} {e.Kind,-14} {e.Message}";
}
