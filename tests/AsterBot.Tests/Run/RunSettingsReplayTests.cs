using AsterBot.Run;
using Microsoft.Extensions.Configuration;

namespace AsterBot.Tests.Run;

/// <summary>Paper:Prices = replay: the files per symbol, the speed, the start, and the errors naming the key to set.</summary>
public class RunSettingsReplayTests
{
    private static readonly (string, string)[] TwoPairs =
    [
        ("Paper:Prices", "replay"), ("Slots:0:Label", "r"),
        ("Slots:0:Pairs:0:Key", "b"), ("Slots:0:Pairs:0:Symbol", "btcusdt"), ("Slots:0:Pairs:0:Strategy", "ema-cross"),
        ("Slots:0:Pairs:1:Key", "e"), ("Slots:0:Pairs:1:Symbol", "ETHUSDT"), ("Slots:0:Pairs:1:Strategy", "signal"),
    ];

    private static RunSettings Read(params (string Key, string Value)[] values) =>
        RunSettings.From(new ConfigurationBuilder().AddInMemoryCollection(TwoPairs.Concat(values).Select(v => new KeyValuePair<string, string?>(v.Item1, v.Item2))).Build());

    private static string Refused(params (string Key, string Value)[] values) => Assert.Throws<RunConfigException>(() => Read(values)).Message;

    [Fact]
    public void Each_symbol_gets_its_file_and_the_speed_defaults_to_a_1m_candle_a_second()
    {
        var replay = Read(("Paper:Replay:BTCUSDT", "data/btc.csv"), ("Paper:Replay:ethusdt", "/tmp/eth.csv")).Replay!;
        Assert.Equal(Path.GetFullPath("data/btc.csv"), replay.Files["BTCUSDT"]); // relative to the working directory
        Assert.Equal("/tmp/eth.csv", replay.Files["ETHUSDT"]);
        Assert.Equal(60m, replay.Speed);
        Assert.Null(replay.From);
        Assert.Null(Read(("Paper:Replay:BTCUSDT", "b.csv"), ("Paper:Replay:ETHUSDT", "e.csv")).LivePrices);
    }

    [Fact]
    public void Speed_and_start_are_read_as_numbers_and_iso_or_epoch_times()
    {
        (string, string)[] files = [("Paper:Replay:BTCUSDT", "b.csv"), ("Paper:Replay:ETHUSDT", "e.csv")];
        var iso = Read([.. files, ("Paper:ReplaySpeed", "6000"), ("Paper:ReplayFrom", "2026-01-01T00:10Z")]).Replay!;
        Assert.Equal((6000m, 1_767_226_200_000L), (iso.Speed, iso.From!.Value));
        Assert.Equal(1_767_225_600_000L, Read([.. files, ("Paper:ReplayFrom", "1767225600000")]).Replay!.From);
    }

    [Theory]
    [InlineData("Paper:ReplaySpeed", "0.5", "Paper:ReplaySpeed must be from 1 to 100000 replayed seconds per real second (60 = one 1m candle a second); got 0.5.")]
    [InlineData("Paper:ReplaySpeed", "100001", "Paper:ReplaySpeed must be from 1 to 100000 replayed seconds per real second (60 = one 1m candle a second); got 100001.")]
    [InlineData("Paper:ReplaySpeed", "fast", "Paper:ReplaySpeed must be a number; got 'fast'.")]
    [InlineData("Paper:ReplayFrom", "yesterday", "Paper:ReplayFrom must be an ISO date or time (2025-01-31, 2025-01-31T12:00Z) or epoch milliseconds; got 'yesterday'.")]
    public void A_bad_replay_setting_is_refused_naming_it(string key, string value, string message) =>
        Assert.Equal(message, Refused(("Paper:Replay:BTCUSDT", "b.csv"), ("Paper:Replay:ETHUSDT", "e.csv"), (key, value)));

    [Fact]
    public void A_traded_symbol_without_a_file_is_refused_naming_the_key_to_set()
    {
        Assert.StartsWith("Paper:Prices is replay but ETHUSDT has no candle file: set Paper:Replay:ETHUSDT to a klines CSV",
            Refused(("Paper:Replay:BTCUSDT", "b.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_of_one_replayed_symbol_must_share_the_file_interval()
    {
        Assert.Equal("Pairs on BTCUSDT use the intervals 1m and 5m, but a replayed symbol has one file: give its pairs the file's interval.",
            Refused(("Paper:Replay:BTCUSDT", "b.csv"), ("Paper:Replay:ETHUSDT", "e.csv"),
                ("Slots:1:Label", "other"), ("Slots:1:Pairs:0:Key", "b5"), ("Slots:1:Pairs:0:Symbol", "BTCUSDT"), ("Slots:1:Pairs:0:Interval", "5m"),
                ("Slots:1:Pairs:0:Strategy", "signal")));
    }
}
