using System.Numerics;
using AsterBot.Chain.Crypto;
using AsterBot.Chain.Eip712;

namespace AsterBot.Chain.Tests.Eip712;

/// <summary>
/// The other EIP-712 member types (bool, uint, negative int, bytes32, bytes, arrays). Expected hash from a separate
/// Python encoder written from the spec, which also reproduces the spec's Mail example and Aster's vectors.
/// </summary>
public class ValueEncodingTests
{
    private static readonly Eip712Types Types = Eip712Types.Of(("Sample",
    [
        new("flag", "bool"), new("amount", "uint256"), new("delta", "int256"), new("id", "bytes32"), new("data", "bytes"),
        new("tags", "string[]"), new("wallets", "address[]"), new("small", "uint8"),
    ]));

    private static Dictionary<string, object?> Sample() => new()
    {
        ["flag"] = true,
        ["amount"] = BigInteger.Pow(10, 30) + 7,
        ["delta"] = -42,
        ["id"] = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(),
        ["data"] = new byte[] { 1, 2, 3 },
        ["tags"] = new[] { "a", "bc" },
        ["wallets"] = new object[] { EthAddress.Parse("0x63DD5aCC6b1aa0f563956C0e534DD30B6dcF7C4e"), "0x21cF8Ae13Bb72632562c6Fff438652Ba1a151bb0" },
        ["small"] = (byte)255,
    };

    [Fact]
    public void Every_basic_type_and_arrays_encode_as_the_reference()
    {
        Assert.Equal("Sample(bool flag,uint256 amount,int256 delta,bytes32 id,bytes data,string[] tags,address[] wallets,uint8 small)", Types.EncodeType("Sample"));
        Assert.Equal("c7d5689a0a50434b3ff35e1cac7e355da416f89d8a229d0ce68e1fee0bf59634", Convert.ToHexStringLower(Types.HashStruct("Sample", Sample())));
    }

    [Fact]
    public void Integers_given_as_decimal_or_hex_text_encode_the_same()
    {
        var asText = Sample();
        asText["amount"] = "1000000000000000000000000000007";
        asText["delta"] = "-42";
        asText["small"] = "0xff";
        Assert.Equal(Types.HashStruct("Sample", Sample()), Types.HashStruct("Sample", asText));
    }

    [Theory]
    [InlineData("small", 256, "does not fit in uint8")]
    [InlineData("amount", -1, "does not fit in uint256")]
    [InlineData("flag", "yes", "must be a bool")]
    [InlineData("tags", "a", "must be a list")]
    public void Out_of_range_or_mistyped_values_name_the_field(string field, object value, string expected)
    {
        var values = Sample();
        values[field] = value;
        var ex = Assert.Throws<ArgumentException>(() => Types.HashStruct("Sample", values));
        Assert.Contains("Sample." + field, ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Fixed_bytes_of_the_wrong_length_are_refused()
    {
        var values = Sample();
        values["id"] = new byte[31];
        Assert.Contains("exactly 32 bytes", Assert.Throws<ArgumentException>(() => Types.HashStruct("Sample", values)).Message);
    }

    [Fact]
    public void Domain_with_only_some_fields_uses_only_those_in_its_type()
    {
        var domain = new Eip712Domain("Aster", "1", chainId: null, verifyingContract: null);
        Assert.Equal("EIP712Domain(string name,string version)", domain.Types.EncodeType("EIP712Domain"));
        Assert.NotEqual(domain.Separator.ToArray(), new Eip712Domain("Aster", "1", 56, null).Separator.ToArray());
    }
}
