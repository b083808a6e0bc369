using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet;

/// <summary>
/// Deposit address number <see cref="Index"/> (path m/44'/60'/0'/0/Index under the operator's account key),
/// issued once to one owner and never to anyone else. The index is what the operator needs to sweep it offline.
/// </summary>
public sealed record DepositAddress(uint Index, AddressKey Address, string OwnerId, DateTimeOffset IssuedAt);
