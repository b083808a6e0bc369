using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;

namespace AsterBot.Wallet.Tests;

public sealed class WatcherEdgeTests
{
    [Fact]
    public async Task A_transfer_that_reverted_moved_nothing_and_proves_nothing()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(1);
        // Code at the deposit address that always reverts (PUSH1 0, PUSH1 0, REVERT): the value transfer fails on chain.
        await h.Anvil.CallAsync("anvil_setCode", session.DepositAddress.ToString(), "0x60006000fd");
        var tx = await h.Anvil.SendAsync(new Dictionary<string, string>
        {
            ["from"] = AnvilNode.DevAccounts[1], ["to"] = session.DepositAddress.ToString(),
            ["value"] = HexQuantity.Format(Wei.FromBnb(0.0001m)), ["gas"] = "0x186a0",
        });
        await h.Anvil.MineAsync(5);

        Assert.False((await h.Rpc.GetReceiptAsync(tx))!.Succeeded);
        Assert.Equal(VerificationOutcomeKind.NotFound, (await h.SyncAndCheckAsync(session)).Kind);
        Assert.Empty(await h.Store.FindTransfersToAsync(session.DepositAddress, default));
    }

    [Fact]
    public async Task Two_watchers_on_one_database_store_each_block_once()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(1);
        for (var i = 0; i < 10; i++) await h.PayAsync(1, session, Wei.FromBnb(0.0001m) + i);
        await h.Anvil.MineAsync(20);

        var other = new DepositWatcher(Storage.SqliteWalletStore.Open(h.DatabasePath), h.Source, h.Anvil.Client(),
            new BlockWatcherOptions { MaxBlocksPerSync = 2 }, TimeProvider.System);
        h.Restart(new BlockWatcherOptions { MaxBlocksPerSync = 3 });
        await Task.WhenAll(Task.Run(() => other.CatchUpAsync(default)), Task.Run(() => h.Watcher.CatchUpAsync(default)));
        await h.Watcher.CatchUpAsync(default);

        var blocks = await h.Store.LoadRecentBlocksAsync(default);
        Assert.Equal(await h.Rpc.GetBlockNumberAsync(), blocks[^1].Number);
        Assert.Equal(blocks.Count, blocks.Select(b => b.Number).Distinct().Count());
        Assert.Equal(10, (await h.Store.FindTransfersToAsync(session.DepositAddress, default)).Count);
    }

    [Fact]
    public async Task A_reorg_deeper_than_the_remembered_blocks_stops_with_an_explanation()
    {
        await using var h = await WalletHarness.StartAsync();
        var snapshot = await h.Anvil.SnapshotAsync();
        await h.Anvil.MineAsync(1);
        h.Restart(new BlockWatcherOptions { ReorgWindow = 3 });
        var session = await h.StartSessionAsync(1);
        await h.Anvil.MineAsync(6);
        await h.Watcher.CatchUpAsync(default);

        await h.Anvil.RevertAsync(snapshot);
        await h.Anvil.MineAsync(12);

        var error = await Assert.ThrowsAsync<ReorgTooDeepException>(() => h.Watcher.CatchUpAsync(default));
        Assert.Contains("deeper than the 3 blocks", error.Message);
        Assert.Equal(SessionStatus.Pending, (await h.Store.FindSessionAsync(session.Id, default))!.Status);
    }
}
