using System.Threading.Channels;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;

namespace AsterBot.Run;

/// <summary>
/// The demo's stand-in for a webhook: sends its `signal` pair long at the pair's first candle close, then flips it
/// (short, long, …) every <see cref="FlipEvery"/> candles, so the demo shows entries and flips within minutes.
/// </summary>
public sealed class DemoSignalFeed(string pairLabel)
{
    public const int FlipEvery = 2;

    public async Task RunAsync(TradingHost host, CancellationToken stop)
    {
        var candles = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
        void OnProcessed(PairStatus status)
        {
            if (status.Label == pairLabel && status.LastCandleTime > 0) candles.Writer.TryWrite(status.LastCandleTime);
        }
        host.PairProcessed += OnProcessed;
        try
        {
            long last = 0;
            var seen = 0;
            var action = SignalAction.Long;
            await foreach (var close in candles.Reader.ReadAllAsync(stop))
            {
                if (close == last) continue; // the same candle reported again (a signal, a reconciliation)
                last = close;
                if (seen++ % FlipEvery != 0) continue;
                await host.SendSignalAsync(pairLabel, action, stop);
                action = action == SignalAction.Long ? SignalAction.Short : SignalAction.Long;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run is over
        }
        finally
        {
            host.PairProcessed -= OnProcessed;
        }
    }
}
