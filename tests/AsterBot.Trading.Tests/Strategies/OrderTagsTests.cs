using System.Text.RegularExpressions;
using AsterBot.Aster.Models;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Tests.Strategies;

public sealed class OrderTagsTests
{
    [Fact]
    public void Tags_never_repeat_across_labels_that_share_a_prefix_and_differ_between_runs()
    {
        var context = new StrategyContext("BTCUSDT", Market.Futures, StrategyHarness.Filters(Market.Futures), KlineInterval.OneMinute,
            new StrategyParameters(new Dictionary<string, decimal>(), new Dictionary<string, string>())) { Now = 1_700_000_000_000 };
        var tags = new OrderTags();
        var seen = new HashSet<string>();
        for (var i = 0; i < 200; i++)
        {
            Assert.True(seen.Add(tags.Next("d1", context)));
            Assert.True(seen.Add(tags.Next("d12", context)));
        }
        Assert.All(seen, tag => Assert.Matches(new Regex("^[.A-Za-z0-9:/_-]{1,20}$"), tag)); // fits Aster's client id alphabet with room for the pair key

        context.Now += 1_000; // a restart later: a new instance, a new stamp
        Assert.DoesNotContain(new OrderTags().Next("d1", context), seen);
    }
}
