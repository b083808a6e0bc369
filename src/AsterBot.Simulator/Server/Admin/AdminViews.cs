using AsterBot.Simulator.Server.Auth;

namespace AsterBot.Simulator.Server.Admin;

/// <summary>JSON shapes of the admin endpoints. API secrets are never included (only the key).</summary>
public static class AdminViews
{
    public static object Account(SimulatorState state, SimAccount account) => new
    {
        id = account.Id,
        wallet = account.Wallet,
        apiKeys = state.Accounts.ApiKeysOf(account).Select(k => new { apiKey = k.ApiKey, ipWhitelist = k.IpWhitelist.Text, canTrade = k.CanTrade, scope = k.Scope.ToString() }),
        agents = state.Accounts.AgentsOf(account).Select(a => new
        {
            agentAddress = a.Address, agentName = a.Name, ipWhitelist = a.IpWhitelist.Text, expired = a.ExpiresAtMs,
            a.CanRead, a.CanPerpTrade, a.CanSpotTrade, a.CanWithdraw, source = a.Source,
        }),
        builders = state.Accounts.BuildersOf(account),
        futuresBalances = state.Engine.GetFuturesAccount(account.Id) is { IsSuccess: true } f
            ? f.Value.Assets.ToDictionary(a => a.Asset, a => a.WalletBalance) : [],
        spotBalances = state.Engine.GetSpotAccount(account.Id) is { IsSuccess: true } s
            ? s.Value.Balances.ToDictionary(b => b.Asset, b => b.Free) : [],
    };

    public static object State(SimulatorState state) => new
    {
        serverTime = state.Clock.NowMilliseconds,
        engine = state.Engine.Snapshot(),
        accounts = state.Accounts.Accounts.Select(a => Account(state, a)),
        referrals = state.Accounts.Referrals,
        listenKeys = state.ListenKeys.All.Select(k => new { accountId = k.AccountId, market = k.Market.ToString(), expiresAt = k.ExpiresAt.ToUnixTimeMilliseconds() }),
        faults = new { seed = state.Faults.Seed, rules = state.Faults.Rules, clockSkewMs = (long)state.Clock.Skew.TotalMilliseconds },
        v3IdsAsStrings = state.IdsAsStrings,
        webSocketConnections = state.Hub.ConnectionCount,
    };
}
