using System.Globalization;
using AsterBot.Chain.Crypto;

namespace AsterBot.Aster.Auth;

/// <summary>
/// <c>POST /fapi/v3/registerAndApproveAgent</c>: the main wallet signs a fixed-order Message string whose EIP-712
/// domain uses <see cref="SignatureChainId"/> (56 for EVM wallets) rather than Aster's request-signing chain id.
/// </summary>
public sealed record AgentRegistration(
    EthAddress User,
    long Nonce,
    string AgentName,
    EthAddress AgentAddress,
    long ExpiresAtMs,
    bool CanSpotTrade,
    bool CanPerpTrade,
    bool CanWithdraw,
    string IpWhitelist = "",
    long SignatureChainId = AgentRegistration.EvmSignatureChainId)
{
    public const long EvmSignatureChainId = 56;

    /// <summary>The exact string signed, in Aster's documented order (values as sent, not URL-encoded).</summary>
    public string SignedMessage => string.Create(CultureInfo.InvariantCulture,
        $"user={User}&nonce={Nonce}&agentName={AgentName}&agentAddress={AgentAddress}&expired={ExpiresAtMs}" +
        $"&signatureChainId={SignatureChainId}&canSpotTrade={Bool(CanSpotTrade)}&canPerpTrade={Bool(CanPerpTrade)}" +
        $"&canWithdraw={Bool(CanWithdraw)}&ipWhitelist={IpWhitelist}");

    public byte[] Digest()
    {
        if (CanWithdraw && string.IsNullOrWhiteSpace(IpWhitelist))
            throw new InvalidOperationException("Aster requires an IP whitelist for an agent that may withdraw; set IpWhitelist (space-separated IPs or CIDRs).");
        return V3Signature.MessageDigest(SignatureChainId, SignedMessage);
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
