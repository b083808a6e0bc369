using AsterBot.Chain.Watching;

namespace AsterBot.Wallet;

public enum VerificationOutcomeKind
{
    Verified,
    AwaitingConfirmations,
    NotFound,
    WrongSender,
    TooSmall,
    TransferAlreadyUsed,
    Expired,
    UnknownSession,
}

/// <summary>
/// The answer to "I sent it": what was found and, in <see cref="Message"/>, what the user should do next.
/// Only <see cref="VerificationOutcomeKind.Verified"/> proves the wallet.
/// </summary>
public sealed record VerificationOutcome(
    VerificationOutcomeKind Kind,
    string Message,
    VerificationSession? Session,
    MatchedTransfer? Transfer = null,
    int Confirmations = 0)
{
    public bool IsVerified => Kind == VerificationOutcomeKind.Verified;
}
