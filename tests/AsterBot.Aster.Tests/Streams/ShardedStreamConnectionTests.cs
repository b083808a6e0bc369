using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Tests.Streams;

public sealed class ShardedStreamConnectionTests : IAsyncLifetime
{
    private LoopbackStreamServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackStreamServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Streams_beyond_the_per_connection_limit_open_more_connections()
    {
        var handler = new RecordingHandler();
        var options = new StreamConnectionOptions { BaseUri = _server.BaseUri, Limits = new StreamLimits(10, 3, TimeSpan.FromHours(24)) };
        await using var sharded = new ShardedStreamConnection(options, handler);
        await sharded.SubscribeAsync(Enumerable.Range(1, 5).Select(i => $"s{i}usdt@aggTrade"));
        sharded.Start();

        var first = await _server.NextConnectionAsync();
        var second = await _server.NextConnectionAsync();
        Assert.Equal(["s1usdt@aggTrade/s2usdt@aggTrade/s3usdt@aggTrade", "s4usdt@aggTrade/s5usdt@aggTrade"],
            new[] { first, second }.Select(c => c.StreamsQuery).Order());

        var fourth = new[] { first, second }.Single(c => c.StreamsQuery.StartsWith("s4", StringComparison.Ordinal));
        var subscribeMore = sharded.SubscribeAsync(["s6usdt@aggTrade", "s7usdt@aggTrade", "s1usdt@aggTrade"]);
        await subscribeMore.WaitAsync(TestTimeouts.Default);
        var third = await _server.NextConnectionAsync();
        Assert.Equal("s7usdt@aggTrade", third.StreamsQuery);              // s6 filled the second shard's last slot
        await TestTimeouts.Until(() => fourth.Subscriptions.Contains("s6usdt@aggTrade"), "s6 on the second shard");
        Assert.Equal(3, sharded.ShardCount);

        await third.SendAsync($$"""{"stream":"s7usdt@aggTrade","data":{{DocPayloads.FuturesAggTrade}}}""");
        await first.SendAsync($$"""{"stream":"s1usdt@aggTrade","data":{{DocPayloads.FuturesAggTrade}}}""");
        await TestTimeouts.Until(() => handler.All<AggTradeEvent>().Count() == 2, "events from two shards");

        await sharded.UnsubscribeAsync(["s2usdt@aggTrade", "s7usdt@aggTrade"]);
        Assert.Equal(5, sharded.Subscriptions.Count);
    }

    [Fact]
    public void A_listen_key_connection_cannot_be_sharded()
    {
        var options = StreamConnectionOptions.Futures(_server.BaseUri) with { Combined = false, RawPath = "key" };
        Assert.Throws<ArgumentException>(() => new ShardedStreamConnection(options, new RecordingHandler()));
    }
}
