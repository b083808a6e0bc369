using AsterBot.Simulator.Server.Admin;
using AsterBot.Testing;

namespace AsterBot.Slots.Tests;

/// <summary>A simulator whose clock the test moves; the connectors share it, so moving it is never clock skew.</summary>
public sealed class ManualClockSlotsFixture : SlotsFixture
{
    public ManualTimeProvider ManualClock { get; } = new(DateTimeOffset.UtcNow);

    public override TimeProvider Clock => ManualClock;
}

/// <summary>An API wallet that expires while a slot uses it: Aster then refuses it with a bare -2015.</summary>
public sealed class AgentExpiryTests(ManualClockSlotsFixture sim) : IClassFixture<ManualClockSlotsFixture>
{
    [Fact]
    public async Task An_agent_past_its_expiry_is_named_expired_with_the_fix()
    {
        var expiresAt = sim.ManualClock.GetUtcNow().AddHours(1);
        var account = sim.NewAccount(new AgentSeed("", ExpiresAtMs: expiresAt.ToUnixTimeMilliseconds()));
        var test = new ConnectionTest(sim.Connector(), new ConnectionTestOptions());
        Assert.True((await test.RunAsync(sim.Settings(), account.V3)).Passed, "the agent works until it expires");

        sim.ManualClock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var report = await test.RunAsync(sim.Settings(), account.V3);

        var failure = report.FirstFailure!;
        Assert.Equal((CheckName.SignedBalance, ConnectionFailure.AgentExpired), (failure.Name, failure.Failure));
        Assert.Contains($"expired at {expiresAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z", failure.Detail);
        Assert.Contains(account.Agent.Address.ToString(), failure.Detail);
        Assert.Contains("Approve a new API wallet", failure.Fix);
        Assert.All(report.Checks.SkipWhile(c => c != failure).Skip(1), c => Assert.Equal(CheckStatus.Skipped, c.Status));
    }

    [Fact]
    public async Task An_agent_the_wallet_never_approved_stays_a_rejected_key_not_an_expired_one()
    {
        var owner = sim.NewAccount();
        var other = sim.NewAccount(); // its agent is approved by its own wallet only
        var foreign = V3Credentials.Create(owner.Wallet.Address.ToString(), other.Agent.Address.ToString(), other.AgentKeyHex);

        var report = await new ConnectionTest(sim.Connector(), new ConnectionTestOptions()).RunAsync(sim.Settings(), foreign);

        Assert.Equal((CheckName.SignedBalance, ConnectionFailure.KeyRejected), (report.FirstFailure!.Name, report.FirstFailure.Failure));
    }
}
