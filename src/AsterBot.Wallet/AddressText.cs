using AsterBot.Chain.Crypto;
using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet;

/// <summary>Addresses as people read and type them: EIP-55 checksummed out, checksum-verified in.</summary>
public static class AddressText
{
    public static string Checksummed(AddressKey address) => EthAddress.FromBytes(address.ToBytes()).ToString();

    /// <summary>Parses a typed address; a mixed-case address must pass its EIP-55 checksum (a typo is refused, not trusted).</summary>
    public static AddressKey Parse(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException($"The {what} is missing: give an address such as 0x70997970C51812dc3A010C7d01b50e0d17dc79C8.");
        try
        {
            return AddressKey.FromBytes(EthAddress.Parse(text.Trim()).Bytes);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The {what} '{(text.Length > 60 ? text[..57] + "..." : text)}' is not valid. {e.Message}", e);
        }
    }
}
