using System.Net;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Simulator.Server.Auth;

namespace AsterBot.Slots.Tests;

/// <summary>Every failure class of the connection test, produced for real by the simulator, and the happy paths.</summary>
public sealed class ConnectionTestTests(SlotsFixture sim) : IClassFixture<SlotsFixture>
{
    private async Task<ConnectionReport> RunAsync(SlotSettings settings, SlotCredentials credentials, string? clientIp = null,
        IReadOnlyList<IPAddress>? egress = null) =>
        await new ConnectionTest(sim.Connector(clientIp), new ConnectionTestOptions { EgressIps = egress ?? [] }).RunAsync(settings, credentials);

    private static void AssertFailure(ConnectionReport report, CheckName check, ConnectionFailure failure)
    {
        Assert.False(report.Passed, "the test should have failed");
        var first = report.FirstFailure!;
        Assert.Equal((check, failure), (first.Name, first.Failure));
        Assert.False(string.IsNullOrWhiteSpace(first.Fix));
        Assert.All(report.Checks.SkipWhile(c => c != first).Skip(1), c => Assert.Equal(CheckStatus.Skipped, c.Status));
    }

    [Fact]
    public async Task V1_futures_key_passes_every_check_and_shows_the_balance()
    {
        var report = await RunAsync(sim.Settings(), sim.NewAccount().V1);

        Assert.True(report.Passed, report.Summary);
        Assert.Equal([CheckName.Reachability, CheckName.ServerTime, CheckName.SignedBalance, CheckName.Market, CheckName.MarketData],
            report.Checks.Select(c => c.Name));
        Assert.Equal(new BalanceLine("USDT", 10_000m, 10_000m), Assert.Single(report.Balances));
    }

    [Fact]
    public async Task V3_spot_slot_checks_the_agent_and_shows_the_spot_balance()
    {
        var report = await RunAsync(sim.Settings(SlotExchange.Aster), sim.NewAccount().V3);

        Assert.True(report.Passed, report.Summary);
        Assert.Equal(Enum.GetValues<CheckName>(), report.Checks.Select(c => c.Name));
        Assert.Equal(2_500m, Assert.Single(report.Balances).Total);
    }

    [Fact]
    public async Task Wrong_secret_is_named()
    {
        var account = sim.NewAccount();
        var wrong = V1Credentials.Create(account.ApiKey, new string('a', 64));

        AssertFailure(await RunAsync(sim.Settings(), wrong), CheckName.SignedBalance, ConnectionFailure.WrongSecret);
    }

    [Fact]
    public async Task Skewed_clock_is_named()
    {
        sim.Server.State.Clock.Skew = TimeSpan.FromSeconds(30);
        try
        {
            var report = await RunAsync(sim.Settings(), sim.NewAccount().V1);

            AssertFailure(report, CheckName.ServerTime, ConnectionFailure.ClockSkew);
            var skewMs = int.Parse(System.Text.RegularExpressions.Regex.Match(report.FirstFailure!.Detail, @"skew \+(\d+) ms").Groups[1].Value);
            Assert.InRange(skewMs, 25_000, 35_000); // 30 s ahead, give or take the round trip
        }
        finally
        {
            sim.Server.State.Clock.Skew = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task V1_key_restricted_to_another_ip_is_refused_with_the_ip_named_as_a_cause()
    {
        var account = sim.NewAccount(apiKeyIpWhitelist: "198.51.100.7");

        var report = await RunAsync(sim.Settings(), account.V1, clientIp: "203.0.113.9");

        AssertFailure(report, CheckName.SignedBalance, ConnectionFailure.KeyRejected);
        Assert.Contains("whitelist", report.FirstFailure!.Detail);
        Assert.True((await RunAsync(sim.Settings(), account.V1, clientIp: "198.51.100.7")).Passed);
    }

    [Fact]
    public async Task Agent_restricted_to_another_ip_is_refused_at_the_signed_read()
    {
        var account = sim.NewAccount(new AgentSeed("", IpWhitelist: "198.51.100.7"));

        AssertFailure(await RunAsync(sim.Settings(), account.V3, clientIp: "203.0.113.9"), CheckName.SignedBalance, ConnectionFailure.KeyRejected);
        Assert.True((await RunAsync(sim.Settings(), account.V3, clientIp: "198.51.100.7")).Passed);
    }

    [Fact]
    public async Task Agent_without_perpetual_permission_fails_a_futures_slot_but_not_a_spot_one()
    {
        var account = sim.NewAccount(new AgentSeed("", CanPerpTrade: false));

        AssertFailure(await RunAsync(sim.Settings(), account.V3), CheckName.AgentPermissions, ConnectionFailure.AgentMarketNotAllowed);
        Assert.True((await RunAsync(sim.Settings(SlotExchange.Aster), account.V3)).Passed);
    }

    [Fact]
    public async Task Withdrawal_enabled_agent_fails_unless_the_user_allows_it()
    {
        var account = sim.NewAccount(new AgentSeed("", CanWithdraw: true));

        AssertFailure(await RunAsync(sim.Settings(), account.V3), CheckName.AgentPermissions, ConnectionFailure.AgentWithdrawalsEnabled);
        Assert.True((await RunAsync(sim.Settings() with { AllowWithdrawals = true }, account.V3)).Passed);
    }

    [Fact]
    public async Task Agent_whitelist_missing_one_of_the_nodes_egress_ips_is_named()
    {
        var account = sim.NewAccount(new AgentSeed("", IpWhitelist: "127.0.0.1, 198.51.100.0/24"));
        var settings = sim.Settings();

        var report = await RunAsync(settings, account.V3, egress: [IPAddress.Parse("198.51.100.5"), IPAddress.Parse("203.0.113.7")]);

        AssertFailure(report, CheckName.AgentIpWhitelist, ConnectionFailure.AgentIpNotWhitelisted);
        Assert.Contains("203.0.113.7", report.FirstFailure!.Detail);
        Assert.DoesNotContain("198.51.100.5,", report.FirstFailure.Detail);
        Assert.True((await RunAsync(settings, account.V3, egress: [IPAddress.Parse("198.51.100.5")])).Passed);
    }

    [Fact]
    public async Task Spot_only_key_on_a_futures_slot_is_named_wrong_market_with_the_fix()
    {
        var account = sim.NewAccount(apiKeyScope: ApiKeyScope.Spot);

        var report = await RunAsync(sim.Settings(SlotExchange.AsterFutures), account.V1);

        AssertFailure(report, CheckName.Market, ConnectionFailure.WrongMarket);
        Assert.Contains("works on the Spot market but the Futures market refused it (-2015)", report.FirstFailure!.Detail);
        Assert.Contains("set the slot's exchange to \"Aster\"", report.FirstFailure.Fix);
        Assert.Equal(2_500m, Assert.Single(report.Balances).Total); // the balance the key can read: spot
        Assert.True((await RunAsync(sim.Settings(SlotExchange.Aster), account.V1)).Passed);
    }

    [Fact]
    public async Task Futures_only_key_on_a_spot_slot_is_named_wrong_market_with_the_fix()
    {
        var account = sim.NewAccount(apiKeyScope: ApiKeyScope.Futures);

        var report = await RunAsync(sim.Settings(SlotExchange.Aster), account.V1);

        AssertFailure(report, CheckName.Market, ConnectionFailure.WrongMarket);
        Assert.Contains("works on the Futures market but the Spot market refused it", report.FirstFailure!.Detail);
        Assert.Contains("set the slot's exchange to \"Aster Futures\"", report.FirstFailure.Fix);
        Assert.True((await RunAsync(sim.Settings(SlotExchange.AsterFutures), account.V1)).Passed);
    }

    [Fact]
    public async Task Unreachable_network_is_named()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: connection refused

        var report = await RunAsync(sim.Settings() with { Network = $"http://127.0.0.1:{port}/" }, sim.NewAccount().V1);

        AssertFailure(report, CheckName.Reachability, ConnectionFailure.Unreachable);
    }
}
