using AsterBot.Chain.Rpc;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;

namespace AsterBot.Wallet.Tests;

/// <summary>Real transfers on anvil between dev accounts and deposit addresses, checked the way the bot will.</summary>
public sealed class VerificationTests
{
    private static readonly System.Numerics.BigInteger Amount = Wei.FromBnb(0.0001m);

    [Fact]
    public async Task Transfer_from_the_claimed_wallet_verifies_once_it_has_the_required_confirmations()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);
        Assert.Equal(VerificationOutcomeKind.NotFound, (await h.SyncAndCheckAsync(session)).Kind);

        var tx = await h.PayAsync(1, session, Amount);
        var waiting = await h.SyncAndCheckAsync(session);
        Assert.Equal(VerificationOutcomeKind.AwaitingConfirmations, waiting.Kind);
        Assert.Equal(1, waiting.Confirmations);
        Assert.Contains("1 of 3", waiting.Message);

        await h.Anvil.MineAsync(2);
        var verified = await h.SyncAndCheckAsync(session);
        Assert.Equal(VerificationOutcomeKind.Verified, verified.Kind);
        Assert.True(verified.IsVerified);
        Assert.Equal(tx, verified.Session!.VerifiedTransaction);
        Assert.Contains(AnvilNode.DevAccounts[1], verified.Message); // EIP-55 form, as users know their address

        // Final: a later check (after a restart too) gives the same answer without looking at the chain again.
        h.Restart();
        Assert.Equal(VerificationOutcomeKind.Verified, (await h.Service.CheckAsync(session.Id, default)).Kind);
    }

    [Fact]
    public async Task Transfer_from_another_wallet_is_a_wrong_sender()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);
        await h.PayAsync(2, session, Amount);
        await h.Anvil.MineAsync(5);

        var outcome = await h.SyncAndCheckAsync(session);

        Assert.Equal(VerificationOutcomeKind.WrongSender, outcome.Kind);
        Assert.Contains(AnvilNode.DevAccounts[2], outcome.Message);
        Assert.Contains("not from the claimed wallet", outcome.Message);
    }

    [Fact]
    public async Task Transfer_below_the_amount_is_too_small_and_transfers_are_not_added_up()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);
        await h.PayAsync(1, session, Amount - 1);
        await h.PayAsync(1, session, Amount / 2);
        await h.Anvil.MineAsync(5);

        var outcome = await h.SyncAndCheckAsync(session);

        Assert.Equal(VerificationOutcomeKind.TooSmall, outcome.Kind);
        Assert.Contains("0.000099999999999999 BNB", outcome.Message);
        Assert.Contains("0.0001 BNB", outcome.Message);
    }

    [Fact]
    public async Task Transfer_made_after_the_time_limit_leaves_the_session_expired()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);

        h.Clock.Advance(h.Options.TimeLimit + TimeSpan.FromMinutes(1));
        await h.Anvil.SetNextBlockTimestampAsync(session.ExpiresAt + TimeSpan.FromMinutes(1));
        await h.PayAsync(1, session, Amount);
        await h.Anvil.MineAsync(5);

        var outcome = await h.SyncAndCheckAsync(session);
        Assert.Equal(VerificationOutcomeKind.Expired, outcome.Kind);
        Assert.Contains("Start a new verification", outcome.Message);
        Assert.Equal(SessionStatus.Expired, (await h.Store.FindSessionAsync(session.Id, default))!.Status);
    }

    [Fact]
    public async Task Transfer_made_in_time_still_verifies_when_checked_after_the_deadline()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);
        await h.PayAsync(1, session, Amount);
        await h.Anvil.MineAsync(5);

        h.Clock.Advance(h.Options.TimeLimit + TimeSpan.FromHours(1));

        Assert.Equal(VerificationOutcomeKind.Verified, (await h.SyncAndCheckAsync(session)).Kind);
    }

    [Fact]
    public async Task Past_the_deadline_a_session_is_not_expired_before_the_chain_read_has_reached_it()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);
        h.Clock.Advance(h.Options.TimeLimit + TimeSpan.FromMinutes(1));

        // The stored chain ends at a block stamped before the deadline: a transfer made in time may still come.
        var outcome = await h.Service.CheckAsync(session.Id, default);

        Assert.Equal(VerificationOutcomeKind.NotFound, outcome.Kind);
        Assert.Contains("has not yet read the blocks up to it", outcome.Message);
        Assert.Equal(SessionStatus.Pending, (await h.Store.FindSessionAsync(session.Id, default))!.Status);
    }

    [Fact]
    public async Task A_transfer_proves_one_session_only()
    {
        await using var h = await WalletHarness.StartAsync();
        var first = await h.StartSessionAsync(devAccount: 1, owner: "tg:42");
        var tx = await h.PayAsync(1, first, Amount);
        await h.Anvil.MineAsync(5);
        Assert.Equal(VerificationOutcomeKind.Verified, (await h.SyncAndCheckAsync(first)).Kind);

        // The same owner starts again: same deposit address, but the old transfer is spent.
        var second = await h.StartSessionAsync(devAccount: 1, owner: "tg:42");
        Assert.Equal(first.DepositAddress, second.DepositAddress);
        var reused = await h.SyncAndCheckAsync(second);
        Assert.Equal(VerificationOutcomeKind.TransferAlreadyUsed, reused.Kind);
        Assert.Contains(tx, reused.Message);

        await h.PayAsync(1, second, Amount);
        await h.Anvil.MineAsync(5);
        Assert.Equal(VerificationOutcomeKind.Verified, (await h.SyncAndCheckAsync(second)).Kind);
    }

    [Fact]
    public async Task Different_owners_never_share_a_deposit_address()
    {
        await using var h = await WalletHarness.StartAsync();
        var a = await h.StartSessionAsync(devAccount: 1, owner: "tg:1");
        var b = await h.StartSessionAsync(devAccount: 1, owner: "tg:2");
        var anonymous = await h.StartSessionAsync(devAccount: 1);

        Assert.Equal([0u, 1u, 2u], new[] { a.DepositIndex, b.DepositIndex, anonymous.DepositIndex });
        Assert.Equal(h.Source.AddressAt(1), b.DepositAddress);
        Assert.Equal(VerificationOutcomeKind.UnknownSession, (await h.Service.CheckAsync("ws-nope", default)).Kind);
    }

    [Fact]
    public async Task A_match_reorganised_away_is_unmatched_and_the_replacement_chain_is_followed()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);
        var snapshot = await h.Anvil.SnapshotAsync();
        await h.PayAsync(1, session, Amount);
        Assert.Equal(VerificationOutcomeKind.AwaitingConfirmations, (await h.SyncAndCheckAsync(session)).Kind);

        // The block with the transfer is replaced by a longer chain without it.
        await h.Anvil.RevertAsync(snapshot);
        await h.Anvil.MineAsync(4);
        var afterReorg = await h.SyncAndCheckAsync(session);
        Assert.Equal(VerificationOutcomeKind.NotFound, afterReorg.Kind);
        Assert.Empty(await h.Store.FindTransfersToAsync(session.DepositAddress, default));

        // The stored chain matches the node's again, block by block.
        foreach (var stored in await h.Store.LoadRecentBlocksAsync(default))
            Assert.Equal((await h.Rpc.GetBlockAsync(stored.Number))!.Hash, stored.Hash);

        await h.PayAsync(1, session, Amount);
        await h.Anvil.MineAsync(3);
        Assert.Equal(VerificationOutcomeKind.Verified, (await h.SyncAndCheckAsync(session)).Kind);
    }

    [Fact]
    public async Task A_reorg_to_a_shorter_chain_is_noticed_without_new_blocks()
    {
        await using var h = await WalletHarness.StartAsync();
        var session = await h.StartSessionAsync(devAccount: 1);
        var snapshot = await h.Anvil.SnapshotAsync();
        await h.PayAsync(1, session, Amount);
        await h.Anvil.MineAsync(1);
        await h.Watcher.CatchUpAsync(default);
        Assert.Single(await h.Store.FindTransfersToAsync(session.DepositAddress, default));

        await h.Anvil.RevertAsync(snapshot);
        var result = await h.Watcher.CatchUpAsync(default);

        Assert.Equal(2, result.BlocksReverted);
        Assert.Empty(await h.Store.FindTransfersToAsync(session.DepositAddress, default));
        Assert.Equal(VerificationOutcomeKind.NotFound, (await h.Service.CheckAsync(session.Id, default)).Kind);
    }
}
