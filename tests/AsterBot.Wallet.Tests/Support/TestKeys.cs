using AsterBot.Chain.Crypto;

namespace AsterBot.Wallet.Tests.Support;

/// <summary>Extended public keys of anvil's mnemonic ("test test test test test test test test test test test junk").</summary>
public static class TestKeys
{
    /// <summary>m/44'/60'/0': its external children 0/0, 0/1, … are anvil's dev accounts.</summary>
    public const string AnvilAccount0Xpub = DevelopmentKeys.AnvilAccountXpub;

    /// <summary>m/44'/60'/1' (computed independently of this code base): fresh, unfunded deposit addresses that no dev account shares.</summary>
    public const string AnvilAccount1Xpub =
        "xpub6Ce9NcJvTk372KjsGfWqbcex5DumjpNquQLApoeQUavSCjEc823BV1tb4rXUuPuht8h2hSxkg2EXUaKUJmniJvRZAELxypsCzBFdtosmV76";

    /// <summary>BIP32 test vector 1, chain m (depth 0).</summary>
    public const string Bip32Vector1MasterXpub =
        "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8";

    /// <summary>BIP32 test vector 1, chain m private key: published test data, used to check that xprvs are refused.</summary>
    public const string Bip32Vector1MasterXprv =
        "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi";
}
