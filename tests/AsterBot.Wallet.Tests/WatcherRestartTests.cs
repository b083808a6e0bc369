using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;

namespace AsterBot.Wallet.Tests;

public sealed class WatcherRestartTests
{
    [Fact]
    public async Task Watcher_stopped_mid_stream_and_restarted_stores_every_block_and_transfer_exactly_once()
    {
        await using var h = await WalletHarness.StartAsync();
        var sessions = new[]
        {
            await h.StartSessionAsync(1, "tg:1"), await h.StartSessionAsync(2, "tg:2"), await h.StartSessionAsync(3, "tg:3"),
        };
        var firstBlock = (await h.Store.LoadRecentBlocksAsync(default))[^1].Number;
        var watcherOptions = new BlockWatcherOptions { ReorgWindow = 10_000, MaxBlocksPerSync = 3, PollInterval = TimeSpan.FromMilliseconds(5) };
        var sent = new List<string>();

        async Task ProduceAsync(int transfers)
        {
            for (var i = 0; i < transfers; i++)
            {
                var s = sessions[sent.Count % sessions.Length];
                sent.Add(await h.PayAsync(sent.Count % sessions.Length + 1, s, Wei.FromBnb(0.0001m) + sent.Count));
                if (sent.Count % 4 == 0) await h.Anvil.MineAsync(2);
            }
        }

        // First watcher follows the stream and is cancelled while blocks keep coming.
        h.Restart(watcherOptions, TimeProvider.System);
        using (var stop = new CancellationTokenSource())
        {
            var running = h.Watcher.RunAsync(null, stop.Token);
            await ProduceAsync(15);
            await WaitUntilAsync(async () => (await h.Store.LoadRecentBlocksAsync(default)).Count > 5);
            stop.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        }

        // More blocks while nothing watches; then a new process (fresh objects, same database) takes over.
        await ProduceAsync(15);
        h.Restart(watcherOptions, TimeProvider.System);
        using (var stop = new CancellationTokenSource())
        {
            var running = h.Watcher.RunAsync(null, stop.Token);
            await ProduceAsync(6);
            var head = await h.Rpc.GetBlockNumberAsync();
            await WaitUntilAsync(async () => (await h.Store.LoadRecentBlocksAsync(default))[^1].Number >= head);
            stop.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        }

        var blocks = await h.Store.LoadRecentBlocksAsync(default);
        var numbers = blocks.Select(b => b.Number).ToList();
        Assert.Equal(Enumerable.Range(0, numbers.Count).Select(i => firstBlock + (ulong)i), numbers); // no gap, no repeat
        foreach (var b in blocks) Assert.Equal((await h.Rpc.GetBlockAsync(b.Number))!.Hash, b.Hash);

        var stored = new List<string>();
        foreach (var s in sessions)
            stored.AddRange((await h.Store.FindTransfersToAsync(s.DepositAddress, default)).Select(t => t.Transfer.TransactionHash));
        Assert.Equal(sent.Order(), stored.Order());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await condition()) await Task.Delay(10, timeout.Token);
    }
}
