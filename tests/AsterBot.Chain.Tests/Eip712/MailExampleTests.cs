using System.Text;
using AsterBot.Chain.Crypto;
using AsterBot.Chain.Eip712;

namespace AsterBot.Chain.Tests.Eip712;

/// <summary>The worked example of the EIP-712 specification ("Ether Mail", signed with the key keccak256("cow")).</summary>
public class MailExampleTests
{
    private static readonly Eip712Types Types = Eip712Types.Of(
        ("Person", [new("name", "string"), new("wallet", "address")]),
        ("Mail", [new("from", "Person"), new("to", "Person"), new("contents", "string")]));

    private static readonly Eip712Domain Domain = new("Ether Mail", "1", 1, EthAddress.Parse("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"));

    private static readonly Dictionary<string, object?> Message = new()
    {
        ["from"] = new Dictionary<string, object?> { ["name"] = "Cow", ["wallet"] = EthAddress.Parse("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826") },
        ["to"] = new Dictionary<string, object?> { ["name"] = "Bob", ["wallet"] = "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB" },
        ["contents"] = "Hello, Bob!",
    };

    [Fact]
    public void Encode_type_lists_dependencies_after_the_primary_type() =>
        Assert.Equal("Mail(Person from,Person to,string contents)Person(string name,address wallet)", Types.EncodeType("Mail"));

    [Fact]
    public void Domain_separator_matches_the_spec() =>
        Assert.Equal("f2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f", Convert.ToHexStringLower(Domain.Separator));

    [Fact]
    public void Hash_struct_matches_the_spec() =>
        Assert.Equal("c52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e", Convert.ToHexStringLower(Types.HashStruct("Mail", Message)));

    [Fact]
    public void Digest_and_signature_match_the_spec()
    {
        var digest = TypedData.Digest(Domain, Types, "Mail", Message);
        Assert.Equal("be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2", Convert.ToHexStringLower(digest));

        using var cow = PrivateKey.FromBytes(Keccak256.Hash(Encoding.ASCII.GetBytes("cow")));
        Assert.Equal("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", cow.Address.ToString());
        foreach (var curve in new[] { Secp256k1.Native, Secp256k1.Managed })
        {
            var signature = new byte[65];
            curve.SignRecoverable(digest, cow.Secret, signature);
            Assert.Equal("4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d" +
                         "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562" + "1c", Convert.ToHexStringLower(signature));
        }
    }

    [Fact]
    public void Missing_field_is_named()
    {
        var incomplete = new Dictionary<string, object?>(Message);
        incomplete.Remove("contents");
        var ex = Assert.Throws<ArgumentException>(() => Types.HashStruct("Mail", incomplete));
        Assert.Contains("\"contents\"", ex.Message);
    }

    [Fact]
    public void Unknown_field_type_is_refused_at_definition() =>
        Assert.Throws<ArgumentException>(() => Eip712Types.Of(("Mail", [new("to", "Persn")])));
}
