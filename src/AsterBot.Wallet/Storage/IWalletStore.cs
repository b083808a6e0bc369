using AsterBot.Chain.Rpc;
using AsterBot.Chain.Watching;

namespace AsterBot.Wallet.Storage;

/// <summary>
/// Everything wallet verification persists. The SQLite implementation keeps it in its own <c>wallet_*</c> tables;
/// the application's main store can take over by implementing this interface.
/// </summary>
public interface IWalletStore : IBlockCursorStore
{
    /// <summary>
    /// The deposit address of <paramref name="ownerId"/> under the key <paramref name="sourceId"/>, issuing the next
    /// unused index if the owner has none. Indexes are never reused, also across processes and restarts.
    /// </summary>
    Task<DepositAddress> GetOrIssueDepositAddressAsync(string sourceId, string ownerId, Func<uint, AddressKey> derive,
        DateTimeOffset now, CancellationToken ct);

    /// <summary>Issued addresses of <paramref name="sourceId"/> with index ≥ <paramref name="fromIndex"/>, by index.</summary>
    Task<IReadOnlyList<DepositAddress>> ListDepositAddressesAsync(string sourceId, uint fromIndex, CancellationToken ct);

    Task InsertSessionAsync(VerificationSession session, CancellationToken ct);

    Task<VerificationSession?> FindSessionAsync(string sessionId, CancellationToken ct);

    /// <summary>Stored transfers into <paramref name="depositAddress"/> (blocks that were reorganised away are gone).</summary>
    Task<IReadOnlyList<ObservedTransfer>> FindTransfersToAsync(AddressKey depositAddress, CancellationToken ct);

    /// <summary>
    /// Marks the session verified by <paramref name="transactionHash"/> and the transfer as used, atomically.
    /// Returns false (changing nothing) if another session already used that transfer.
    /// </summary>
    Task<bool> TryMarkVerifiedAsync(string sessionId, string transactionHash, DateTimeOffset at, CancellationToken ct);

    Task MarkExpiredAsync(string sessionId, CancellationToken ct);
}
