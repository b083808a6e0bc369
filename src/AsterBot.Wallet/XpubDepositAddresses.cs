using AsterBot.Chain.Crypto;
using AsterBot.Chain.Rpc;

namespace AsterBot.Wallet;

/// <summary>
/// Deposit addresses from the operator's account-level extended public key (m/44'/60'/0'): address i is the
/// external-chain child m/44'/60'/0'/0/i, the same path every Ethereum wallet uses, so the operator's offline
/// wallet holds the keys to sweep them. Only public derivation happens here.
/// </summary>
public sealed class XpubDepositAddresses : IDepositAddressSource
{
    /// <summary>Depth of m/44'/60'/0': purpose, coin type, account.</summary>
    public const int AccountDepth = 3;

    private readonly ExtendedPublicKey _externalChain;

    private XpubDepositAddresses(ExtendedPublicKey account)
    {
        SourceId = account.ToString();
        Account = account.ChildNumber - ExtendedPublicKey.HardenedOffset;
        _externalChain = account.Derive(0);
    }

    public string SourceId { get; }

    /// <summary>The BIP44 account number a of m/44'/60'/a' (0 for the usual first account).</summary>
    public uint Account { get; }

    public string DerivationPath(uint index) => $"m/44'/60'/{Account}'/0/{index}";

    /// <summary>
    /// Accepts only an account-level xpub: a checksum, version or depth problem is reported with what to export
    /// instead. The message never repeats the key (an xprv pasted by mistake must not end up in a log).
    /// </summary>
    public static XpubDepositAddresses Parse(string? xpub)
    {
        if (string.IsNullOrWhiteSpace(xpub))
            throw new ArgumentException("No deposit xpub configured: give the account-level xpub (m/44'/60'/0') with --xpub or ASTERBOT_DEPOSIT_XPUB.");
        ExtendedPublicKey account;
        try
        {
            account = ExtendedPublicKey.Parse(xpub);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The deposit xpub is not usable: {e.Message}", e);
        }
        if (account.Depth != AccountDepth)
            throw new ArgumentException(
                $"The deposit xpub is at depth {account.Depth}, but an account-level key (m/44'/60'/0', depth {AccountDepth}) is " +
                "required so that deposit addresses are m/44'/60'/0'/0/i. Export the account's extended public key from the " +
                "operator wallet" + (account.Depth > AccountDepth ? " (this one is a descendant of it)." : " (this one is an ancestor of it)."));
        if (account.ChildNumber < ExtendedPublicKey.HardenedOffset)
            throw new ArgumentException(
                "The deposit xpub's own index is not hardened, so it is not a BIP44 account key (m/44'/60'/0'). Export the account's extended public key.");
        return new XpubDepositAddresses(account);
    }

    public AddressKey AddressAt(uint index)
    {
        if (index >= ExtendedPublicKey.HardenedOffset)
            throw new ArgumentOutOfRangeException(nameof(index), index, "Deposit indexes go from 0 to 2147483647.");
        return AddressKey.FromBytes(_externalChain.Derive(index).Address.Bytes);
    }
}
