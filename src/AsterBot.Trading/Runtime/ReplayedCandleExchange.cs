using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// A paper exchange on replayed data: everything is the inner (simulated) exchange's, except that a replayed
/// market's candles are the recorded ones, handed out once the <see cref="CandleReplayer"/> has played them. The
/// engine builds its own candles from the prices it is moved to, but opens each minute at the previous close, so a
/// recorded open that differs from the previous close would show up changed; strategies must see the file as a
/// backtest does. Withholding a candle until the next open is in the engine also means a slow replayer delays the
/// decision (the runtime's late-candle path) instead of handing out an unfinished candle.
/// </summary>
public sealed class ReplayedCandleExchange(IExchange inner, CandleReplayer replayer) : DelegatingExchange(inner)
{
    public override ValueTask<AsterResult<IReadOnlyList<Candle>>> GetCandlesAsync(string symbol, KlineInterval interval, int limit, CancellationToken ct = default) =>
        replayer.ClosedCandles(Market, symbol, interval.Milliseconds, limit) is { } recorded
            ? new(AsterResult<IReadOnlyList<Candle>>.Success(recorded))
            : Inner.GetCandlesAsync(symbol, interval, limit, ct);
}
