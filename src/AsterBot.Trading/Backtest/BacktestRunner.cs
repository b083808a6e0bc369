using System.Globalization;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;
using AsterBot.Trading.MarketData;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Backtest;

/// <summary>
/// Replays candles through the same engine that trades paper and live: a <see cref="PairTrader"/> on a
/// <see cref="Exchanges.SimulatedExchange"/> over the simulator engine with a simulated clock. Per candle t+1:
/// clock to its open, price to its open, queued orders execute (decisions of candle t fill at t+1's open with the
/// taker fee), clock to its close, the candle's path is applied (resting orders and stops fill), the strategy decides.
/// The move to the open is left out when it could change nothing (see the loop).
/// </summary>
public static class BacktestRunner
{
    private const string PairKey = "bt";

    /// <summary>Throws <see cref="BacktestException"/> for setups that cannot run; <see cref="OperationCanceledException"/> when cancelled.</summary>
    public static BacktestResult Run(BacktestOptions options, CandleSeries candles, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var (definition, parameters) = ResolveStrategy(options);
        var (first, last) = Range(options, candles);
        var gaps = CheckGaps(options, candles, first, last);
        using var session = BacktestSession.Create(options, candles[first]);
        BacktestSession.CheckBalance(options, parameters, session.Filters, candles[first].Open);

        var recorder = new TradeRecorder(options.Market, session.BaseAsset);
        var trader = new PairTrader(
            new PairSetup(PairKey, options.Symbol, options.Market, options.Interval) { StalenessLimit = TimeSpan.Zero },
            definition, parameters, session.Exchange, new InMemoryOrderJournal(forgetSettled: true), new RiskGuards(RiskLimits.None), recorder);
        trader.FillApplied += recorder.OnFill;
        var started = Wait(trader.StartAsync([], ct));
        if (!started.IsSuccess) throw new BacktestException($"The backtest could not start: {started.Error}");

        var count = last - first + 1;
        var tracker = new EquityTracker(count);
        var equity = new EquityProbe(session, options.Market);
        var progressStep = Math.Max(1, count / 100);
        var (settledAt, traded) = (0m, true);
        for (var i = first; i <= last; i++)
        {
            var candle = candles[i];
            session.Clock.Set(candle.OpenTime);
            // The move to the open matters when orders go out there, or when the market is not already settled at
            // that price (a gap, or fills since the last close left the book or the last trade elsewhere). Otherwise
            // everything that could react at this price has, and the candle's path starts at the open anyway.
            if (trader.HasPendingActions || traded || candle.Open != settledAt)
            {
                session.MoveTo(candle.Open);
                Wait(trader.ExecutePendingAsync(ct));
            }
            session.Clock.Set(candle.CloseTime);
            session.Replay(candle);
            trader.OnCandleClosed(candle);
            traded = equity.Refresh(recorder.Trades.Count, candle.CloseTime);
            settledAt = candle.Close;
            tracker.Record(candle.CloseTime, equity.At(candle.Close), traded);
            if ((i - first) % progressStep == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report((double)(i - first) / count);
            }
        }
        tracker.Finish();
        progress?.Report(1.0);
        return session.Result(options, candles[first], candles[last], count, recorder, tracker) with { Gaps = gaps };
    }

    private static (StrategyDefinition, StrategyParameters) ResolveStrategy(BacktestOptions options)
    {
        var overrides = new Dictionary<string, string>(options.Parameters, StringComparer.OrdinalIgnoreCase);
        if (options.Leverage is { } leverage)
        {
            if (options.Market == Market.Spot) throw new BacktestException("--leverage applies to futures only; drop it for a spot backtest.");
            overrides["leverage"] = leverage.ToString(CultureInfo.InvariantCulture);
        }
        try
        {
            return StrategyCatalog.Resolve(options.Strategy, options.Market, options.Tier, overrides);
        }
        catch (StrategyConfigException e)
        {
            throw new BacktestException(e.Message, e);
        }
    }

    private static (int First, int Last) Range(BacktestOptions options, CandleSeries candles)
    {
        if (options.InitialBalance <= 0) throw new BacktestException($"The starting balance must be above 0; got {options.InitialBalance}.");
        if (options.TakerFee is < 0 or >= 1 || options.MakerFee is < 0 or >= 1 || options.Slippage is < 0 or >= 1)
            throw new BacktestException("Fees and slippage are fractions from 0 to below 1 (0.0004 = 0.04%).");
        if (options.Interval.Milliseconds != candles.IntervalMs)
            throw new BacktestException($"The data's candles are {candles.IntervalMs / 1000} s apart but --interval is {options.Interval}; use the data's interval.");
        var first = 0;
        var last = candles.Count - 1;
        while (first <= last && options.From is { } from && candles[first].OpenTime < from) first++;
        while (last >= first && options.To is { } to && candles[last].OpenTime > to) last--;
        if (first > last)
            throw new BacktestException(candles.Count == 0
                ? "The data holds no candles."
                : $"No candle opens between --from and --to; the data covers {Time(candles[0].OpenTime)} to {Time(candles[candles.Count - 1].OpenTime)}.");
        return (first, last);
    }

    /// <summary>
    /// A gap refuses the run unless the options allow it: a report over data with holes must say so. Across a gap the
    /// clock jumps (funding times inside it are settled at the last price) and a decision from the candle before it is
    /// not executed after it: the data it was made on is stale (see the pair's staleness rule), so it shows as refused.
    /// </summary>
    private static IReadOnlyList<KlineGap> CheckGaps(BacktestOptions options, CandleSeries candles, int first, int last)
    {
        var gaps = candles.Gaps(first, last);
        if (gaps.Count == 0 || options.AllowGaps) return gaps;
        var gap = gaps[0];
        throw new BacktestException(
            $"The data misses {gaps.Sum(g => g.Missing)} candle(s) in {gaps.Count} gap(s), the first from {Time(gap.From)} to {Time(gap.To)}; " +
            "download the range again, pick --from/--to around it, or pass --allow-gaps to run across the gaps (the report lists them).");
    }

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("u", CultureInfo.InvariantCulture);

    /// <summary>The simulated exchange completes every call synchronously; this only blocks if one ever did not.</summary>
    private static void Wait(ValueTask task)
    {
        if (task.IsCompletedSuccessfully) return;
        task.AsTask().GetAwaiter().GetResult();
    }

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
