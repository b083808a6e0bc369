using System.Text.Json;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;
using AsterBot.Aster.RateLimits;
using AsterBot.Testing;

namespace AsterBot.Aster.Tests.RateLimits;

public class RateGateTests
{
    private static readonly DateTimeOffset MinuteStart = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly RateLimitWindow PerMinute = new(TimeSpan.FromMinutes(1), 100);

    [Fact]
    public async Task Fail_policy_refuses_past_the_safety_margin_and_says_when_the_window_frees()
    {
        var time = new ManualTimeProvider(MinuteStart.AddSeconds(15));
        var gate = new RateGate("ip", [PerMinute], time, RateLimitPolicy.Fail, safetyFraction: 0.9);

        for (var i = 0; i < 9; i++) Assert.Null(await gate.AcquireAsync(10));
        var refused = await gate.AcquireAsync(1);

        Assert.Equal((AsterErrorKind.RateLimited, TimeSpan.FromSeconds(45)), (refused!.Kind, refused.RetryAfter!.Value));
        Assert.Equal(90, gate.Used(PerMinute));
        time.Advance(TimeSpan.FromSeconds(45));
        Assert.Null(await gate.AcquireAsync(1));
        Assert.Equal(1, gate.Used(PerMinute));
    }

    [Fact]
    public async Task Wait_policy_waits_for_the_next_window_instead_of_failing()
    {
        var time = new ManualTimeProvider(MinuteStart.AddSeconds(50));
        var gate = new RateGate("ip", [PerMinute], time, RateLimitPolicy.Wait, safetyFraction: 1);
        Assert.Null(await gate.AcquireAsync(100));

        var waiting = gate.AcquireAsync(5).AsTask();
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Null(await waiting.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(5, gate.Used(PerMinute));
    }

    [Fact]
    public async Task Usage_headers_raise_the_local_count_but_never_lower_it()
    {
        var time = new ManualTimeProvider(MinuteStart);
        var gate = new RateGate("ip", [PerMinute], time, RateLimitPolicy.Fail, safetyFraction: 1);
        await gate.AcquireAsync(10);

        gate.ObserveUsage(TimeSpan.FromMinutes(1), 95); // other processes on this IP used weight too
        gate.ObserveUsage(TimeSpan.FromMinutes(1), 3);
        gate.ObserveUsage(TimeSpan.FromSeconds(10), 1000); // a window this gate does not have

        Assert.Equal(95, gate.Used(PerMinute));
        Assert.NotNull(await gate.AcquireAsync(6));
    }

    [Fact]
    public async Task Rate_limited_answer_pauses_the_gate_for_retry_after()
    {
        var time = new ManualTimeProvider(MinuteStart);
        var gate = new RateGate("ip", [PerMinute], time, RateLimitPolicy.Wait);

        gate.OnRateLimited(TimeSpan.FromSeconds(3));
        var waiting = gate.AcquireAsync(1).AsTask();
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Null(await waiting.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task A_ban_refuses_everything_even_with_the_wait_policy_until_it_ends()
    {
        var time = new ManualTimeProvider(MinuteStart);
        var gate = new RateGate("ip", [PerMinute], time, RateLimitPolicy.Wait);

        gate.OnBanned(TimeSpan.FromMinutes(2));
        var refused = await gate.AcquireAsync(1);
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal((AsterErrorKind.Banned, TimeSpan.FromMinutes(2)), (refused!.Kind, refused.RetryAfter!.Value));
        Assert.Null(gate.BannedUntil);
        Assert.Null(await gate.AcquireAsync(1));
    }

    [Fact]
    public async Task Order_gate_enforces_the_ten_second_window_within_the_minute()
    {
        var time = new ManualTimeProvider(MinuteStart);
        var orders = AsterRateLimits.ForFutures(time, RateLimitPolicy.Fail).Orders;

        for (var i = 0; i < 285; i++) Assert.Null(await orders.AcquireAsync(1)); // 95 % of 300
        var refused = await orders.AcquireAsync(1);
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(10), refused!.RetryAfter);
        Assert.Null(await orders.AcquireAsync(1));
    }

    [Fact]
    public async Task A_cost_above_the_whole_budget_is_refused_instead_of_waiting_forever()
    {
        var gate = new RateGate("ip", [PerMinute], new ManualTimeProvider(), RateLimitPolicy.Wait);

        var refused = await gate.AcquireAsync(500);

        Assert.Contains("can never fit", refused!.Message);
    }

    [Fact]
    public async Task Accounts_on_one_ip_share_the_weight_gate_but_not_the_order_gates()
    {
        var time = new ManualTimeProvider(MinuteStart);
        var ip = AsterRateLimits.IpWeightGate(Market.Futures, time, RateLimitPolicy.Fail);
        var alice = AsterRateLimits.ForFutures(time, RateLimitPolicy.Fail, ip);
        var bob = AsterRateLimits.ForFutures(time, RateLimitPolicy.Fail, ip);

        await alice.RequestWeight.AcquireAsync(1000);
        await bob.RequestWeight.AcquireAsync(1000);
        await alice.Orders.AcquireAsync(5);

        Assert.Same(alice.RequestWeight, bob.RequestWeight);
        Assert.Equal(2000, ip.Used(ip.Windows[0]));
        Assert.Equal(0, bob.Orders.Used(bob.Orders.Windows[0]));
    }

    [Fact]
    public void Gates_are_sized_from_exchange_info_rate_limits()
    {
        var info = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "captures", "spot-exchangeInfo.json")), AsterJson.Strict.SpotExchangeInfo)!;

        var limits = AsterRateLimits.FromRules(info.RateLimits, Market.Spot, new ManualTimeProvider());

        Assert.Equal([new RateLimitWindow(TimeSpan.FromMinutes(1), 6000)], limits.RequestWeight.Windows);
        Assert.Equal([new RateLimitWindow(TimeSpan.FromMinutes(1), 6000), new RateLimitWindow(TimeSpan.FromSeconds(10), 1000)], limits.Orders.Windows);
        Assert.Equal("1M", limits.RequestWeight.Windows[0].HeaderSuffix);
        Assert.Equal("10S", limits.Orders.Windows[1].HeaderSuffix);
    }
}
