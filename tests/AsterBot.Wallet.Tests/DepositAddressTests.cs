using AsterBot.Chain.Crypto;
using AsterBot.Testing;
using AsterBot.Wallet.Tests.Support;

namespace AsterBot.Wallet.Tests;

public sealed class DepositAddressTests
{
    [Fact]
    public void Account_xpub_of_a_known_mnemonic_derives_that_wallets_addresses()
    {
        // Anvil's dev accounts are m/44'/60'/0'/0/i of its mnemonic, as any wallet derives them.
        var source = XpubDepositAddresses.Parse(TestKeys.AnvilAccount0Xpub);

        for (uint i = 0; i < 4; i++)
            Assert.Equal(AnvilNode.DevAccounts[i], AddressText.Checksummed(source.AddressAt(i)));
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", AddressText.Checksummed(source.AddressAt(0)));
        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", AddressText.Checksummed(source.AddressAt(1)));
        Assert.Equal("m/44'/60'/0'/0/7", source.DerivationPath(7));
    }

    [Fact]
    public void Different_accounts_and_indexes_give_different_addresses()
    {
        var account0 = XpubDepositAddresses.Parse(TestKeys.AnvilAccount0Xpub);
        var account1 = XpubDepositAddresses.Parse(TestKeys.AnvilAccount1Xpub);

        Assert.NotEqual(account0.SourceId, account1.SourceId);
        var all = Enumerable.Range(0, 50).SelectMany(i => new[] { account0.AddressAt((uint)i), account1.AddressAt((uint)i) }).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void A_master_key_is_refused_as_too_shallow()
    {
        var error = Assert.Throws<ArgumentException>(() => XpubDepositAddresses.Parse(TestKeys.Bip32Vector1MasterXpub));
        Assert.Contains("depth 0", error.Message);
        Assert.Contains("m/44'/60'/0'", error.Message);
        Assert.Contains("ancestor", error.Message);
    }

    [Fact]
    public void A_change_level_key_is_refused_as_too_deep()
    {
        var depth4 = ExtendedPublicKey.Parse(TestKeys.AnvilAccount0Xpub).Derive(0).ToString();

        var error = Assert.Throws<ArgumentException>(() => XpubDepositAddresses.Parse(depth4));

        Assert.Contains("depth 4", error.Message);
        Assert.Contains("descendant", error.Message);
    }

    [Fact]
    public void A_depth_3_key_reached_without_hardening_is_not_an_account_key()
    {
        var unhardened = ExtendedPublicKey.Parse(TestKeys.Bip32Vector1MasterXpub).Derive(44, 60, 0).ToString();

        var error = Assert.Throws<ArgumentException>(() => XpubDepositAddresses.Parse(unhardened));

        Assert.Contains("not hardened", error.Message);
    }

    [Fact]
    public void A_private_key_is_refused_without_being_repeated()
    {
        var error = Assert.Throws<ArgumentException>(() => XpubDepositAddresses.Parse(TestKeys.Bip32Vector1MasterXprv));

        Assert.Contains("PRIVATE", error.Message);
        Assert.DoesNotContain(TestKeys.Bip32Vector1MasterXprv[..20], error.ToString());
    }

    [Theory]
    [InlineData(null, "No deposit xpub configured")]
    [InlineData("  ", "No deposit xpub configured")]
    [InlineData("xpub-not-base58-0OIl", "not a valid extended public key")]
    [InlineData("xpub6Ce9NcJvTk36xtLSrJLZqE7wtgA5deCeYs7rSQtreh4cj6ByPtrg9sD7V2FNFLPnf8heNP3FGkeV9qwfzvZNSd54JoNXVsXFYSYwHsnJxqQ", "not a valid extended public key")]
    [InlineData("xpub6Ce9NcJvTk36xtLSrJLZqE7wtgA5deCeYs7rSQtreh4cj6ByPtrg9sD7V2FNF", "not a valid extended public key")]
    public void Malformed_xpubs_get_a_clear_error(string? xpub, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => XpubDepositAddresses.Parse(xpub));
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("0x70997970C51812dc3A010C7d01b50e0d17dc79C9", "checksum")]
    [InlineData("0x70997970c51812dc3a010c7d01b50e0d17dc79", "40 hexadecimal digits")]
    [InlineData("70997970c51812dc3a010c7d01b50e0d17dc79c8", "40 hexadecimal digits")]
    [InlineData("0x70997970c51812dc3a010c7d01b50e0d17dc79zz", "hexadecimal digits")]
    [InlineData("", "missing")]
    public void Malformed_wallet_addresses_get_a_clear_error(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => AddressText.Parse(text, "wallet"));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Wallet_addresses_parse_in_any_single_case_or_checksummed()
    {
        var expected = AddressText.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "wallet");
        Assert.Equal(expected, AddressText.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "wallet"));
        Assert.Equal(expected, AddressText.Parse(" 0x70997970C51812DC3A010C7D01B50E0D17DC79C8 ", "wallet"));
    }
}
