using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;
using AsterBot.Trading.MarketData;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// Plays recorded candles into an in-process engine on a clock, the way a backtest drives it: at each candle's open
/// the market moves to the open (orders queued at the last close fill there), and at its last millisecond the
/// candle's path is applied (open → nearer extreme → other extreme → close), so resting orders and stops fill along
/// the recorded path exactly as in a backtest. The engine must not random-walk. Candles are handed to traders by
/// <see cref="ReplayedCandleExchange"/> through <see cref="ClosedCandles"/>: a candle counts as closed once the next
/// candle's open is in the engine, so a decision never meets a price the recorded market had not reached yet.
/// When the data ends, an info event (pair <see cref="EventSource"/>) says so and <see cref="RunAsync"/> returns.
/// </summary>
public sealed class CandleReplayer(SimulatorEngine engine, TimeProvider time, ReplayPlan plan, ITradingEventSink? events = null)
{
    /// <summary>The "pair" named in the events the replayer publishes.</summary>
    public const string EventSource = "replay";

    private readonly Track[] _tracks = plan.Markets.Select((m, i) => new Track(m, plan.Ranges[i].First, plan.Ranges[i].Last)).ToArray();
    private long _playedUntil = long.MinValue;

    /// <summary>How far the replay got: the replayed time (Unix ms) of the last candle open or path played; long.MinValue before the first.</summary>
    public long PlayedUntil => Volatile.Read(ref _playedUntil);

    /// <summary>
    /// The newest <paramref name="limit"/> closed candles of a replayed market, oldest first, exactly as recorded;
    /// null when the market is not replayed or at another interval (the engine's own candles then answer).
    /// </summary>
    public IReadOnlyList<Candle>? ClosedCandles(Market market, string symbol, long intervalMs, int limit)
    {
        var track = _tracks.FirstOrDefault(t => t.Replayed.Market == market && t.Candles.IntervalMs == intervalMs
            && string.Equals(t.Replayed.Symbol, symbol, StringComparison.OrdinalIgnoreCase));
        if (track is null) return null;
        var end = track.First + Volatile.Read(ref track.Closed);
        var begin = Math.Max(track.First, end - Math.Max(0, limit));
        var candles = new Candle[end - begin];
        for (var i = begin; i < end; i++) candles[i - begin] = track.Candles[i];
        return candles;
    }

    /// <summary>Plays every candle on the clock; returns when the data ends, the engine refuses a price, or on <paramref name="stop"/>.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (_tracks.Where(t => !t.Done).Select(t => (long?)t.NextEventTime).Min() is { } next)
        {
            try
            {
                await UntilAsync(next, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            foreach (var track in _tracks)
            {
                if (track.Done || track.NextEventTime != next) continue;
                if (Play(track) is { } refused)
                {
                    Publish(TradingEventKind.Error, $"replay stopped at {Times.Format(next)}: the paper engine refused {track.Replayed.Symbol}'s recorded price ({refused})");
                    return;
                }
            }
            Volatile.Write(ref _playedUntil, next);
        }
        Publish(TradingEventKind.Info, $"replay finished at {Times.Format(plan.End)}: the recorded data ends there");
    }

    /// <summary>Waits until the clock reaches <paramref name="target"/> (Unix ms); timers may wake early on coarse clocks, so it re-checks.</summary>
    private async Task UntilAsync(long target, CancellationToken stop)
    {
        long wait;
        while ((wait = target - time.GetUtcNow().ToUnixTimeMilliseconds()) > 0)
            await Task.Delay(TimeSpan.FromMilliseconds(wait), time, stop);
    }

    /// <summary>Plays the track's next event; the engine's refusal, if any.</summary>
    private string? Play(Track track)
    {
        var candle = track.Candles[track.Index];
        var (market, symbol) = (track.Replayed.Market, track.Replayed.Symbol);
        if (!track.AtClose)
        {
            var moved = engine.SetPrice(market, symbol, candle.Open);
            if (!moved.IsSuccess) return moved.Error!.Value.Message;
            // The previous candle is final now that the market has moved on to the next open.
            Volatile.Write(ref track.Closed, track.Index - track.First);
            track.AtClose = true;
            return null;
        }
        var walked = engine.ApplyCandle(market, symbol, candle.Open, candle.High, candle.Low, candle.Close);
        if (!walked.IsSuccess) return walked.Error!.Value.Message;
        track.AtClose = false;
        if (++track.Index > track.Last)
        {
            track.Done = true;
            Volatile.Write(ref track.Closed, track.Last - track.First + 1);
        }
        return null;
    }

    private void Publish(TradingEventKind kind, string message) =>
        events?.Publish(new TradingEvent(time.GetUtcNow().ToUnixTimeMilliseconds(), EventSource, kind, message));

    /// <summary>Where one market's replay is: the candle being played and whether its open or its path comes next.</summary>
    private sealed class Track(ReplayedMarket replayed, int first, int last)
    {
        public ReplayedMarket Replayed { get; } = replayed;
        public CandleSeries Candles => Replayed.Candles;
        public int First { get; } = first;
        public int Last { get; } = last;
        public int Index { get; set; } = first;
        public bool AtClose { get; set; }
        public bool Done { get; set; }

        /// <summary>How many candles from <see cref="First"/> on are closed; read by traders' threads.</summary>
        public int Closed;

        public long NextEventTime => AtClose ? Candles[Index].CloseTime : Candles.OpenTimeAt(Index);
    }
}
