using AsterBot.Testing;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Execution;
using AsterBot.Trading.Runtime;

namespace AsterBot.Trading.Tests.Runtime;

/// <summary>The runtime's scheduling, candle feed, signals and shutdown, on a manual clock over the in-process engine.</summary>
public sealed class TradingHostTests : IDisposable
{
    private const long FirstClose = 1_767_225_659_999; // 2026-01-01 00:00:59.999 UTC: the first candle's close
    private readonly RuntimeRig _rig = new();

    [Fact]
    public async Task Pairs_of_a_slot_take_turns_with_its_delay_while_slots_run_in_parallel()
    {
        var a1 = _rig.Pair("a1", "BTCUSDT", "ema-cross", _rig.NewAccount());
        var a2 = _rig.Pair("a2", "ETHUSDT", "ema-cross", _rig.NewAccount());
        var b1 = _rig.Pair("b1", "BTCUSDT", "ema-cross", _rig.NewAccount());
        var host = _rig.Host(new TradingSlot("A", TimeSpan.FromSeconds(5), [a1, a2]), new TradingSlot("B", TimeSpan.FromSeconds(5), [b1]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);

        // Start-up already takes turns: a2 starts only once slot A's delay has passed.
        await Eventually.WaitUntilAsync(() => _rig.Steps.Any(s => s.Label == a1.Label) && _rig.Steps.Any(s => s.Label == b1.Label), "a1 and b1 to start");
        Assert.DoesNotContain(_rig.Steps, s => s.Label == a2.Label);
        _rig.At(TimeSpan.FromSeconds(5));
        await Eventually.WaitUntilAsync(() => _rig.Steps.Any(s => s.Label == a2.Label), "a2 to start");

        _rig.SetPrices(50_100m, 3_010m);
        _rig.At(TimeSpan.FromSeconds(30)); // 00:01:00, the first close
        await Eventually.WaitUntilAsync(() => _rig.Processed(a1.Label, FirstClose) && _rig.Processed(b1.Label, FirstClose), "a1 and b1 to take the candle");
        Assert.False(_rig.Processed(a2.Label, FirstClose), "a2 waits for slot A's delay");
        _rig.At(TimeSpan.FromSeconds(35));
        await Eventually.WaitUntilAsync(() => _rig.Processed(a2.Label, FirstClose), "a2 to take the candle");

        var at = _rig.Steps.Where(s => s.CandleClose == FirstClose).ToDictionary(s => s.Label, s => s.At);
        Assert.Equal(at[a1.Label], at[b1.Label]);
        Assert.Equal(TimeSpan.FromSeconds(5), at[a2.Label] - at[a1.Label]);
        Assert.Equal(50_100m, host.Statuses.Single(s => s.Label == a1.Label).LastPrice);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(_rig.Events, e => e.Message == "stopped");
    }

    [Fact]
    public async Task A_late_candle_means_no_decision_and_is_caught_up_with_the_next_one()
    {
        var pair = _rig.Pair("p1", "BTCUSDT", "ema-cross", _rig.NewAccount());
        var host = _rig.Host(new TradingSlot("A", TimeSpan.Zero, [pair]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => _rig.Steps.Any(s => s.Label == pair.Label), "the pair to start");

        _rig.At(TimeSpan.FromSeconds(30)); // 00:01:00: the candle of 00:00 closes
        await Eventually.WaitUntilAsync(() => _rig.Processed(pair.Label, FirstClose), "the first candle");
        _rig.At(TimeSpan.FromSeconds(90)); // 00:02:00: nothing traded in 00:01, so its candle never appears
        await Eventually.WaitUntilAsync(() => _rig.Events.Any(e => e.Kind == TradingEventKind.Blocked && e.Pair == pair.Label), "the late-data event");
        var late = _rig.Events.First(e => e.Kind == TradingEventKind.Blocked);
        Assert.Contains("00:02:00 UTC has not arrived", late.Message, StringComparison.Ordinal);
        Assert.Equal(FirstClose, host.Statuses.Single().LastCandleTime);

        _rig.SetPrices(50_200m, 3_000m); // trading resumes in 00:02
        _rig.At(TimeSpan.FromSeconds(150)); // 00:03:00
        await Eventually.WaitUntilAsync(() => _rig.Processed(pair.Label, FirstClose + 120_000), "the candle of 00:02");
        Assert.Equal(50_200m, host.Statuses.Single().LastPrice);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Signals_reach_signal_pairs_and_open_then_flip_a_position()
    {
        var exchange = _rig.NewAccount();
        var follower = _rig.Pair("sig1", "BTCUSDT", "signal", exchange);
        var crosser = _rig.Pair("ema1", "ETHUSDT", "ema-cross", _rig.NewAccount());
        var host = _rig.Host(new TradingSlot("A", TimeSpan.Zero, [follower, crosser]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => host.Statuses.Count == 2, "both pairs to start");
        _rig.At(TimeSpan.FromSeconds(30)); // a fresh candle, so the data is not stale
        await Eventually.WaitUntilAsync(() => _rig.Processed(follower.Label, FirstClose), "the first candle");

        var longReceipt = await host.SendSignalAsync("sig1", SignalAction.Long);
        Assert.True(longReceipt.Accepted, longReceipt.Message);
        var position = (await exchange.GetAccountAsync()).Data!.Position("BTCUSDT");
        Assert.True(position is { Quantity: > 0 }, "a long is open");

        Assert.True((await host.SendSignalAsync(follower.Label, SignalAction.Short)).Accepted);
        var account = (await exchange.GetAccountAsync()).Data!;
        Assert.True(account.Position("BTCUSDT") is { Quantity: < 0 }, "flipped to a short");
        Assert.True(host.Statuses.Single(s => s.Label == follower.Label).Position.Quantity < 0, "the view sees the short too");
        // The view's account figures are read after the step: the fees of the two flips are in them.
        await Eventually.WaitUntilAsync(() => host.Balances.Any(b => b.Wallet == account.WalletBalance), "the balance after the flip");
        var balance = Assert.Single(host.Balances);
        Assert.Equal(("A", Market.Futures, account.WalletBalance, account.Equity, account.Available), (balance.Slot, balance.Market, balance.Wallet, balance.Equity, balance.Available));
        Assert.True(balance.Wallet < 10_000m, "fees were paid");
        Assert.Equal(_rig.Clock.GetUtcNow().ToUnixTimeMilliseconds(), balance.Time);

        var refused = await host.SendSignalAsync("ema1", SignalAction.Long);
        Assert.False(refused.Accepted);
        Assert.Contains("'ema-cross'", refused.Message, StringComparison.Ordinal);
        var unknown = await host.SendSignalAsync("nope", SignalAction.Close);
        Assert.False(unknown.Accepted);
        Assert.Contains(follower.Label, unknown.Message, StringComparison.Ordinal);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_failing_account_read_keeps_the_last_balance_and_is_told_once_each_way()
    {
        var exchange = new AccountOutage(_rig.NewAccount());
        var pair = _rig.Pair("bal1", "BTCUSDT", "signal", exchange);
        var host = _rig.Host(new TradingSlot("B", TimeSpan.Zero, [pair]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => host.Balances.Count == 1, "the balance after the start");
        var before = host.Balances[0];
        Assert.Equal(10_000m, before.Wallet);

        exchange.Failing = true;
        _rig.At(TimeSpan.FromSeconds(30));
        await Eventually.WaitUntilAsync(() => _rig.Events.Any(e => e.Kind == TradingEventKind.Error), "the failed read to be told");
        _rig.At(TimeSpan.FromSeconds(90));
        await Eventually.WaitUntilAsync(() => exchange.FailedReads >= 2, "the next round's read");
        Assert.Equal(before, Assert.Single(host.Balances)); // the last figures, with the time they were read
        var told = Assert.Single(_rig.Events, e => e.Kind == TradingEventKind.Error);
        Assert.Equal(("B", "the futures account could not be read (NetworkError: unreachable); balances shown are from before"), (told.Pair, told.Message));

        exchange.Failing = false;
        _rig.At(TimeSpan.FromSeconds(150));
        await Eventually.WaitUntilAsync(() => host.Balances[0].Time > before.Time, "a fresh read");
        Assert.Contains(_rig.Events, e => e.Pair == "B" && e.Message == "the futures account can be read again");
        Assert.Single(_rig.Events, e => e.Kind == TradingEventKind.Error);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task One_market_failing_while_the_other_reads_is_told_once_not_at_every_round()
    {
        var spot = new AccountOutage(_rig.NewAccount(Market.Spot));
        var host = _rig.Host(new TradingSlot("C", TimeSpan.Zero,
            [_rig.Pair("fut1", "BTCUSDT", "signal", _rig.NewAccount()), _rig.Pair("spot1", "ETHUSDT", "signal", spot)]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => host.Balances.Count == 2, "both markets read after the start");

        spot.Failing = true;
        _rig.At(TimeSpan.FromSeconds(30));
        await Eventually.WaitUntilAsync(() => spot.FailedReads >= 1, "the first failed round");
        _rig.At(TimeSpan.FromSeconds(90));
        await Eventually.WaitUntilAsync(() => spot.FailedReads >= 2, "the second failed round");
        _rig.At(TimeSpan.FromSeconds(150));
        await Eventually.WaitUntilAsync(() => spot.FailedReads >= 3, "the third failed round");

        var told = _rig.Events.Where(e => e.Pair == "C").Select(e => e.Message).Where(m => m.Contains("account", StringComparison.Ordinal)).ToList();
        Assert.Equal(["the spot account could not be read (NetworkError: unreachable); balances shown are from before"], told);
        Assert.True(host.Balances.Single(b => b.Market == Market.Futures).Time > host.Balances.Single(b => b.Market == Market.Spot).Time,
            "futures keep being read while spot shows its last figures");

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>An exchange whose account reads fail while <see cref="Failing"/> is set.</summary>
    private sealed class AccountOutage(IExchange inner) : DelegatingExchange(inner)
    {
        public volatile bool Failing;
        private int _failed;

        public int FailedReads => Volatile.Read(ref _failed);

        public override ValueTask<AsterResult<AccountSnapshot>> GetAccountAsync(CancellationToken ct = default)
        {
            if (!Failing) return Inner.GetAccountAsync(ct);
            Interlocked.Increment(ref _failed);
            return new(new AsterError(AsterErrorKind.NetworkError, "unreachable"));
        }
    }

    [Fact]
    public async Task The_kill_switch_stops_new_exposure_on_its_slot_but_lets_positions_close_until_it_is_released()
    {
        var exchange = _rig.NewAccount();
        var guards = new RiskGuards(new RiskLimits());
        var follower = _rig.GuardedPair("sig1", "BTCUSDT", "signal", exchange, guards);
        var other = _rig.Pair("sig2", "ETHUSDT", "signal", _rig.NewAccount());
        var host = _rig.Host(new TradingSlot("A", TimeSpan.Zero, [follower]) { Guards = guards }, new TradingSlot("B", TimeSpan.Zero, [other]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => host.Statuses.Count == 2, "both pairs to start");
        _rig.At(TimeSpan.FromSeconds(30));
        await Eventually.WaitUntilAsync(() => _rig.Processed(follower.Label, FirstClose), "the first candle");
        Assert.True((await host.SendSignalAsync("sig1", SignalAction.Long)).Accepted);

        var engaged = host.SetKillSwitch("a", engage: true, "drawdown alarm");
        Assert.Equal((true, "kill switch engaged on A"), (engaged.Accepted, engaged.Message));
        Assert.Contains(_rig.Events, e => e.Pair == "A" && e.Message.StartsWith("kill switch engaged (drawdown alarm)", StringComparison.Ordinal));
        Assert.Equal([("A", "drawdown alarm")], host.EngagedKillSwitches);
        await host.SendSignalAsync("sig1", SignalAction.Short); // closing the long goes out; opening the short does not
        var flat = (await exchange.GetAccountAsync()).Data!.Position("BTCUSDT");
        Assert.True(flat is null || flat.Quantity == 0, "the long closed and no short opened");
        Assert.Contains(_rig.Events, e => e.Kind == TradingEventKind.Blocked && e.Message.Contains("kill switch engaged (drawdown alarm)", StringComparison.Ordinal));

        Assert.True(host.SetKillSwitch("A", engage: false, "").Accepted);
        Assert.Empty(host.EngagedKillSwitches);
        await host.SendSignalAsync("sig1", SignalAction.Short);
        Assert.True((await exchange.GetAccountAsync()).Data!.Position("BTCUSDT") is { Quantity: < 0 }, "a short opens once released");

        Assert.False(host.SetKillSwitch("B", engage: true, "x").Accepted, "slot B was given no guards");
        var unknown = host.SetKillSwitch("nope", engage: true, "x");
        Assert.False(unknown.Accepted);
        Assert.Contains("Running slots: A, B", unknown.Message, StringComparison.Ordinal);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_refused_slot_does_not_trade_and_says_why_while_the_others_run()
    {
        var pair = _rig.Pair("p1", "BTCUSDT", "ema-cross", _rig.NewAccount());
        var host = _rig.Host(TradingSlot.Refused("live-main", "SignedBalance failed (KeyRejected): the key was refused."), new TradingSlot("paper", TimeSpan.Zero, [pair]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => host.Statuses.Count == 1, "the paper pair to start");
        var refusal = Assert.Single(_rig.Events, e => e.Pair == "live-main");
        Assert.Equal(TradingEventKind.Error, refusal.Kind);
        Assert.Equal("slot does not trade: SignedBalance failed (KeyRejected): the key was refused.", refusal.Message);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Reconciliation_requests_reach_the_slot()
    {
        var pair = _rig.Pair("p1", "BTCUSDT", "signal", _rig.NewAccount());
        var host = _rig.Host(new TradingSlot("A", TimeSpan.Zero, [pair]));
        _rig.SetPrices(50_000m, 3_000m);
        using var stop = new CancellationTokenSource();
        var running = host.RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => host.Statuses.Count == 1, "the pair to start");
        Assert.False(host.RequestReconcile("nope", "test"));
        Assert.True(host.RequestReconcile("a", "the user-data stream reconnected"));
        await Eventually.WaitUntilAsync(() => _rig.Events.Any(e => e.Message == "reconciling every pair: the user-data stream reconnected"), "the reconciliation");
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void The_same_pair_twice_is_refused_with_the_fix()
    {
        var exchange = _rig.NewAccount();
        var twice = Assert.Throws<ArgumentException>(() => _rig.Host(
            new TradingSlot("A", TimeSpan.Zero, [_rig.Pair("p1", "BTCUSDT", "signal", exchange)]),
            new TradingSlot("B", TimeSpan.Zero, [_rig.Pair("p1", "BTCUSDT", "signal", exchange)])));
        Assert.Contains("give each pair its own key", twice.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _rig.Dispose();
}
