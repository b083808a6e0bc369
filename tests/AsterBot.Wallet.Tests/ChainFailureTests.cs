using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Wallet.Storage;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;

namespace AsterBot.Wallet.Tests;

/// <summary>Verification when the chain cannot be trusted or reached: never a false verification, never a lost session.</summary>
public sealed class ChainFailureTests
{
    [Fact]
    public async Task A_node_of_another_chain_gets_no_session_started()
    {
        await using var anvil = await AnvilNode.StartAsync(); // chain id 56
        using var dir = new TempDirectory();
        var store = SqliteWalletStore.Open(dir.File("w.db"));
        var source = XpubDepositAddresses.Parse(TestKeys.AnvilAccount1Xpub);
        var rpc = anvil.Client(expectedChainId: 97);
        var options = new WalletOptions { ChainId = 97 };
        var service = new WalletVerificationService(store, source, new DepositWatcher(store, source, rpc, new(), TimeProvider.System), options, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ChainIdMismatchException>(() =>
            service.StartAsync(AddressText.Parse(AnvilNode.DevAccounts[1], "wallet"), "tg:1", default));

        Assert.Contains("expects chain id 97", error.Message);
        Assert.Empty(await store.ListDepositAddressesAsync(source.SourceId, 0, default));
    }

    [Fact]
    public async Task While_the_node_is_down_checks_keep_the_session_and_verify_nothing_new()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(1);
        await h.PayAsync(1, session, Wei.FromBnb(0.0001m));
        await h.Anvil.MineAsync(5);

        // The watcher's node goes away (a dead port) before it read the transfer.
        var down = new EvmRpcClient(new JsonRpcTransport(new RpcClientOptions
        {
            Endpoints = [new RpcEndpoint(ScriptedRpcServer.DeadUrl())], RetryBackoff = TimeSpan.Zero,
        }, TimeProvider.System));
        var blindWatcher = new DepositWatcher(h.Store, h.Source, down, new BlockWatcherOptions(), h.Clock);
        await Assert.ThrowsAsync<RpcUnavailableException>(() => blindWatcher.SyncAsync(default));

        var outcome = await h.Service.CheckAsync(session.Id, default);
        Assert.Equal(VerificationOutcomeKind.NotFound, outcome.Kind);
        Assert.Equal(SessionStatus.Pending, (await h.Store.FindSessionAsync(session.Id, default))!.Status);

        // The node is back: the same session verifies.
        Assert.Equal(VerificationOutcomeKind.Verified, (await h.SyncAndCheckAsync(session)).Kind);
    }

    [Fact]
    public async Task Invalid_configuration_is_refused_with_the_reason()
    {
        await using var h = await WalletHarness.StartAsync();
        var wallet = AddressText.Parse(AnvilNode.DevAccounts[1], "wallet");
        foreach (var (options, expected) in new (WalletOptions, string)[]
                 {
                     (new WalletOptions { Amount = 0 }, "must be positive"),
                     (new WalletOptions { Amount = 0.0000000000000000001m }, "more than 18 decimals"),
                     (new WalletOptions { Confirmations = 0 }, "Confirmations must be between 1"),
                     (new WalletOptions { TimeLimit = TimeSpan.Zero }, "time limit"),
                 })
        {
            var service = new WalletVerificationService(h.Store, h.Source, h.Watcher, options, h.Clock);
            var error = await Assert.ThrowsAsync<ArgumentException>(() => service.StartAsync(wallet, null, default));
            Assert.Contains(expected, error.Message);
        }
        await Assert.ThrowsAsync<ArgumentException>(() => h.Service.StartAsync(default, null, default));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Service.StartAsync(wallet, " ", default));
        Assert.Empty(await h.Store.ListDepositAddressesAsync(h.Source.SourceId, 0, default));
    }
}
