using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet;

/// <summary>How addresses are shown to people.</summary>
public static class AddressText
{
    public static string Checksummed(AddressKey address) => address.ToString();
}
