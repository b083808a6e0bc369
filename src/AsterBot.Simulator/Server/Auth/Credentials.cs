using AsterBot.Aster.Models;

namespace AsterBot.Simulator.Server.Auth;

/// <summary>What a request may do; each signed endpoint needs one of these.</summary>
public enum Permission { Read, PerpTrade, SpotTrade, Withdraw }

/// <summary>The markets a V1 key is valid on: Aster's futures and spot keys are separate, a key of one is refused on the other.</summary>
public enum ApiKeyScope { Both, Futures, Spot }

/// <summary>A legacy V1 key. Aster's V1 keys have no documented permission endpoint; the simulator scopes them anyway.</summary>
public sealed record ApiKeyCredential(string ApiKey, string Secret, IpWhitelist IpWhitelist, bool CanTrade = true, bool CanWithdraw = false,
    ApiKeyScope Scope = ApiKeyScope.Both)
{
    public bool Covers(Market market) => Scope == ApiKeyScope.Both || (Scope == ApiKeyScope.Futures) == (market == Market.Futures);

    public bool Allows(Permission p) => p switch
    {
        Permission.Read => true,
        Permission.PerpTrade or Permission.SpotTrade => CanTrade,
        Permission.Withdraw => CanWithdraw,
        _ => false,
    };

    // The secret never appears in logs or dumps.
    public override string ToString() => $"ApiKeyCredential({ApiKey[..Math.Min(6, ApiKey.Length)]}…)";
}

/// <summary>An API wallet (agent) approved by a user wallet, as <c>GET /fapi/v3/agent</c> lists it.</summary>
public sealed record AgentGrant(
    string Address,
    string Name,
    IpWhitelist IpWhitelist,
    long ExpiresAtMs,
    bool CanRead,
    bool CanPerpTrade,
    bool CanSpotTrade,
    bool CanWithdraw,
    string Source)
{
    public bool Allows(Permission p) => p switch
    {
        Permission.Read => CanRead,
        Permission.PerpTrade => CanPerpTrade,
        Permission.SpotTrade => CanSpotTrade,
        Permission.Withdraw => CanWithdraw,
        _ => false,
    };

    public bool IsExpiredAt(long nowMs) => ExpiresAtMs > 0 && nowMs >= ExpiresAtMs;
}

/// <summary>A builder the user allowed to charge up to <see cref="MaxFeeRate"/> on orders carrying its address.</summary>
public sealed record BuilderApproval(string BuilderAddress, decimal MaxFeeRate, string BuilderName);

/// <summary>A registration through <c>registerAndApproveAgent</c> carrying a referral code.</summary>
public sealed record ReferralRegistration(string User, string AgentAddress, string AgentName, string? AgentCode, long TimeMs);
