using System.Numerics;
using AsterBot.Chain.Rpc;

namespace AsterBot.Chain.Watching;

/// <summary>A successful transaction into a watched address, as included in a specific block.</summary>
public sealed record MatchedTransfer(
    string TransactionHash,
    AddressKey From,
    AddressKey To,
    BigInteger ValueWei,
    ulong BlockNumber,
    string BlockHash,
    DateTimeOffset BlockTimestamp);
