using System.Net;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;

namespace AsterBot.Slots;

/// <summary>
/// Tests a slot against the exchange, in order: reachability, server time and clock skew, a signed balance read,
/// the market the key belongs to, market data for one pair, and for V3 keys the agent's permissions and IP whitelist.
/// The first failure stops the test (later checks are reported as skipped: they would fail for the same cause).
/// </summary>
public sealed class ConnectionTest(SlotConnector connector, ConnectionTestOptions options)
{
    public async Task<ConnectionReport> RunAsync(SlotSettings settings, SlotCredentials? credentials, CancellationToken ct = default)
    {
        var checks = new List<ConnectionCheck>();
        IReadOnlyList<BalanceLine> balances = [];
        using var slot = connector.Connect(settings, credentials);
        var market = settings.Exchange.Market();
        var steps = new List<Func<Task<ConnectionCheck[]>>>
        {
            async () => [await ReachabilityAsync(slot.Client, market, ct)],
            async () => [await ServerTimeAsync(slot.Client, market, ct)],
            async () =>
            {
                var (signed, marketCheck, read) = await SignedBalanceAsync(slot.Client, market, credentials, ct);
                balances = read;
                return marketCheck is null ? [signed] : [signed, marketCheck];
            },
            async () => [await MarketDataAsync(slot.Client, market, ct)],
        };
        if (credentials is V3Credentials v3)
        {
            AgentInfo? agent = null;
            steps.Add(async () =>
            {
                (var check, agent) = await AgentPermissionsAsync(slot.Client, v3, settings, ct);
                return [check];
            });
            steps.Add(() => Task.FromResult<ConnectionCheck[]>([AgentIpWhitelist(agent!)]));
        }

        foreach (var step in steps)
        {
            if (checks.Any(c => c.Status == CheckStatus.Failed)) break;
            checks.AddRange(await step());
        }
        var all = Enum.GetValues<CheckName>()
            .Where(name => credentials is V3Credentials || name is not (CheckName.AgentPermissions or CheckName.AgentIpWhitelist))
            .Select(name => checks.FirstOrDefault(c => c.Name == name) ?? ConnectionCheck.Skip(name, "Not run: an earlier check failed."))
            .ToList();
        return new ConnectionReport(all, balances);
    }

    private static async Task<ConnectionCheck> ReachabilityAsync(AsterClient client, Market market, CancellationToken ct)
    {
        var ping = market == Market.Futures ? await client.Futures.Market.PingAsync(ct) : await client.Spot.Market.PingAsync(ct);
        var uri = client.Options.Environment.RestUri(market);
        return ping.IsSuccess
            ? ConnectionCheck.Pass(CheckName.Reachability, $"{uri} answered.")
            : ConnectionCheck.Fail(CheckName.Reachability, ConnectionFailure.Unreachable, $"{uri} did not answer: {ping.Error!.Kind} {ping.Error.Message}",
                "Check the network, the slot's network setting (mainnet, testnet or the custom URL) and any proxy or firewall.");
    }

    private async Task<ConnectionCheck> ServerTimeAsync(AsterClient client, Market market, CancellationToken ct)
    {
        var before = connector.Time.GetUtcNow();
        var time = market == Market.Futures ? await client.Futures.Market.GetServerTimeAsync(ct) : await client.Spot.Market.GetServerTimeAsync(ct);
        var after = connector.Time.GetUtcNow();
        if (!time.IsSuccess)
            return ConnectionCheck.Fail(CheckName.ServerTime, ConnectionFailure.Unreachable, $"The server time could not be read: {time.Error!.Kind} {time.Error.Message}",
                "Check the network and the exchange's status, then test again.");
        // The server stamped its time somewhere during the round trip: compare with our midpoint.
        var skew = time.Data!.Time - (before + (after - before) / 2);
        var text = $"Clock skew {skew.TotalMilliseconds:+0;-0} ms (round trip {(after - before).TotalMilliseconds:0} ms).";
        return skew.Duration() <= options.MaxClockSkew
            ? ConnectionCheck.Pass(CheckName.ServerTime, text)
            : ConnectionCheck.Fail(CheckName.ServerTime, ConnectionFailure.ClockSkew,
                $"{text} More than the {options.MaxClockSkew.TotalSeconds:0} s allowed: signed requests would be refused.",
                "Synchronise this machine's clock (e.g. `timedatectl set-ntp true`) and test again.");
    }

    /// <summary>The signed read on the slot's market; when refused, the other market tells a bad key from a wrong-market key.</summary>
    private async Task<(ConnectionCheck Signed, ConnectionCheck? Market, IReadOnlyList<BalanceLine> Balances)> SignedBalanceAsync(
        AsterClient client, Market market, SlotCredentials? credentials, CancellationToken ct)
    {
        if (credentials is null)
            return (ConnectionCheck.Fail(CheckName.SignedBalance, ConnectionFailure.NoCredentials, "The slot has no registered key (it was cleared).",
                "Register keys with `asterbot slots edit NAME` and the key options."), null, []);
        var read = await BalanceReader.ReadAsync(client, market, ct);
        if (read.IsSuccess)
            return (ConnectionCheck.Pass(CheckName.SignedBalance, $"{market} balances read ({read.Data!.Count} non-zero assets)."),
                ConnectionCheck.Pass(CheckName.Market, $"The key is accepted on the {market} market."), read.Data);
        var other = Other(market);
        if (SignedFailures.MayBeWrongMarket(read.Error!) && await BalanceReader.ReadAsync(client, other, ct) is { IsSuccess: true } elsewhere)
            return (ConnectionCheck.Pass(CheckName.SignedBalance, $"The key and signature are valid, but only on the {other} market."),
                ConnectionCheck.Fail(CheckName.Market, ConnectionFailure.WrongMarket,
                    $"The key works on the {other} market but the {market} market refused it ({read.Error!.Code}).",
                    $"Use a key enabled for {market}, or set the slot's exchange to \"{(market == Market.Futures ? "Aster" : "Aster Futures")}\"."),
                elsewhere.Data!);
        if (credentials is V3Credentials v3 && read.Error!.Kind == AsterErrorKind.BadApiKey && await ExpiredAgentAsync(client, v3, ct) is { } expired)
            return (expired, null, []);
        return (SignedFailures.Explain(CheckName.SignedBalance, read.Error!), null, []);
    }

    /// <summary>
    /// -2015 does not say why a V3 key was refused; an expired API wallet may still read the agent list, so ask it.
    /// Null when the list cannot be read or the agent is not expired (the refusal has another cause).
    /// </summary>
    private async Task<ConnectionCheck?> ExpiredAgentAsync(AsterClient client, V3Credentials credentials, CancellationToken ct)
    {
        var agents = await client.Futures.Account.GetAgentsAsync(ct);
        return agents.IsSuccess && FindAgent(agents.Data!, credentials) is { } agent ? Expiry(CheckName.SignedBalance, agent) : null;
    }

    private static AgentInfo? FindAgent(IEnumerable<AgentInfo> agents, V3Credentials credentials) =>
        agents.FirstOrDefault(a => string.Equals(a.AgentAddress, credentials.Signer, StringComparison.OrdinalIgnoreCase));

    private ConnectionCheck? Expiry(CheckName check, AgentInfo agent) =>
        agent.Expired > 0 && agent.Expired <= connector.Time.GetUtcNow().ToUnixTimeMilliseconds()
            ? ConnectionCheck.Fail(check, ConnectionFailure.AgentExpired, $"The API wallet {agent.AgentAddress} expired at {DateTimeOffset.FromUnixTimeMilliseconds(agent.Expired):u}.",
                "Approve a new API wallet (or extend this one's expiry) on Aster, then update the slot's keys with `asterbot slots edit`.")
            : null;

    private async Task<ConnectionCheck> MarketDataAsync(AsterClient client, Market market, CancellationToken ct)
    {
        var symbol = options.ProbeSymbol;
        var book = market == Market.Futures
            ? await client.Futures.Market.GetBookTickerAsync(symbol, ct)
            : await client.Spot.Market.GetBookTickerAsync(symbol, ct);
        return book.IsSuccess
            ? ConnectionCheck.Pass(CheckName.MarketData, $"{symbol}: bid {book.Data!.BidPrice}, ask {book.Data.AskPrice}.")
            : ConnectionCheck.Fail(CheckName.MarketData, ConnectionFailure.NoMarketData, $"No market data for {symbol} on {market}: {book.Error!.Message}",
                $"Check that {symbol} is listed on the {market} market of this network.");
    }

    private async Task<(ConnectionCheck, AgentInfo?)> AgentPermissionsAsync(AsterClient client, V3Credentials credentials, SlotSettings settings,
        CancellationToken ct)
    {
        var agents = await client.Futures.Account.GetAgentsAsync(ct);
        if (!agents.IsSuccess) return (SignedFailures.Explain(CheckName.AgentPermissions, agents.Error!), null);
        var agent = FindAgent(agents.Data!, credentials);
        var market = settings.Exchange.Market();
        var verdict = agent switch
        {
            null => ConnectionCheck.Fail(CheckName.AgentPermissions, ConnectionFailure.AgentNotFound,
                $"The API wallet {credentials.Signer} is not among the wallet's approved agents.", "Approve this API wallet on Aster (or register it with `asterbot`)."),
            _ when Expiry(CheckName.AgentPermissions, agent) is { } expired => expired,
            { CanRead: false } => ConnectionCheck.Fail(CheckName.AgentPermissions, ConnectionFailure.AgentCannotRead,
                "The API wallet may not read the account.", "Enable the read permission for this API wallet on Aster."),
            { CanPerpTrade: false } when market == Market.Futures => ConnectionCheck.Fail(CheckName.AgentPermissions, ConnectionFailure.AgentMarketNotAllowed,
                "The API wallet may not trade perpetuals, the slot's market.", "Enable perpetual trading for this API wallet, or use another one."),
            { CanSpotTrade: false } when market == Market.Spot => ConnectionCheck.Fail(CheckName.AgentPermissions, ConnectionFailure.AgentMarketNotAllowed,
                "The API wallet may not trade spot, the slot's market.", "Enable spot trading for this API wallet, or use another one."),
            { CanWithdraw: true } when !settings.AllowWithdrawals => ConnectionCheck.Fail(CheckName.AgentPermissions, ConnectionFailure.AgentWithdrawalsEnabled,
                "The API wallet may withdraw funds: a leaked key could empty the account.",
                "Disable withdrawals for this API wallet on Aster, or, if you really want it, allow withdrawals on the slot (--allow-withdrawals)."),
            _ => ConnectionCheck.Pass(CheckName.AgentPermissions, $"The API wallet may read and trade {market}; withdrawals {(agent.CanWithdraw ? "allowed by you" : "off")}."),
        };
        return (verdict, agent);
    }

    private ConnectionCheck AgentIpWhitelist(AgentInfo agent)
    {
        if (agent.IpAddresses.Count == 0)
            return ConnectionCheck.Pass(CheckName.AgentIpWhitelist, "The API wallet has no IP whitelist (any IP may use it).");
        if (options.EgressIps.Count == 0)
            return ConnectionCheck.Pass(CheckName.AgentIpWhitelist, $"Whitelist {agent.IpWhitelist}; no egress IPs are configured on this node to compare.");
        var missing = options.EgressIps.Where(ip => !agent.IpAddresses.Any(entry => Allows(entry, ip))).ToList();
        return missing.Count == 0
            ? ConnectionCheck.Pass(CheckName.AgentIpWhitelist, $"Every egress IP of this node is whitelisted ({agent.IpWhitelist}).")
            : ConnectionCheck.Fail(CheckName.AgentIpWhitelist, ConnectionFailure.AgentIpNotWhitelisted,
                $"This node's egress IP(s) {string.Join(", ", missing)} are not on the API wallet's whitelist ({agent.IpWhitelist}).",
                "Add them to the API wallet's whitelist on Aster, or correct the node's configured egress IPs.");
    }

    private static bool Allows(string entry, IPAddress ip) =>
        IPNetwork.TryParse(entry, out var network) ? network.Contains(ip) : IPAddress.TryParse(entry, out var single) && single.Equals(ip);

    private static Market Other(Market market) => market == Market.Futures ? Market.Spot : Market.Futures;
}
