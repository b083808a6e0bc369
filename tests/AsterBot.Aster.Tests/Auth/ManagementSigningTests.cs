using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;
using static AsterBot.Aster.Tests.Auth.V3SignatureTests;

namespace AsterBot.Aster.Tests.Auth;

/// <summary>
/// The other V3 signature shapes (API.md §3.4). Aster publishes no vectors for them: the expected digests were
/// computed with a separate Python EIP-712 encoder that reproduces the §3.2 vectors.
/// </summary>
public class ManagementSigningTests
{
    private static readonly EthAddress User = EthAddress.Parse(DocUser);
    private static readonly EthAddress Agent = EthAddress.Parse(DocSigner);

    private static List<KeyValuePair<string, object>> ApproveBuilderParams() =>
    [
        new("builder", EthAddress.Parse("0xc2af13e1B1de3A015252A115309A0F9DEEDCFa0A")),
        new("maxFeeRate", 0.001m),
        new("builderName", "ivan3"),
        new("asterChain", "Mainnet"),
        new("user", User),
        new("nonce", DocNonce),
    ];

    [Fact]
    public void ApproveBuilder_type_matches_the_documented_field_list() =>
        Assert.Equal("ApproveBuilder(string Builder,string MaxFeeRate,string BuilderName,string AsterChain,string User,uint256 Nonce)",
            AgentManagementSigning.Types(AgentManagementAction.ApproveBuilder, ApproveBuilderParams()).EncodeType("ApproveBuilder"));

    [Fact]
    public void ApproveBuilder_digest_matches_the_computed_vector() =>
        Assert.Equal("5c26ebfe9a57516be2eb2068f129bdd605d237a358d8aebc87c5b5b9425ae049", Convert.ToHexStringLower(
            AgentManagementSigning.Digest(AgentManagementAction.ApproveBuilder, ApproveBuilderParams(), AsterSigningChains.Mainnet)));

    [Fact]
    public void ApproveAgent_infers_bool_and_uint256_and_matches_the_computed_vector()
    {
        List<KeyValuePair<string, object>> parameters =
        [
            new("agentName", "bot1"), new("agentAddress", Agent), new("ipWhitelist", ""), new("expired", 1867945395040L),
            new("canSpotTrade", true), new("canPerpTrade", true), new("canWithdraw", false),
            new("asterChain", "Mainnet"), new("user", User), new("nonce", DocNonce),
        ];
        Assert.Equal("ApproveAgent(string AgentName,string AgentAddress,string IpWhitelist,uint256 Expired,bool CanSpotTrade," +
                     "bool CanPerpTrade,bool CanWithdraw,string AsterChain,string User,uint256 Nonce)",
            AgentManagementSigning.Types(AgentManagementAction.ApproveAgent, parameters).EncodeType("ApproveAgent"));
        var digest = AgentManagementSigning.Digest(AgentManagementAction.ApproveAgent, parameters, 56);
        Assert.Equal("7dfdb9c1c5f4d960a9a2a79c22f1d33373497925cf75f6b6c8d9e1d90433be4e", Convert.ToHexStringLower(digest));

        // The main wallet signs it; whoever verifies recovers the main wallet.
        using var key = PrivateKey.Parse(DocKey);
        var signature = Convert.FromHexString(V3Signature.SignDigest(digest, key)[2..]);
        Assert.True(Secp256k1.Default.TryRecoverAddress(digest, signature, out var recovered));
        Assert.Equal(key.Address, recovered);
    }

    [Fact]
    public void Unsupported_parameter_values_are_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => AgentManagementSigning.Types(AgentManagementAction.DelAgent,
            [new("agentAddress", Agent), new("ratio", 0.5)]));
        Assert.Contains("\"ratio\"", ex.Message);
    }

    [Fact]
    public void Registration_message_follows_the_documented_order_and_digest()
    {
        var registration = new AgentRegistration(User, DocNonce, "bot1", Agent, 1867945395040, CanSpotTrade: true, CanPerpTrade: true, CanWithdraw: false);
        Assert.Equal($"user={DocUser}&nonce={DocNonce}&agentName=bot1&agentAddress={DocSigner}&expired=1867945395040" +
                     "&signatureChainId=56&canSpotTrade=true&canPerpTrade=true&canWithdraw=false&ipWhitelist=", registration.SignedMessage);
        Assert.Equal("1252ce4e7ce186eca6d703dbaefa04cef3e193d50bbb6aebe4a8bfb57490e5b3", Convert.ToHexStringLower(registration.Digest()));
    }

    [Fact]
    public void Registration_that_may_withdraw_needs_an_ip_whitelist()
    {
        var registration = new AgentRegistration(User, DocNonce, "bot1", Agent, 1867945395040, true, true, CanWithdraw: true);
        Assert.Contains("IP whitelist", Assert.Throws<InvalidOperationException>(() => registration.Digest()).Message);
        Assert.Equal(32, (registration with { IpWhitelist = "203.0.113.7" }).Digest().Length);
    }

    [Fact]
    public void Withdraw_action_matches_the_computed_vector()
    {
        var withdraw = new WithdrawAction(User, WithdrawChain.Bsc, "USDT", 10.5m, 0.5m, 1748310859508000);
        Assert.Equal("Action(string type,address destination,string destination Chain,string token,string amount,string fee,uint256 nonce,string aster chain)",
            WithdrawAction.Types.EncodeType("Action"));
        Assert.Equal(56, (long)withdraw.Domain.ChainId!.Value);
        Assert.Equal("10.5", withdraw.AmountText);
        Assert.Equal("eec6c9b1d25d4d2bd24a3e34b172b4e433731bf19d1bea728c2e217aa22ed887", Convert.ToHexStringLower(withdraw.Digest()));
        Assert.NotEqual(withdraw.Digest(), (withdraw with { Chain = WithdrawChain.Arbitrum }).Digest());
    }

    [Fact]
    public void Signed_request_body_lists_parameters_in_order_then_signature_and_chain_id()
    {
        using var key = PrivateKey.Parse(DocKey);
        var body = AgentManagementSigning.SignRequest(AgentManagementAction.ApproveBuilder, ApproveBuilderParams(), AsterSigningChains.Mainnet, key);
        const string expectedParams = "builder=0xc2af13e1B1de3A015252A115309A0F9DEEDCFa0A&maxFeeRate=0.001&builderName=ivan3&asterChain=Mainnet" +
                                      "&user=" + DocUser + "&nonce=1748310859508867&signature=0x";
        Assert.StartsWith(expectedParams, body);
        Assert.EndsWith("&signatureChainId=1666", body);

        var signatureHex = body.Split('&').Single(p => p.StartsWith("signature=", StringComparison.Ordinal))["signature=0x".Length..];
        var digest = AgentManagementSigning.Digest(AgentManagementAction.ApproveBuilder, ApproveBuilderParams(), AsterSigningChains.Mainnet);
        Assert.True(Secp256k1.Default.TryRecoverAddress(digest, Convert.FromHexString(signatureHex), out var recovered));
        Assert.Equal(key.Address, recovered);
    }
}
