using System.Net;
using AsterBot.Aster.Auth;
using AsterBot.Chain.Crypto;

namespace AsterBot.Simulator.Tests.Server;

/// <summary>Agent and builder management signed by the user wallet (Message{msg} form), referral registration.</summary>
public sealed class AgentManagementTests
{
    private static string SignByWallet(SimHarness sim, string parameters, PrivateKey? wallet = null, long chainId = 1666)
    {
        var message = parameters + "&nonce=" + sim.NextNonce();
        return message + "&signature=" + V3Signature.SignDigest(V3Signature.MessageDigest(chainId, message), wallet ?? sim.WalletKey);
    }

    [Fact]
    public async Task Approve_update_and_delete_an_agent()
    {
        await using var sim = await SimHarness.StartAsync();
        using var newAgent = PrivateKey.Generate();
        var approve = SignByWallet(sim, $"user={sim.Wallet}&agentAddress={newAgent.Address}&agentName=bot2&expired=0&canSpotTrade=false&canPerpTrade=true&canWithdraw=false&ipWhitelist=&asterChain=Mainnet");
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/approveAgent", "", approve)).StatusCode);

        // The new agent can now sign, and sees itself listed.
        var list = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", signer: newAgent)));
        var entry = list.EnumerateArray().Single(a => a.GetProperty("agentAddress").GetString()!.Equals(newAgent.Address.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal("bot2", entry.GetProperty("agentName").GetString());
        Assert.False(entry.GetProperty("canSpotTrade").GetBoolean());

        var update = SignByWallet(sim, $"user={sim.Wallet}&agentAddress={newAgent.Address}&canSpotTrade=true&ipWhitelist=10.0.0.1");
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/updateAgent", "", update)).StatusCode);
        // Its whitelist now excludes loopback.
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", signer: newAgent)), -2015);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", signer: newAgent), ip: "10.0.0.1")).StatusCode);

        var delete = SignByWallet(sim, $"user={sim.Wallet}&agentAddress={newAgent.Address}");
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Delete, "/fapi/v3/agent", "", delete)).StatusCode);
        await SimHarness.AssertErrorAsync(await sim.GetAsync("/fapi/v3/agent", sim.SignV3("", signer: newAgent), ip: "10.0.0.1"), -2015);
    }

    [Fact]
    public async Task Management_calls_must_be_signed_by_the_user_wallet_not_an_agent()
    {
        await using var sim = await SimHarness.StartAsync();
        using var other = PrivateKey.Generate();
        var byAgent = SignByWallet(sim, $"user={sim.Wallet}&agentAddress={other.Address}&agentName=x&canPerpTrade=true", sim.AgentKey);
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/approveAgent", "", byAgent), -1022);
        var update = SignByWallet(sim, $"user={sim.Wallet}&agentAddress={other.Address}&canPerpTrade=true");
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/updateAgent", "", update), -1130);
    }

    [Fact]
    public async Task Register_and_approve_creates_the_account_and_records_the_referral_code()
    {
        await using var sim = await SimHarness.StartAsync();
        using var newWallet = PrivateKey.Generate();
        using var agent = PrivateKey.Generate();
        var nonce = sim.NextNonce();
        // The documented message order, signed under signatureChainId 56.
        var message = $"user={newWallet.Address}&nonce={nonce}&agentName=perp&agentAddress={agent.Address}&expired=0&signatureChainId=56&canSpotTrade=false&canPerpTrade=true&canWithdraw=false&ipWhitelist=";
        var signature = V3Signature.SignDigest(V3Signature.MessageDigest(56, message), newWallet);
        var body = message + "&agentCode=REF123&signature=" + signature;
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/registerAndApproveAgent", "", body)).StatusCode);

        var referrals = await SimHarness.JsonAsync(await sim.Http.GetAsync("/sim/referrals"));
        var referral = referrals.EnumerateArray().Single();
        Assert.Equal("REF123", referral.GetProperty("agentCode").GetString());
        Assert.Equal(newWallet.Address.ToString(), referral.GetProperty("user").GetString(), StringComparer.OrdinalIgnoreCase);

        var asAgent = sim.SignV3("", signer: agent, user: newWallet.Address.ToString());
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/fapi/v3/agent", asAgent)).StatusCode);

        // Missing mandatory parameters come first.
        await SimHarness.AssertErrorAsync(await sim.SendAsync(HttpMethod.Post, "/fapi/v3/registerAndApproveAgent", "", $"user={newWallet.Address}"), -1102);
    }

    [Fact]
    public async Task Approve_update_list_and_delete_a_builder()
    {
        await using var sim = await SimHarness.StartAsync();
        const string builder = "0xc2af13e1B1de3A015252A115309A0F9DEEDCFa0A";
        var approve = SignByWallet(sim, $"builder={builder}&maxFeeRate=0.001&builderName=ivan3&asterChain=Mainnet&user={sim.Wallet}");
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/approveBuilder", "", approve)).StatusCode);
        var update = SignByWallet(sim, $"builder={builder}&maxFeeRate=0.0005&builderName=ivan3&user={sim.Wallet}");
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Post, "/fapi/v3/updateBuilder", "", update)).StatusCode);

        var list = await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/builder", sim.SignV3("")));
        var b = list.EnumerateArray().Single();
        Assert.Equal("0.0005", b.GetProperty("maxFeeRate").GetString());
        Assert.Equal(sim.Wallet, b.GetProperty("userAddress").GetString(), StringComparer.OrdinalIgnoreCase);

        var delete = SignByWallet(sim, $"builder={builder}&user={sim.Wallet}");
        Assert.Equal(HttpStatusCode.OK, (await sim.SendAsync(HttpMethod.Delete, "/fapi/v3/builder", "", delete)).StatusCode);
        Assert.Equal(0, (await SimHarness.JsonAsync(await sim.GetAsync("/fapi/v3/builder", sim.SignV3("")))).GetArrayLength());
    }
}
