using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet;

/// <summary>Derives deposit address number <c>i</c>; implemented from the operator's account xpub.</summary>
public interface IDepositAddressSource
{
    /// <summary>Identifies the key the addresses come from, so indexes are counted per key.</summary>
    string SourceId { get; }

    AddressKey AddressAt(uint index);

    /// <summary>Full path of address <paramref name="index"/> from the wallet's root, for sweeping with the offline key.</summary>
    string DerivationPath(uint index);
}
