using AsterBot.Aster.Models;
using AsterBot.Run;
using Microsoft.Extensions.Configuration;

namespace AsterBot.Tests.Run;

/// <summary>How `asterbot run` reads its configuration, and the errors that name the setting to fix.</summary>
public class RunSettingsTests
{
    private static RunSettings Read(params (string Key, string Value)[] values) =>
        RunSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    private static string Refused(params (string Key, string Value)[] values) => Assert.Throws<RunConfigException>(() => Read(values)).Message;

    [Fact]
    public void Nothing_configured_is_the_paper_demo()
    {
        var settings = Read();
        Assert.True(settings.IsDemo);
        Assert.Equal(RunMode.Paper, settings.Mode);
        Assert.Equal(10_000m, settings.PaperBalance);
    }

    [Fact]
    public void Two_pairs_on_one_symbol_and_market_of_a_slot_are_refused_naming_both()
    {
        var message = Refused(("Slots:0:Label", "main"), ("Slots:0:Pairs:0:Key", "a"), ("Slots:0:Pairs:0:Symbol", "BTCUSDT"), ("Slots:0:Pairs:0:Strategy", "signal"),
            ("Slots:0:Pairs:1:Key", "b"), ("Slots:0:Pairs:1:Symbol", "btcusdt"), ("Slots:0:Pairs:1:Strategy", "ema-cross"));
        Assert.Contains("Pairs 'a' and 'b' of slot 'main' both trade BTCUSDT futures", message);

        // The same symbol on the other market, or in another slot (another account), is fine.
        var settings = Read(("Slots:0:Label", "main"), ("Slots:0:Pairs:0:Key", "a"), ("Slots:0:Pairs:0:Symbol", "BTCUSDT"), ("Slots:0:Pairs:0:Strategy", "signal"),
            ("Slots:0:Pairs:1:Key", "b"), ("Slots:0:Pairs:1:Symbol", "BTCUSDT"), ("Slots:0:Pairs:1:Market", "spot"), ("Slots:0:Pairs:1:Strategy", "signal"),
            ("Slots:1:Label", "other"), ("Slots:1:Pairs:0:Key", "c"), ("Slots:1:Pairs:0:Symbol", "BTCUSDT"), ("Slots:1:Pairs:0:Strategy", "signal"));
        Assert.Equal(2, settings.Slots.Count);
    }

    [Fact]
    public void A_slot_label_configured_twice_is_refused()
    {
        var message = Refused(("Slots:0:Label", "main"), ("Slots:0:Pairs:0:Key", "a"), ("Slots:0:Pairs:0:Symbol", "BTCUSDT"), ("Slots:0:Pairs:0:Strategy", "signal"),
            ("Slots:1:Label", "MAIN"), ("Slots:1:Pairs:0:Key", "b"), ("Slots:1:Pairs:0:Symbol", "ETHUSDT"), ("Slots:1:Pairs:0:Strategy", "signal"));
        Assert.Contains("Slot 'main' is configured twice", message);
    }

    [Fact]
    public void A_full_pair_is_read_with_defaults_for_what_is_left_out()
    {
        var settings = Read(("Mode", "LIVE"), ("Slots:0:Label", "main"), ("Slots:0:Pairs:0:Symbol", "ethusdt"), ("Slots:0:Pairs:0:Strategy", "ema-cross"),
            ("Slots:0:Pairs:0:Tier", "high"), ("Slots:0:Pairs:0:Params:fast", "5"), ("Slots:0:Pairs:1:Key", "off"), ("Slots:0:Pairs:1:Symbol", "BTCUSDT"),
            ("Slots:0:Pairs:1:Strategy", "signal"), ("Slots:0:Pairs:1:Enabled", "false"), ("Slots:0:Pairs:2:Key", "sp"), ("Slots:0:Pairs:2:Symbol", "BTCUSDT"),
            ("Slots:0:Pairs:2:Market", "spot"), ("Slots:0:Pairs:2:Interval", "4h"), ("Slots:0:Pairs:2:Strategy", "signal"));
        Assert.Equal(RunMode.Live, settings.Mode);
        var slot = Assert.Single(settings.Slots);
        Assert.Equal(1m, slot.ProcessingDelaySeconds);
        Assert.Equal(2, slot.Pairs.Count); // the disabled one is left out
        var eth = slot.Pairs[0];
        Assert.Equal(("ETHUSDT", "ethusdt0", Market.Futures, "1m", "high"), (eth.Symbol, eth.Key, eth.Market, eth.Interval.Text, eth.Tier));
        Assert.Equal("5", eth.Params["fast"]);
        Assert.Equal((Market.Spot, "4h"), (slot.Pairs[1].Market, slot.Pairs[1].Interval.Text));
    }

    [Theory]
    [InlineData("Mode", "demo", "Mode 'demo' is not a run mode: use \"paper\" or \"live\".")]
    [InlineData("Paper:Balance", "lots", "Paper:Balance must be a number; got 'lots'.")]
    [InlineData("Slots:0:Pairs:0:Market", "margin", "Slots:0:Pairs:0:Market 'margin' is not a market: use \"futures\" or \"spot\".")]
    [InlineData("Slots:0:Pairs:0:Interval", "2m", "Slots:0:Pairs:0:Interval: Unknown kline interval '2m'. Use one of: 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M.")]
    [InlineData("Slots:0:Pairs:0:Enabled", "yes", "Slots:0:Pairs:0:Enabled must be true or false; got 'yes'.")]
    [InlineData("Slots:0:ProcessingDelaySeconds", "-1", "Slots:0:ProcessingDelaySeconds must be from 0 to 3600 (seconds between the slot's pairs); got -1.")]
    [InlineData("Slots:0:ProcessingDelaySeconds", "1e400", "Slots:0:ProcessingDelaySeconds must be a number; got '1e400'.")]
    [InlineData("Slots:0:ProcessingDelaySeconds", "99999999999999", "Slots:0:ProcessingDelaySeconds must be from 0 to 3600 (seconds between the slot's pairs); got 99999999999999.")]
    [InlineData("Slots:0:Pairs:0:MarginType", "portfolio", "Slots:0:Pairs:0:MarginType 'portfolio' is not a margin type: use \"crossed\" or \"isolated\".")]
    [InlineData("Slots:0:Pairs:0:StalenessSeconds", "0", "Slots:0:Pairs:0:StalenessSeconds must be more than 0 and at most 86400 (how late the next candle may be before orders stop); got 0.")]
    [InlineData("Slots:0:Pairs:0:FillWaitSeconds", "61", "Slots:0:Pairs:0:FillWaitSeconds must be from 0 to 60 (how long a step waits for the fills its orders reported); got 61.")]
    [InlineData("Slots:0:Risk:MaxDailyLoss", "-50", "Slots:0:Risk: MaxDailyLoss must be above 0 (a loss amount); got -50.")]
    [InlineData("Slots:0:Risk:MaxPositionNotional", "a lot", "Slots:0:Risk:MaxPositionNotional must be a number; got 'a lot'.")]
    [InlineData("Slots:0:Risk:MaxConsecutiveLosses", "2.5", "Slots:0:Risk:MaxConsecutiveLosses must be a whole number from 1 to 1000; got 2.5.")]
    [InlineData("Slots:0:Risk:MaxConsecutiveLosses", "-99999999999", "Slots:0:Risk:MaxConsecutiveLosses must be a whole number from 1 to 1000; got -99999999999.")]
    [InlineData("Slots:0:Risk:CooldownMinutes", "-5", "Slots:0:Risk:CooldownMinutes must be from 0 to 43200 (30 days); got -5.")]
    public void A_bad_value_is_refused_naming_the_setting(string key, string value, string message)
    {
        var valid = new Dictionary<string, string> { ["Slots:0:Label"] = "main", ["Slots:0:Pairs:0:Symbol"] = "BTCUSDT", ["Slots:0:Pairs:0:Strategy"] = "signal" };
        valid[key] = value;
        Assert.Equal(message, Refused(valid.Select(kv => (kv.Key, kv.Value)).ToArray()));
    }

    [Fact]
    public void Risk_limits_margin_type_staleness_and_fill_wait_are_read_and_default_to_none_crossed_two_minutes_and_three_seconds()
    {
        var settings = Read(("Slots:0:Label", "main"), ("Slots:0:Risk:MaxPositionNotional", "2500"), ("Slots:0:Risk:MaxDailyLoss", "100.5"),
            ("Slots:0:Risk:MaxConsecutiveLosses", "3"), ("Slots:0:Risk:CooldownMinutes", "90"),
            ("Slots:0:Pairs:0:Symbol", "BTCUSDT"), ("Slots:0:Pairs:0:Strategy", "signal"), ("Slots:0:Pairs:0:MarginType", "Isolated"),
            ("Slots:0:Pairs:0:StalenessSeconds", "30"), ("Slots:0:Pairs:0:FillWaitSeconds", "0"),
            ("Slots:1:Label", "plain"), ("Slots:1:Pairs:0:Symbol", "ETHUSDT"), ("Slots:1:Pairs:0:Strategy", "signal"));
        var risk = settings.Slots[0].Risk;
        Assert.Equal((2500m, 100.5m, 3, TimeSpan.FromMinutes(90)), (risk.MaxPositionNotional, risk.MaxDailyLoss, risk.MaxConsecutiveLosses, risk.Cooldown));
        var pair = settings.Slots[0].Pairs[0];
        Assert.Equal((MarginType.Isolated, TimeSpan.FromSeconds(30), TimeSpan.Zero), (pair.MarginType, pair.StalenessLimit, pair.FillWait));

        var plain = settings.Slots[1];
        Assert.Equal((null, null, null), (plain.Risk.MaxPositionNotional, plain.Risk.MaxDailyLoss, plain.Risk.MaxConsecutiveLosses));
        Assert.Equal((MarginType.Crossed, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(3)), (plain.Pairs[0].MarginType, plain.Pairs[0].StalenessLimit, plain.Pairs[0].FillWait));
        Assert.Equal("Slots:0:Pairs:0:MarginType applies to futures only; remove it from the spot pair.", Refused(("Slots:0:Label", "main"),
            ("Slots:0:Pairs:0:Symbol", "BTCUSDT"), ("Slots:0:Pairs:0:Market", "spot"), ("Slots:0:Pairs:0:Strategy", "signal"), ("Slots:0:Pairs:0:MarginType", "isolated")));
    }

    [Fact]
    public void Missing_and_contradictory_settings_are_refused_with_the_fix()
    {
        Assert.Equal("Slots:0:Pairs:0:Symbol is required.", Refused(("Slots:0:Label", "main"), ("Slots:0:Pairs:0:Strategy", "signal")));
        Assert.Equal("Slot 'main' (Slots:0) has no enabled Pairs: add at least one, or remove the slot.", Refused(("Slots:0:Label", "main")));
        Assert.StartsWith("Mode is live but no Slots are configured", Refused(("Mode", "live")), StringComparison.Ordinal);
        Assert.StartsWith("Pair key 'x' is used twice", Refused(
            ("Slots:0:Label", "a"), ("Slots:0:Pairs:0:Key", "x"), ("Slots:0:Pairs:0:Symbol", "BTCUSDT"), ("Slots:0:Pairs:0:Strategy", "signal"),
            ("Slots:1:Label", "b"), ("Slots:1:Pairs:0:Key", "X"), ("Slots:1:Pairs:0:Symbol", "ETHUSDT"), ("Slots:1:Pairs:0:Strategy", "signal")), StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_prices_are_the_random_walk_unless_live_prices_are_asked_for()
    {
        Assert.Null(Read().LivePrices);
        Assert.Null(Read(("Paper:Prices", "Simulated")).LivePrices);

        var mainnet = Read(("Paper:Prices", "LIVE")).LivePrices!;
        Assert.Equal(("mainnet", TimeSpan.FromSeconds(2)), (mainnet.Source.Name, mainnet.PollInterval));
        Assert.Equal("testnet", Read(("Paper:Prices", "live"), ("Paper:Network", "Testnet")).LivePrices!.Source.Name);

        var custom = Read(("Paper:Prices", "live"), ("Paper:Network", "testnet"), ("Paper:BaseUrl", "http://127.0.0.1:5123/"), ("Paper:PollSeconds", "0.5")).LivePrices!;
        Assert.Equal(new Uri("http://127.0.0.1:5123/"), custom.Source.FuturesRestUri); // the base URL wins over the network
        Assert.Equal(new Uri("http://127.0.0.1:5123/"), custom.Source.SpotRestUri);
        Assert.Equal(TimeSpan.FromMilliseconds(500), custom.PollInterval);
    }

    [Theory]
    [InlineData("Paper:Prices", "recorded", "Paper:Prices 'recorded' is not a price source: use \"simulated\" (the default random walk), \"live\" or \"replay\" (recorded candles).")]
    [InlineData("Paper:Network", "devnet", "Paper:Network: Unknown network 'devnet': use 'mainnet' or 'testnet', or a custom base URL.")]
    [InlineData("Paper:BaseUrl", "127.0.0.1:5000", "Paper:BaseUrl '127.0.0.1:5000' is not an http(s) URL: use e.g. http://127.0.0.1:5000, or leave it out and set Paper:Network.")]
    [InlineData("Paper:PollSeconds", "0", "Paper:PollSeconds must be more than 0 and at most 60; got 0.")]
    [InlineData("Paper:PollSeconds", "often", "Paper:PollSeconds must be a number; got 'often'.")]
    public void A_bad_paper_price_setting_is_refused_naming_it(string key, string value, string message)
    {
        var settings = new Dictionary<string, string> { ["Paper:Prices"] = "live" };
        settings[key] = value;
        Assert.Equal(message, Refused(settings.Select(kv => (kv.Key, kv.Value)).ToArray()));
    }

    [Fact]
    public void The_file_in_the_data_folder_is_read_and_environment_variables_override_it()
    {
        var dir = Directory.CreateTempSubdirectory("asterbot-settings-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, RunSettings.FileName),
                """{ "Paper": { "Balance": 500 }, "Slots": [ { "Label": "p", "Pairs": [ { "Symbol": "BTCUSDT", "Strategy": "signal" } ] } ] }""");
            Environment.SetEnvironmentVariable("ASTERBOT__Paper__Balance", "750");
            var settings = RunSettings.Load(dir);
            Assert.Equal(750m, settings.PaperBalance);
            Assert.Equal("BTCUSDT", settings.Slots.Single().Pairs.Single().Symbol);

            File.WriteAllText(Path.Combine(dir, RunSettings.FileName), "{ not json");
            Assert.StartsWith("appsettings.json is not valid JSON", Assert.Throws<RunConfigException>(() => RunSettings.Load(dir)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ASTERBOT__Paper__Balance", null);
            Directory.Delete(dir, recursive: true);
        }
    }
}
