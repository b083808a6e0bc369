using System.Collections.Concurrent;
using System.Threading.Channels;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;

namespace AsterBot.Trading.Runtime;

/// <summary>
/// The loop of one slot: starts its pairs, then at every candle close processes the due pairs one after another
/// with the slot's processing delay between them, and in between handles signals and reconciliation requests.
/// Stopping lets the order being sent finish (exchange calls get no stop token) and then leaves the loop.
/// </summary>
internal sealed class SlotRunner(TradingSlot slot, RuntimeOptions options, TimeProvider time, ITradingEventSink events, Action<PairStatus> processed)
{
    private readonly Channel<SlotRequest> _requests = Channel.CreateUnbounded<SlotRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<RuntimePair, long> _due = [];
    private readonly ConcurrentDictionary<Market, SlotBalance> _balances = new();
    /// <summary>Markets whose account read is failing: each failure and recovery is told once, per market.</summary>
    private readonly HashSet<Market> _balanceFailing = [];

    public TradingSlot Slot => slot;

    /// <summary>The slot's account in each market its pairs trade, as read after the latest round of work.</summary>
    public IReadOnlyCollection<SlotBalance> Balances => _balances.Values.ToList();

    public bool Post(SlotRequest request) => _requests.Writer.TryWrite(request);

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            for (var i = 0; i < slot.Pairs.Count && !stop.IsCancellationRequested; i++)
            {
                if (i > 0) await PauseAsync(slot.ProcessingDelay, stop);
                await StartPairAsync(slot.Pairs[i], stop);
            }
            await RefreshBalancesAsync();
            while (!stop.IsCancellationRequested)
            {
                await WaitForWorkAsync(stop);
                var worked = await HandleRequestsAsync();
                worked |= await ProcessDuePairsAsync(stop);
                if (worked) await RefreshBalancesAsync();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // stopping between two steps: nothing is half done
        }
        finally
        {
            _requests.Writer.TryComplete();
            while (_requests.Reader.TryRead(out var left))
                if (left is SignalRequest s) s.Done.TrySetResult(new SignalReceipt(false, "the runtime is stopping; the signal was not processed"));
        }
    }

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task StartPairAsync(RuntimePair pair, CancellationToken stop)
    {
        var warmUp = await pair.Feed.WarmUpAsync(options.WarmUpCandles, stop);
        if (!warmUp.IsSuccess)
        {
            Publish(pair.Label, TradingEventKind.Error, $"not started: candles could not be read ({warmUp.Error}); retrying at the next candle close");
        }
        else
        {
            var started = await pair.Trader.StartAsync(warmUp.Data, CancellationToken.None);
            pair.Started = started.IsSuccess;
            if (!started.IsSuccess) Publish(pair.Label, TradingEventKind.Error, $"not started: {started.Error}; retrying at the next candle close");
        }
        _due[pair] = pair.Feed.NextBoundary(Now);
        processed(pair.Trader.Status);
    }

    /// <summary>Sleeps until the next pair is due or a request arrives, whichever comes first.</summary>
    private async Task WaitForWorkAsync(CancellationToken stop)
    {
        if (_requests.Reader.TryPeek(out _)) return;
        var wait = TimeSpan.FromMilliseconds(Math.Max(0, NextDue() - Now));
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var sleep = Task.Delay(wait, time, wake.Token);
        var request = _requests.Reader.WaitToReadAsync(wake.Token).AsTask();
        await Task.WhenAny(sleep, request);
        await wake.CancelAsync();
        await Task.WhenAll(sleep, request).ContinueWith(_ => { }, TaskScheduler.Default); // observe the cancelled loser
        stop.ThrowIfCancellationRequested();
    }

    private long NextDue() => _due.Count == 0 ? Now + 60_000 : _due.Values.Min();

    /// <summary>Handles queued signals and reconciliation requests; true when there was any.</summary>
    private async Task<bool> HandleRequestsAsync()
    {
        var any = false;
        while (_requests.Reader.TryRead(out var request))
        {
            any = true;
            switch (request)
            {
                case SignalRequest s: s.Done.TrySetResult(await ApplySignalAsync(s.Pair, s.Signal)); break;
                case ReconcileRequest r: await ReconcileAllAsync(r.Reason); break;
            }
        }
        return any;
    }

    private async Task<SignalReceipt> ApplySignalAsync(RuntimePair pair, TradeSignal signal)
    {
        if (!pair.Started) return new SignalReceipt(false, $"{pair.Label} is not started yet (see its error events); try again after the next candle close");
        pair.Trader.OnSignal(signal);
        await pair.Trader.ExecutePendingAsync(CancellationToken.None);
        processed(pair.Trader.Status);
        return new SignalReceipt(true, $"{signal.Action.ToString().ToLowerInvariant()} signal {signal.Id} processed by {pair.Label}");
    }

    private async Task ReconcileAllAsync(string reason)
    {
        Publish(slot.Name, TradingEventKind.Reconciled, $"reconciling every pair: {reason}");
        foreach (var pair in slot.Pairs.Where(p => p.Started))
        {
            await pair.Trader.ReconcileAsync(CancellationToken.None);
            processed(pair.Trader.Status);
        }
    }

    /// <summary>Processes the pairs whose candle closed; true when there was any.</summary>
    private async Task<bool> ProcessDuePairsAsync(CancellationToken stop)
    {
        var first = true;
        foreach (var pair in slot.Pairs)
        {
            if (_due[pair] > Now) continue;
            if (!first) await PauseAsync(slot.ProcessingDelay, stop);
            first = false;
            try
            {
                if (!pair.Started) await StartPairAsync(pair, stop);
                else await ProcessCandleAsync(pair, stop);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One pair's defect must not stop its slot's other pairs; it is retried at its next candle.
                Publish(pair.Label, TradingEventKind.Error, $"step failed ({e.GetType().Name}: {e.Message}); retrying at the next candle close");
                _due[pair] = pair.Feed.NextBoundary(Now);
            }
        }
        return !first;
    }

    /// <summary>
    /// Reads the slot's account once per market (the pairs of a slot share one account) for views. A failed read keeps
    /// the last figures, whose time then shows their age; the failure and the recovery are told once each.
    /// </summary>
    private async Task RefreshBalancesAsync()
    {
        foreach (var exchange in slot.Pairs.Select(p => p.Exchange).DistinctBy(e => e.Market).ToList())
        {
            AsterResult<AccountSnapshot> account;
            try
            {
                account = await exchange.GetAccountAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A view's figures must never stop the slot; the type alone, as a message could carry a signed URL.
                account = new AsterError(AsterErrorKind.NetworkError, e.GetType().Name);
            }
            if (account.IsSuccess)
            {
                var a = account.Data;
                _balances[exchange.Market] = new SlotBalance(slot.Name, exchange.Market, a.WalletBalance, a.Equity, a.Available, Now);
                if (_balanceFailing.Remove(exchange.Market))
                    Publish(slot.Name, TradingEventKind.Info, $"the {exchange.Market.ToString().ToLowerInvariant()} account can be read again");
            }
            else if (_balanceFailing.Add(exchange.Market))
            {
                Publish(slot.Name, TradingEventKind.Error, $"the {exchange.Market.ToString().ToLowerInvariant()} account could not be read ({account.Error}); balances shown are from before");
            }
        }
    }

    /// <summary>Hands the candle that closed at the pair's boundary (and any late ones before it) to the trader, then sends its orders.</summary>
    private async Task ProcessCandleAsync(RuntimePair pair, CancellationToken stop)
    {
        var boundary = _due[pair];
        var giveUpAt = boundary + (long)options.LateAfter.TotalMilliseconds;
        await PauseAsync(TimeSpan.FromMilliseconds(Math.Max(0, boundary + (long)options.SettleDelay.TotalMilliseconds - Now)), stop);
        while (true)
        {
            var fetched = await pair.Feed.FetchClosedAtAsync(boundary, stop);
            if (!fetched.IsSuccess)
            {
                Publish(pair.Label, TradingEventKind.Error, $"candles could not be read ({fetched.Error}): no decision this candle");
                break;
            }
            if (fetched.Data.Count > 0)
            {
                foreach (var candle in fetched.Data) pair.Trader.OnCandleClosed(candle);
                await pair.Trader.ExecutePendingAsync(CancellationToken.None);
                break;
            }
            if (Now >= giveUpAt)
            {
                Publish(pair.Label, TradingEventKind.Blocked,
                    $"the candle closing at {DateTimeOffset.FromUnixTimeMilliseconds(boundary):HH:mm:ss} UTC has not arrived: market data is late, no decision this candle");
                break;
            }
            await PauseAsync(options.RetryInterval, stop);
        }
        _due[pair] = pair.Feed.NextBoundary(Now);
        processed(pair.Trader.Status);
    }

    private Task PauseAsync(TimeSpan delay, CancellationToken stop) => delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, stop);

    private void Publish(string who, TradingEventKind kind, string message) => events.Publish(new TradingEvent(Now, who, kind, message));
}
