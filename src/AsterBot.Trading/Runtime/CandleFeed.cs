using AsterBot.Aster.Errors;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// One pair's closed candles, fetched from the exchange at each close. Remembers the newest candle handed out so
/// every candle reaches the strategy once, in order, even when one arrived late and is caught up with the next.
/// </summary>
internal sealed class CandleFeed(IExchange exchange, PairSetup setup)
{
    /// <summary>Enough to catch up after a few late candles without re-reading history.</summary>
    private const int CatchUpCandles = 10;

    private readonly long _intervalMs = setup.Interval.Milliseconds;

    /// <summary>Close time of the newest candle handed out (Unix ms); long.MinValue before the warm-up.</summary>
    public long LastClose { get; private set; } = long.MinValue;

    /// <summary>The next candle boundary (Unix ms) strictly after <paramref name="now"/>: when the forming candle closes.</summary>
    public long NextBoundary(long now) => (Math.DivRem(now, _intervalMs, out var rest) - (rest < 0 ? 1 : 0) + 1) * _intervalMs;

    public async ValueTask<AsterResult<IReadOnlyList<Candle>>> WarmUpAsync(int count, CancellationToken ct)
    {
        var candles = await exchange.GetCandlesAsync(setup.Symbol, setup.Interval, count, ct);
        if (candles.IsSuccess && candles.Data.Count > 0) LastClose = candles.Data[^1].CloseTime;
        return candles;
    }

    /// <summary>
    /// The candles closed since the last call, oldest first, once the one closing at <paramref name="boundary"/> is
    /// among them; an empty list while it is missing (nothing is handed out, so no decision is made on a gap).
    /// </summary>
    public async ValueTask<AsterResult<IReadOnlyList<Candle>>> FetchClosedAtAsync(long boundary, CancellationToken ct)
    {
        var candles = await exchange.GetCandlesAsync(setup.Symbol, setup.Interval, CatchUpCandles, ct);
        if (!candles.IsSuccess) return candles;
        var rows = candles.Data;
        if (rows.Count == 0 || rows[^1].CloseTime < boundary - 1) return AsterResult<IReadOnlyList<Candle>>.Success([]);
        var fresh = new List<Candle>(rows.Count);
        foreach (var candle in rows)
            if (candle.CloseTime > LastClose) fresh.Add(candle);
        if (fresh.Count > 0) LastClose = fresh[^1].CloseTime;
        return AsterResult<IReadOnlyList<Candle>>.Success(fresh);
    }
}
