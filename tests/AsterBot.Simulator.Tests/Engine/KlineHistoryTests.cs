using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;

namespace AsterBot.Simulator.Tests.Engine;

/// <summary>EngineOptions.KlineHistoryMinutes bounds the 1m candles a symbol keeps; the newest ones stay, oldest first.</summary>
public sealed class KlineHistoryTests
{
    [Fact]
    public void Only_the_newest_minutes_up_to_the_history_are_kept()
    {
        var f = new EngineFixture(EngineFixture.DefaultOptions with { KlineHistoryMinutes = 3 });
        for (var minute = 0; minute < 6; minute++)
        {
            Assert.True(f.Engine.SetPrice(Market.Futures, "BTCUSDT", 100_000m + minute).IsSuccess);
            f.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var klines = f.Engine.GetKlines(Market.Futures, "BTCUSDT", TimeSpan.FromMinutes(1)).Value;
        Assert.Equal([100_003m, 100_004m, 100_005m], klines.Select(k => k.Close));
        Assert.Equal(EngineFixture.Start.AddMinutes(5).ToUnixTimeMilliseconds(), klines[^1].OpenTime);
    }

    [Fact]
    public void A_history_shorter_than_two_minutes_is_refused_naming_the_option()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EngineFixture(EngineFixture.DefaultOptions with { KlineHistoryMinutes = 1 }));
        Assert.Contains("KlineHistoryMinutes", error.Message);
    }
}
