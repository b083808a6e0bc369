using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Tests.Crypto;

public class ExtendedPublicKeyTests
{
    public static TheoryData<string> Curves => new() { "native", "managed" };

    private static ISecp256k1 Curve(string name) => name == "native" ? Secp256k1.Native : Secp256k1.Managed;

    // BIP32 test vectors 1 and 2: each non-hardened step derived publicly must equal the published child xpub.
    public static TheoryData<string, string, uint, string> PublicSteps => new()
    {
        {
            "native",
            "xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw", 1,
            "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ"
        },
        {
            "managed",
            "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5", 2,
            "xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV"
        },
        {
            "native",
            "xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV", 1000000000,
            "xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy"
        },
        {
            "managed",
            "xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB", 0,
            "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH"
        },
        {
            "native",
            "xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4a", 1,
            "xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKon"
        },
        {
            "managed",
            "xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL", 2,
            "xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt"
        },
    };

    [Theory]
    [MemberData(nameof(PublicSteps))]
    public void Public_derivation_matches_the_BIP32_vectors(string curve, string parent, uint index, string expectedChild)
    {
        var parentKey = ExtendedPublicKey.Parse(parent, Curve(curve));
        var child = parentKey.Derive(index);

        Assert.Equal(expectedChild, child.ToString());
        Assert.Equal(index, child.ChildNumber);
        Assert.Equal(parentKey.Depth + 1, child.Depth);
        Assert.Equal(parentKey.Fingerprint(), child.ParentFingerprint);
    }

    [Fact]
    public void Published_vectors_round_trip_through_Parse_and_ToString()
    {
        foreach (var (_, parent, _, child) in PublicSteps.Select(row => ((string)row[0], (string)row[1], (uint)row[2], (string)row[3])))
        {
            Assert.Equal(parent, ExtendedPublicKey.Parse(parent).ToString());
            Assert.Equal(child, ExtendedPublicKey.Parse(child).ToString());
        }
    }

    [Fact]
    public void Master_key_fields_are_read()
    {
        var master = ExtendedPublicKey.Parse("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8");
        Assert.Equal(0, master.Depth);
        Assert.Equal(0u, master.ParentFingerprint);
        Assert.Equal(0u, master.ChildNumber);
        // BIP32 vector 1: the master's identifier starts with 3442193e.
        Assert.Equal(0x3442193Eu, master.Fingerprint());
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void Anvil_accounts_derive_from_the_development_xpub(string curve)
    {
        var account = ExtendedPublicKey.Parse(DevelopmentKeys.AnvilAccountXpub, Curve(curve));
        var external = account.Derive(0);
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", external.Derive(0).Address.ToString());
        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", external.Derive(1).Address.ToString());
        Assert.Equal("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", account.Derive(0, 2).Address.ToString());
    }

    [Fact]
    public void Development_xpub_is_the_mnemonic_account_key()
    {
        var derived = TestOnlyHdWallet.FromMnemonic(DevelopmentKeys.Mnemonic).DerivePath("m/44'/60'/0'").ToXpub();
        Assert.Equal(DevelopmentKeys.AnvilAccountXpub, derived);
    }

    [Fact]
    public void Test_helper_reproduces_BIP32_vector_1_so_the_xpub_above_can_be_trusted()
    {
        var seed = Convert.FromHexString("000102030405060708090a0b0c0d0e0f");
        Assert.Equal("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5",
            TestOnlyHdWallet.FromSeed(seed).DerivePath("m/0H/1/2H").ToXpub());
    }

    [Fact]
    public void Hardened_index_is_refused()
    {
        var key = ExtendedPublicKey.Parse(DevelopmentKeys.AnvilAccountXpub);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => key.Derive(0x80000000));
        Assert.Contains("Hardened", ex.Message);
        Assert.Equal(0x7FFFFFFFu, key.Derive(0x7FFFFFFF).ChildNumber);
    }

    [Fact]
    public void Extended_private_key_is_refused_and_not_echoed()
    {
        const string xprv = "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi";
        var ex = Assert.Throws<FormatException>(() => ExtendedPublicKey.Parse(xprv));
        Assert.Contains("PRIVATE", ex.Message);
        Assert.DoesNotContain(xprv[..20], ex.Message);
    }

    [Fact]
    public void Mistyped_xpub_fails_its_checksum()
    {
        var good = DevelopmentKeys.AnvilAccountXpub;
        var typo = good[..50] + (good[50] == 'a' ? 'b' : 'a') + good[51..];
        var ex = Assert.Throws<FormatException>(() => ExtendedPublicKey.Parse(typo));
        Assert.Contains("checksum", ex.Message);
    }

    [Theory]
    [InlineData("xpub0OIl", "not a Base58 character")]
    [InlineData("", "too short")]
    public void Non_base58_text_is_refused(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => ExtendedPublicKey.Parse(text));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Wrong_length_and_version_are_named()
    {
        var bytes = Base58Check.Decode(DevelopmentKeys.AnvilAccountXpub);
        var truncated = Base58Check.Encode(bytes.AsSpan(0, 77));
        Assert.Contains("holds 77", Assert.Throws<FormatException>(() => ExtendedPublicKey.Parse(truncated)).Message);

        var ypub = (byte[])bytes.Clone();
        ypub[0] = 0x04; ypub[1] = 0x9D; ypub[2] = 0x7C; ypub[3] = 0xB2;
        Assert.Contains("version", Assert.Throws<FormatException>(() => ExtendedPublicKey.Parse(Base58Check.Encode(ypub))).Message);
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void Point_off_the_curve_is_refused(string curve)
    {
        var bytes = Base58Check.Decode(DevelopmentKeys.AnvilAccountXpub);
        // x = 5 has no y on secp256k1 (5³ + 7 = 132 is not a square mod p).
        bytes.AsSpan(46).Clear();
        bytes[77] = 5;
        var ex = Assert.Throws<FormatException>(() => ExtendedPublicKey.Parse(Base58Check.Encode(bytes), Curve(curve)));
        Assert.Contains("not on secp256k1", ex.Message);
    }

    [Fact]
    public void Testnet_tpub_is_accepted_and_keeps_its_version()
    {
        var bytes = Base58Check.Decode(DevelopmentKeys.AnvilAccountXpub);
        bytes[0] = 0x04; bytes[1] = 0x35; bytes[2] = 0x87; bytes[3] = 0xCF;
        var tpub = Base58Check.Encode(bytes);
        Assert.StartsWith("tpub", tpub);
        var key = ExtendedPublicKey.Parse(tpub);
        Assert.Equal(tpub, key.ToString());
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", key.Derive(0, 0).Address.ToString());
    }
}
