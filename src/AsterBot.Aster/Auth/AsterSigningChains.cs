namespace AsterBot.Aster.Auth;

/// <summary>EIP-712 domain chain ids for V3 request signing (not EVM networks: Aster's own identifiers).</summary>
public static class AsterSigningChains
{
    public const long Mainnet = 1666;
    public const long Testnet = 714;
}
