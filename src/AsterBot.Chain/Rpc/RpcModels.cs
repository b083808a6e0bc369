using System.Numerics;

namespace AsterBot.Chain.Rpc;

/// <summary>A value transfer as the chain reports it. <see cref="To"/> is null for contract creations.</summary>
public sealed record RpcTransaction(
    string Hash,
    AddressKey From,
    AddressKey? To,
    BigInteger ValueWei,
    ulong? BlockNumber,
    string? BlockHash);

/// <summary>A block with its transactions (full objects, as fetched with eth_getBlockByNumber(n, true)).</summary>
public sealed record RpcBlock(
    ulong Number,
    string Hash,
    string ParentHash,
    DateTimeOffset Timestamp,
    IReadOnlyList<RpcTransaction> Transactions);

/// <summary>The outcome of a mined transaction. A value transfer only happened if <see cref="Succeeded"/>.</summary>
public sealed record RpcReceipt(string TransactionHash, ulong BlockNumber, string BlockHash, bool Succeeded);
