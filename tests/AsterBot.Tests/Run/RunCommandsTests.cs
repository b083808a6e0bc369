using System.Security.Cryptography;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Admin;
using AsterBot.Testing;
using AsterBot.Tests.Cli;

namespace AsterBot.Tests.Run;

/// <summary>`asterbot run` with configuration: paper, live against the simulator, and refusals — the real executable.</summary>
public sealed class RunCommandsTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("asterbot-run-").FullName;

    private void Configure(string json) => File.WriteAllText(Path.Combine(_dataDir, "appsettings.json"), json);

    [Fact]
    public async Task An_unknown_strategy_is_refused_before_anything_starts_listing_the_valid_ones()
    {
        Configure("""{ "Slots": [ { "Label": "p", "Pairs": [ { "Key": "b", "Symbol": "BTCUSDT", "Strategy": "moon" } ] } ] }""");
        using var run = new RunProcess(_dataDir);
        var (exitCode, output, errors) = await run.ExitAsync();
        Assert.Equal(1, exitCode);
        Assert.Contains("Pair b (BTCUSDT): Unknown strategy 'moon'. Valid strategies: ", errors, StringComparison.Ordinal);
        Assert.Contains("ema-cross", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(" Order ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_paper_slots_start_their_pairs_and_stop_on_ctrl_c()
    {
        Configure("""
            { "Mode": "paper", "Paper": { "Balance": 2500 },
              "Slots": [ { "Label": "p1", "ProcessingDelaySeconds": 0.5,
                           "Pairs": [ { "Key": "b", "Symbol": "BTCUSDT", "Strategy": "ema-cross", "Tier": "low" },
                                      { "Key": "e", "Symbol": "ETHUSDT", "Market": "spot", "Strategy": "signal" } ] } ] }
            """);
        using var run = new RunProcess(_dataDir);
        await run.ReadUntilAsync("started signal on ETHUSDT 1m", TimeSpan.FromSeconds(60));
        Assert.Contains("Slot p1: paper account #", run.Seen, StringComparison.Ordinal);
        Assert.Contains("with 2500 USDT; pairs BTCUSDT@b (ema-cross), ETHUSDT@e (signal)", run.Seen, StringComparison.Ordinal);
        Assert.Contains("started ema-cross on BTCUSDT 1m", run.Seen, StringComparison.Ordinal);

        await run.TypeAsync("long b");
        Assert.Contains("BTCUSDT@b runs 'ema-cross', which decides by itself", await run.ReadUntilAsync("signal:", TimeSpan.FromSeconds(20)), StringComparison.Ordinal);
        await run.TypeAsync("buy e");
        Assert.Contains("is not understood; type long|short|close PAIR", await run.ReadUntilAsync("signal:", TimeSpan.FromSeconds(20)), StringComparison.Ordinal);

        // The slot's accounts, read right after its pairs started (asked again if the read has not happened yet).
        var balance = "";
        for (var attempt = 0; attempt < 10 && !balance.Contains("equity", StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0) await Task.Delay(500);
            await run.TypeAsync("balance");
            balance = await run.ReadUntilAsync("balance:", TimeSpan.FromSeconds(20));
        }
        Assert.Matches(@"balance: p1 futures: equity 2,500\.00, wallet 2,500\.00, available 2,500\.00 \(read \d\d:\d\d:\d\d UTC\); " +
            @"p1 spot: equity 2,500\.00, wallet 2,500\.00, available 2,500\.00 \(read \d\d:\d\d:\d\d UTC\)", balance);

        var (exitCode, rest, errors) = await run.InterruptAsync();
        Assert.Equal(0, exitCode);
        Assert.Contains("stopped", rest, StringComparison.Ordinal);
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task A_kill_file_in_the_data_folder_stops_new_exposure_from_the_start_until_it_is_deleted()
    {
        Configure("""
            { "Mode": "paper",
              "Slots": [ { "Label": "p1", "Pairs": [ { "Key": "s", "Symbol": "BTCUSDT", "Strategy": "signal" } ] } ] }
            """);
        var killFile = Path.Combine(_dataDir, "KILL");
        await File.WriteAllTextAsync(killFile, "");
        using var run = new RunProcess(_dataDir);
        await run.ReadUntilAsync("started signal on BTCUSDT 1m", TimeSpan.FromSeconds(60));
        Assert.Contains("kill switch engaged (KILL file in the data folder)", run.Seen, StringComparison.Ordinal);

        // A signal needs a price: the paper market's first candle closes at the next minute.
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromMilliseconds(60_000 - now.ToUnixTimeMilliseconds() % 60_000) + TimeSpan.FromSeconds(4));
        await run.TypeAsync("long s");
        var blocked = await run.ReadUntilAsync("open Long not sent", TimeSpan.FromSeconds(20));
        Assert.Matches(@"Blocked\s+open Long not sent: kill switch engaged \(KILL file in the data folder\)", blocked);
        await run.ReadUntilAsync("signal:", TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(" Order ", run.Seen, StringComparison.Ordinal);

        File.Delete(killFile);
        await run.ReadUntilAsync("kill switch released", TimeSpan.FromSeconds(20));
        await run.TypeAsync("long s");
        Assert.Matches(@"BTCUSDT@s\s+Order\s+Buy Market [0-9.]+ → Filled", await run.ReadUntilAsync(" Order ", TimeSpan.FromSeconds(20)));

        // A slot halted by hand stays halted when a kill file comes and goes.
        await run.TypeAsync("kill p1 by hand");
        await run.ReadUntilAsync("kill: kill switch engaged on p1", TimeSpan.FromSeconds(20));
        await File.WriteAllTextAsync(killFile, "");
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        File.Delete(killFile);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await run.TypeAsync("short s");
        Assert.Contains("kill switch engaged (by hand)", await run.ReadUntilAsync("open Short not sent", TimeSpan.FromSeconds(20)), StringComparison.Ordinal);

        var (exitCode, _, errors) = await run.InterruptAsync();
        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task Paper_on_live_prices_names_its_source_and_says_when_its_prices_stop()
    {
        var market = await SimulatorServer.StartAsync(new SimulatorOptions { Symbols = ["BTCUSDT"] });
        var marketUp = true;
        try
        {
            Assert.True(market.State.Engine.SetPrice(Market.Futures, "BTCUSDT", 43_210.5m).IsSuccess);
            Configure($$"""
                { "Mode": "paper", "Paper": { "Prices": "live", "BaseUrl": "{{market.RestBaseUri}}", "PollSeconds": 0.5 },
                  "Slots": [ { "Label": "p1", "Pairs": [ { "Key": "b", "Symbol": "BTCUSDT", "Strategy": "signal" } ] } ] }
                """);
            using var run = new RunProcess(_dataDir);
            await run.ReadUntilAsync("started signal on BTCUSDT 1m", TimeSpan.FromSeconds(60));
            Assert.Contains($"prices following {market.RestBaseUri.GetLeftPart(UriPartial.Authority)} (ticker prices every 0.5 s)", run.Seen, StringComparison.Ordinal);
            Assert.DoesNotContain("random walk", run.Seen, StringComparison.Ordinal);

            marketUp = false;
            await market.DisposeAsync();
            var told = await run.ReadUntilAsync("paper orders are refused once prices are older than the staleness limit", TimeSpan.FromSeconds(30));
            Assert.Contains("prices from", told, StringComparison.Ordinal);

            var (exitCode, rest, errors) = await run.InterruptAsync();
            Assert.Equal(0, exitCode);
            Assert.Contains("stopped", rest, StringComparison.Ordinal);
            Assert.Equal("", errors);
        }
        finally
        {
            if (marketUp) await market.DisposeAsync();
        }
    }

    [Fact]
    public async Task Live_trades_a_stored_slot_on_the_simulator_and_a_missing_slot_says_why_it_does_not_trade()
    {
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var apiSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await using var sim = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            Symbols = ["BTCUSDT", "ETHUSDT"],
            RandomWalk = true, // candles close every minute, as on Aster
            Accounts = [new AccountSeed { Wallet = "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)), ApiKey = apiKey, ApiSecret = apiSecret,
                FuturesBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m } }],
        });
        var db = Path.Combine(_dataDir, "asterbot.db");
        var added = await CliProcess.RunAsync(new Dictionary<string, string> { ["ASTER_API_SECRET"] = apiSecret },
            "slots", "add", "main", "--api-key", apiKey, "--network", sim.RestBaseUri.ToString(), "--delay", "0", "--db", db);
        Assert.True(added.ExitCode == 0, added.Out + added.Error);
        Configure("""
            { "Mode": "live",
              "Slots": [ { "Label": "main", "Risk": { "MaxDailyLoss": 1000 },
                           "Pairs": [ { "Key": "sig", "Symbol": "BTCUSDT", "Strategy": "signal", "MarginType": "isolated" },
                                                       { "Key": "eth", "Symbol": "ETHUSDT", "Strategy": "signal" } ] },
                         { "Label": "gone", "Pairs": [ { "Key": "x", "Symbol": "BTCUSDT", "Strategy": "signal" } ] } ] }
            """);

        using var run = new RunProcess(_dataDir);
        await run.ReadUntilAsync("started signal on BTCUSDT", TimeSpan.FromSeconds(60));
        Assert.Contains("gone Error          slot does not trade: no active slot with keys is labelled 'gone'", run.Seen, StringComparison.Ordinal);
        Assert.Contains("Slot main (Aster Futures, ", run.Seen, StringComparison.Ordinal);
        Assert.DoesNotContain(apiSecret, run.Seen, StringComparison.Ordinal);
        // The slot's two pairs share the account's user-data stream: one socket on the exchange, not one per pair.
        await Eventually.WaitUntilAsync(() => sim.State.Hub.ConnectionCount == 1, "the slot's user-data stream to connect");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, sim.State.Hub.ConnectionCount);

        // Orders need a candle that closed after the start (the pair refuses to trade on stale data): wait for the next close.
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromMilliseconds(60_000 - now.ToUnixTimeMilliseconds() % 60_000) + TimeSpan.FromSeconds(4));
        await run.TypeAsync("long sig");
        var order = await run.ReadUntilAsync(" Order ", TimeSpan.FromSeconds(30));
        Assert.Matches(@"BTCUSDT@sig\s+Order\s+Buy Market [0-9.]+ → Filled", order);
        var accountId = sim.State.Accounts.Accounts.Single().Id;
        var account = sim.State.Engine.GetFuturesAccount(accountId).Value;
        Assert.Contains(account.Positions, p => p.Symbol == "BTCUSDT" && p.PositionAmt > 0 && p.MarginType == MarginType.Isolated);

        // The kill switch from the console: the long may close, no short opens.
        await run.TypeAsync("kill main leaving for lunch");
        await run.ReadUntilAsync("kill: kill switch engaged on main", TimeSpan.FromSeconds(30));
        await run.TypeAsync("short sig");
        var blocked = await run.ReadUntilAsync("kill switch engaged (leaving for lunch)", TimeSpan.FromSeconds(30));
        Assert.Contains("Blocked", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain(sim.State.Engine.GetFuturesAccount(accountId).Value.Positions, p => p.Symbol == "BTCUSDT" && p.PositionAmt != 0);
        await run.TypeAsync("resume main");
        await run.ReadUntilAsync("resume: kill switch released on main", TimeSpan.FromSeconds(30));

        var (exitCode, rest, errors) = await run.InterruptAsync();
        Assert.Equal(0, exitCode);
        Assert.Contains("stopped", rest, StringComparison.Ordinal);
        Assert.Equal("", errors);
    }

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);
}
