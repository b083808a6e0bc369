namespace AsterBot.Chain.Crypto;

/// <summary>
/// Public keys of the well-known development mnemonic "test test test test test test test test test test test
/// junk" (anvil's and hardhat's default accounts). Everyone knows its private keys: use it only against a local
/// chain (anvil) in tests and demos, never for real funds.
/// </summary>
public static class DevelopmentKeys
{
    public const string Mnemonic = "test test test test test test test test test test test junk";

    /// <summary>Account-level xpub at m/44'/60'/0'; child 0/i is anvil's account i (0/0 = 0xf39F…2266).</summary>
    public const string AnvilAccountXpub =
        "xpub6Ce9NcJvTk36xtLSrJLZqE7wtgA5deCeYs7rSQtreh4cj6ByPtrg9sD7V2FNFLPnf8heNP3FGkeV9qwfzvZNSd54JoNXVsXFYSYwHsnJxqP";
}
