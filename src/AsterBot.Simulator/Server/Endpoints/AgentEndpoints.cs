using AsterBot.Aster.Models;
using AsterBot.Simulator.Server.Auth;
using BuilderApproval = AsterBot.Simulator.Server.Auth.BuilderApproval;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.Json;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>
/// API-wallet (agent) and builder management (API.md §3.4, §9): list with any authorised signer; approve, update
/// and delete with a main-wallet signature (see <see cref="ManagementSignature"/>); public registerAndApproveAgent
/// which creates the account if needed and records its referral code.
/// </summary>
public static class AgentEndpoints
{
    public static void Map(RouteBuilder routes, SimulatorState state)
    {
        routes.FuturesV3("GET", "agent", Security.UserData, Permission.Read, 5, r => OkArray(w => WriteAgents(w, state.Accounts.AgentsOf(r.RequireAccount()))));
        routes.FuturesV3("POST", "approveAgent", Security.SelfVerified, Permission.Read, 5, r => Act(() => Approve(state, r, update: false)));
        routes.FuturesV3("POST", "updateAgent", Security.SelfVerified, Permission.Read, 5, r => Act(() => Approve(state, r, update: true)));
        routes.FuturesV3("DELETE", "agent", Security.SelfVerified, Permission.Read, 5, r => Act(() =>
        {
            var account = ManagedAccount(state, r);
            if (!state.Accounts.RemoveAgent(account, RequireAddress(r.Params, "agentAddress"))) throw new AsterErrorException(UnknownAgent);
        }));
        routes.FuturesV3("POST", "registerAndApproveAgent", Security.SelfVerified, Permission.Read, 50, r => Act(() => Register(state, r)));

        routes.FuturesV3("GET", "builder", Security.UserData, Permission.Read, 5, r => OkArray(w => WriteBuilders(w, r.RequireAccount(), state.Accounts.BuildersOf(r.RequireAccount()))));
        routes.FuturesV3("POST", "approveBuilder", Security.SelfVerified, Permission.Read, 5, r => Act(() => ApproveBuilder(state, r, update: false)));
        routes.FuturesV3("POST", "updateBuilder", Security.SelfVerified, Permission.Read, 5, r => Act(() => ApproveBuilder(state, r, update: true)));
        routes.FuturesV3("DELETE", "builder", Security.SelfVerified, Permission.Read, 5, r => Act(() =>
        {
            var account = ManagedAccount(state, r);
            if (!state.Accounts.RemoveBuilder(account, RequireAddress(r.Params, "builder"))) throw new AsterErrorException(new AsterError(-1130, "This builder is not approved for this user."));
        }));
    }

    private static readonly AsterError UnknownAgent = new(-1130, "This agent is not approved for this user; approve it first.");

    private static ValueTask<AsterResult> OkArray(Action<AsterJsonWriter> write) => ValueTask.FromResult(new AsterResult(w => { w.StartArray(); write(w); w.EndArray(); }));

    /// <summary>Runs a management action, then answers Aster's generic success object.</summary>
    private static ValueTask<AsterResult> Act(Action act)
    {
        act();
        return ValueTask.FromResult(AsterResult.Success());
    }

    private static SimAccount ManagedAccount(SimulatorState state, AsterRequest r)
    {
        var user = state.Management.VerifyUser(r.Params);
        return state.Accounts.FindByWallet(user) ?? throw new AsterErrorException(AsterError.RejectedKey);
    }

    private static void Approve(SimulatorState state, AsterRequest r, bool update)
    {
        var account = ManagedAccount(state, r);
        var p = r.Params;
        var address = RequireAddress(p, "agentAddress");
        var existing = state.Accounts.FindAgent(account, address);
        if (update && existing is null) throw new AsterErrorException(UnknownAgent);
        state.Accounts.ApproveAgent(account, ReadGrant(p, address, existing, source: "api"));
        if (p.Optional("builder") is { } builder) state.Accounts.ApproveBuilder(account, ReadBuilder(p, builder));
    }

    private static void Register(SimulatorState state, AsterRequest r)
    {
        var p = r.Params;
        // The documented message is built from the parameters in a fixed order; clients that sign their own wire
        // string (minus signature) are accepted too.
        string[] fields = ["user", "nonce", "agentName", "agentAddress", "expired", "signatureChainId", "canSpotTrade", "canPerpTrade", "canWithdraw", "ipWhitelist"];
        var documented = string.Join('&', fields.Select(f => f + "=" + (p.All.GetValueOrDefault(f) ?? "")));
        foreach (var f in fields[..^1]) p.Required(f);
        var user = state.Management.VerifyUser(p, documented);
        if (p.OptionalBool("canWithdraw") == true && !p.Has("ipWhitelist"))
            throw new AsterErrorException(new AsterError(-1102, "Mandatory parameter 'ipWhitelist' was not sent: it is required when canWithdraw=true."));
        var address = RequireAddress(p, "agentAddress");
        var account = state.EnsureAccount(user);
        var grant = ReadGrant(p, address, null, source: "register");
        state.Accounts.ApproveAgent(account, grant);
        state.Accounts.RecordReferral(new ReferralRegistration(account.Wallet, address, grant.Name, p.Optional("agentCode"), state.Clock.NowMilliseconds));
    }

    private static AgentGrant ReadGrant(AsterParameters p, string address, AgentGrant? existing, string source)
    {
        var whitelistText = p.All.GetValueOrDefault("ipWhitelist") ?? existing?.IpWhitelist.Text ?? "";
        if (!IpWhitelist.TryParse(whitelistText, out var whitelist)) throw new AsterErrorException(AsterError.BadParameter("ipWhitelist"));
        return new AgentGrant(
            address,
            p.Optional("agentName") ?? existing?.Name ?? "",
            whitelist,
            p.OptionalLong("expired") ?? existing?.ExpiresAtMs ?? 0,
            existing?.CanRead ?? true,
            p.OptionalBool("canPerpTrade") ?? existing?.CanPerpTrade ?? false,
            p.OptionalBool("canSpotTrade") ?? existing?.CanSpotTrade ?? false,
            p.OptionalBool("canWithdraw") ?? existing?.CanWithdraw ?? false,
            existing?.Source ?? source);
    }

    private static void ApproveBuilder(SimulatorState state, AsterRequest r, bool update)
    {
        var account = ManagedAccount(state, r);
        var builder = RequireAddress(r.Params, "builder");
        if (update && !state.Accounts.BuildersOf(account).Any(b => b.BuilderAddress.Equals(builder, StringComparison.OrdinalIgnoreCase)))
            throw new AsterErrorException(new AsterError(-1130, "This builder is not approved for this user; approve it first."));
        state.Accounts.ApproveBuilder(account, ReadBuilder(r.Params, builder));
    }

    private static BuilderApproval ReadBuilder(AsterParameters p, string builder)
    {
        var rate = p.RequiredDecimal("maxFeeRate");
        if (rate < 0) throw new AsterErrorException(AsterError.BadParameter("maxFeeRate"));
        return new BuilderApproval(builder, rate, p.Optional("builderName") ?? "");
    }

    private static string RequireAddress(AsterParameters p, string name)
    {
        var text = p.Required(name);
        return Address.IsValid(text) ? text : throw new AsterErrorException(AsterError.BadParameter(name));
    }

    private static void WriteAgents(AsterJsonWriter w, IEnumerable<AgentGrant> agents)
    {
        foreach (var a in agents)
        {
            w.StartObject();
            w.String("agentAddress", a.Address);
            w.String("agentName", a.Name);
            w.String("ipWhitelist", a.IpWhitelist.Text);
            w.Int("expired", a.ExpiresAtMs);
            w.String("source", a.Source);
            w.Bool("canRead", a.CanRead);
            w.Bool("canSpotTrade", a.CanSpotTrade);
            w.Bool("canPerpTrade", a.CanPerpTrade);
            w.Bool("canWithdraw", a.CanWithdraw);
            w.EndObject();
        }
    }

    private static void WriteBuilders(AsterJsonWriter w, SimAccount account, IEnumerable<BuilderApproval> builders)
    {
        foreach (var b in builders)
        {
            w.StartObject();
            w.String("userAddress", account.Wallet);
            w.String("builderAddress", b.BuilderAddress);
            w.Decimal("maxFeeRate", b.MaxFeeRate);
            w.String("builderName", b.BuilderName);
            w.EndObject();
        }
    }
}
