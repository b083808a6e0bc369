namespace AsterBot.Chain.Eip712;

/// <summary>One member of an EIP-712 struct type: its name and its Solidity type ("string", "address", "Person", "uint256[]").</summary>
public sealed record Eip712Field(string Name, string Type);
