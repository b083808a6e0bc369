using System.Numerics;
using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet;

public enum SessionStatus
{
    /// <summary>Waiting for the transfer (or for its confirmations).</summary>
    Pending,
    /// <summary>A qualifying transfer was confirmed: <see cref="VerificationSession.ClaimedWallet"/> is proven.</summary>
    Verified,
    /// <summary>The time limit passed without a qualifying transfer; the owner may start a new session.</summary>
    Expired,
}

/// <summary>
/// One attempt by an owner to prove they control <see cref="ClaimedWallet"/> by sending at least
/// <see cref="AmountWei"/> from it to <see cref="DepositAddress"/> before <see cref="ExpiresAt"/>.
/// The amount, confirmations and deadline are fixed when the session starts, so a later change of configuration
/// never changes the rules under a user who already paid.
/// </summary>
public sealed record VerificationSession(
    string Id,
    string OwnerId,
    AddressKey ClaimedWallet,
    AddressKey DepositAddress,
    uint DepositIndex,
    BigInteger AmountWei,
    int RequiredConfirmations,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    SessionStatus Status,
    string? VerifiedTransaction,
    DateTimeOffset? VerifiedAt);
