using System.Security.Cryptography;
using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;
using AsterBot.Wallet.Storage;

namespace AsterBot.Wallet;

/// <summary>
/// Proves that a user controls a wallet: the user claims wallet W, receives their own deposit address A, sends at
/// least the configured amount from W to A, and <see cref="CheckAsync"/> answers once the transfer has enough
/// confirmations. The transfer must be in a block stamped before the session's deadline, and each transfer proves
/// one session only. Chain data comes from the <see cref="DepositWatcher"/>'s store, so a check is as fresh as
/// the watcher's last pass.
/// </summary>
public sealed class WalletVerificationService(
    IWalletStore store,
    IDepositAddressSource addresses,
    DepositWatcher watcher,
    WalletOptions options,
    TimeProvider time)
{
    /// <summary>
    /// Opens a session for <paramref name="ownerId"/> (null: a one-off owner, e.g. a CLI user) claiming
    /// <paramref name="claimedWallet"/>. The owner keeps the same deposit address across sessions.
    /// </summary>
    public async Task<VerificationSession> StartAsync(AddressKey claimedWallet, string? ownerId, CancellationToken ct)
    {
        options.Validate();
        if (claimedWallet == default)
            throw new ArgumentException("The zero address cannot send transfers; give the address of the wallet you trade with on Aster.");
        if (ownerId is not null && (string.IsNullOrWhiteSpace(ownerId) || ownerId.Length > 200))
            throw new ArgumentException("An owner id must be 1 to 200 non-blank characters (e.g. \"tg:12345\").");

        // Before the first session the watcher has no cursor; anchor it at the current head now, so that every
        // block after this moment (when the user can first know the address) is scanned, however late the next pass runs.
        if ((await store.LoadRecentBlocksAsync(ct)).Count == 0) await watcher.SyncAsync(ct);

        var id = NewSessionId();
        var now = time.GetUtcNow();
        var deposit = await store.GetOrIssueDepositAddressAsync(addresses.SourceId, ownerId ?? "session:" + id, addresses.AddressAt, now, ct);
        if (deposit.Address == claimedWallet)
            throw new ArgumentException("The claimed wallet is the deposit address itself; give the wallet you trade with on Aster.");
        var session = new VerificationSession(id, deposit.OwnerId, claimedWallet, deposit.Address, deposit.Index,
            Wei.FromBnb(options.Amount), options.Confirmations, now, now + options.TimeLimit, SessionStatus.Pending, null, null);
        await store.InsertSessionAsync(session, ct);
        return session;
    }

    /// <summary>Evaluates a session against the transfers the watcher has stored (the "I sent it" button).</summary>
    public async Task<VerificationOutcome> CheckAsync(string sessionId, CancellationToken ct)
    {
        var session = await store.FindSessionAsync(sessionId, ct);
        if (session is null)
            return new(VerificationOutcomeKind.UnknownSession,
                $"No verification session has the id '{Shorten(sessionId)}'. Check the id, or start a new verification.", null);
        if (session.Status == SessionStatus.Verified) return Verified(session, null, 0);
        if (session.Status == SessionStatus.Expired) return Expired(session);

        var recent = await store.LoadRecentBlocksAsync(ct);
        BlockRef? tip = recent.Count > 0 ? recent[^1] : null;
        var transfers = await store.FindTransfersToAsync(session.DepositAddress, ct);
        var fromClaimed = transfers.Where(t => t.Transfer.From == session.ClaimedWallet).ToList();
        int ConfirmationsOf(MatchedTransfer t) => tip is { } head && head.Number >= t.BlockNumber ? (int)Math.Min(head.Number - t.BlockNumber + 1, int.MaxValue) : 0;

        var qualifying = fromClaimed
            .Where(t => t.Transfer.ValueWei >= session.AmountWei && t.Transfer.BlockTimestamp <= session.ExpiresAt
                        && (t.UsedBySession is null || t.UsedBySession == session.Id))
            .Select(t => t.Transfer)
            .OrderByDescending(ConfirmationsOf)
            .FirstOrDefault();
        if (qualifying is not null)
        {
            var confirmations = ConfirmationsOf(qualifying);
            if (confirmations < session.RequiredConfirmations)
                return new(VerificationOutcomeKind.AwaitingConfirmations,
                    $"Transfer {qualifying.TransactionHash} from {Show(session.ClaimedWallet)} found; waiting for confirmations: " +
                    $"{confirmations} of {session.RequiredConfirmations}. Check again shortly.", session, qualifying, confirmations);
            if (await store.TryMarkVerifiedAsync(session.Id, qualifying.TransactionHash, time.GetUtcNow(), ct))
                return Verified((await store.FindSessionAsync(session.Id, ct))!, qualifying, confirmations);
            return AlreadyUsed(session, qualifying);
        }

        if (time.GetUtcNow() > session.ExpiresAt)
        {
            // Expire only once the stored chain has passed the deadline: a transfer made in time may still be in a
            // block the watcher has not read yet.
            if (tip is { } head && head.Timestamp > session.ExpiresAt)
            {
                await store.MarkExpiredAsync(session.Id, ct);
                return Expired(session);
            }
            return new(VerificationOutcomeKind.NotFound,
                $"The time limit has passed, but the chain watcher has not yet read the blocks up to it (last block read: " +
                $"{tip?.Number.ToString() ?? "none"}). Check again shortly.", session);
        }

        return Explain(session, transfers, fromClaimed, tip);
    }

    /// <summary>Why no transfer qualifies yet, most useful reason first, while the session is still open.</summary>
    private static VerificationOutcome Explain(VerificationSession session, IReadOnlyList<ObservedTransfer> transfers,
        List<ObservedTransfer> fromClaimed, BlockRef? tip)
    {
        var used = fromClaimed.FirstOrDefault(t => t.Transfer.ValueWei >= session.AmountWei && t.UsedBySession is not null);
        if (used is not null) return AlreadyUsed(session, used.Transfer);

        var small = fromClaimed.Select(t => t.Transfer).Where(t => t.ValueWei < session.AmountWei).MaxBy(t => t.ValueWei);
        if (small is not null)
            return new(VerificationOutcomeKind.TooSmall,
                $"{Show(session.ClaimedWallet)} sent {Wei.ToBnb(small.ValueWei)} BNB to {Show(session.DepositAddress)}, less than the " +
                $"required {Wei.ToBnb(session.AmountWei)} BNB. Send one transfer of at least {Wei.ToBnb(session.AmountWei)} BNB " +
                "(transfers are not added together).", session, small);

        var stranger = transfers.FirstOrDefault(t => t.Transfer.From != session.ClaimedWallet);
        if (stranger is not null)
            return new(VerificationOutcomeKind.WrongSender,
                $"A transfer to {Show(session.DepositAddress)} came from {Show(stranger.Transfer.From)}, not from the claimed wallet " +
                $"{Show(session.ClaimedWallet)}. Send from the claimed wallet itself (the wallet of your Aster account).",
                session, stranger.Transfer);

        return new(VerificationOutcomeKind.NotFound,
            $"No transfer from {Show(session.ClaimedWallet)} to {Show(session.DepositAddress)} seen yet (chain read up to block " +
            $"{tip?.Number.ToString() ?? "none"}). Send at least {Wei.ToBnb(session.AmountWei)} BNB on BNB Smart Chain before " +
            $"{session.ExpiresAt:yyyy-MM-dd HH:mm:ss} UTC, then check again.", session);
    }

    private static VerificationOutcome Verified(VerificationSession session, MatchedTransfer? transfer, int confirmations) =>
        new(VerificationOutcomeKind.Verified,
            $"Wallet {Show(session.ClaimedWallet)} verified by transaction {session.VerifiedTransaction}.", session, transfer, confirmations);

    private static VerificationOutcome Expired(VerificationSession session) =>
        new(VerificationOutcomeKind.Expired,
            $"This verification expired at {session.ExpiresAt:yyyy-MM-dd HH:mm:ss} UTC without a qualifying transfer from " +
            $"{Show(session.ClaimedWallet)}. Start a new verification.", session with { Status = SessionStatus.Expired });

    private static VerificationOutcome AlreadyUsed(VerificationSession session, MatchedTransfer transfer) =>
        new(VerificationOutcomeKind.TransferAlreadyUsed,
            $"Transfer {transfer.TransactionHash} already verified another session; each transfer proves one session only. " +
            $"Send a new transfer of at least {Wei.ToBnb(session.AmountWei)} BNB from {Show(session.ClaimedWallet)}.", session, transfer);

    private static string Show(AddressKey address) => AddressText.Checksummed(address);

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..61] + "...";

    private static string NewSessionId() => "ws" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
