using System.Numerics;
using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Eip712;

/// <summary>
/// An EIP-712 domain; its separator (hashStruct of the EIP712Domain struct made of the fields that are set)
/// is computed once here, because every signature under the domain reuses it.
/// </summary>
public sealed class Eip712Domain
{
    private readonly byte[] _separator;

    public Eip712Domain(string? name, string? version, BigInteger? chainId, EthAddress? verifyingContract, byte[]? salt = null)
    {
        if (salt is not null && salt.Length != 32) throw new ArgumentException("An EIP-712 domain salt is 32 bytes.", nameof(salt));
        Name = name;
        Version = version;
        ChainId = chainId;
        VerifyingContract = verifyingContract;
        Salt = salt;

        var fields = new List<Eip712Field>();
        var values = new Dictionary<string, object?>();
        void Add(string field, string type, object? value)
        {
            if (value is null) return;
            fields.Add(new Eip712Field(field, type));
            values[field] = value;
        }
        Add("name", "string", name);
        Add("version", "string", version);
        Add("chainId", "uint256", chainId);
        Add("verifyingContract", "address", verifyingContract);
        Add("salt", "bytes32", salt);
        Types = Eip712Types.Of(("EIP712Domain", fields.ToArray()));
        _separator = Types.HashStruct("EIP712Domain", values);
    }

    public string? Name { get; }
    public string? Version { get; }
    public BigInteger? ChainId { get; }
    public EthAddress? VerifyingContract { get; }
    public byte[]? Salt { get; }

    /// <summary>The EIP712Domain type made of the fields that are set (what wallets show as types.EIP712Domain).</summary>
    public Eip712Types Types { get; }

    public ReadOnlySpan<byte> Separator => _separator;
}
