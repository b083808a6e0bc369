using AsterBot.Chain.Watching;

namespace AsterBot.Wallet;

/// <summary>A stored incoming transfer to a deposit address, and the session it proved (if any already did).</summary>
public sealed record ObservedTransfer(MatchedTransfer Transfer, string? UsedBySession);
