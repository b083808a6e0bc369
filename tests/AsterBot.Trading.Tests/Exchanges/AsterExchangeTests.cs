using AsterBot.Testing;
using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Simulator.Server.Faults;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Tests.Exchanges;

/// <summary>What only the live exchange has: error codes that must not be mistaken, and the stream's recovery.</summary>
public sealed class AsterExchangeTests(SimulatorServerFixture fixture) : IClassFixture<SimulatorServerFixture>
{
    [Fact]
    public async Task A_failed_order_lookup_stays_an_error_and_is_never_read_as_not_found()
    {
        await using var h = await fixture.StartAsync(Market.Futures, TimeSpan.FromSeconds(20));
        fixture.Server.State.Faults.Configure([new FaultRule("/fapi/v1/order", FaultKind.ServerError, Status: 500, Method: "GET")], seed: 1);
        try
        {
            var result = await h.Exchange.FindOrderAsync("BTCUSDT", "never-placed-1");
            Assert.False(result.IsSuccess, "a server failure says nothing about whether the order exists");
            Assert.Equal(AsterErrorKind.ServerError, result.Error!.Kind);
        }
        finally
        {
            fixture.Server.State.Faults.Configure([], seed: 1);
        }
    }

    [Fact]
    public async Task A_dropped_user_data_stream_reconnects_and_asks_for_reconciliation()
    {
        await using var h = await fixture.StartAsync(Market.Futures, TimeSpan.FromSeconds(20));
        var missed = 0;
        h.Aster.EventsMayHaveBeenMissed += () => Interlocked.Increment(ref missed);
        fixture.Server.State.Hub.DropAll();
        // The reconnect waits a backoff delay on the exchange's (manual) clock: move it until the socket is back.
        await Eventually.WaitUntilAsync(() =>
        {
            fixture.Clock.Advance(TimeSpan.FromMilliseconds(500));
            return Volatile.Read(ref missed) > 0 && h.Aster.IsStreamConnected;
        }, "the stream to reconnect");

        // And fills flow again on the new socket.
        h.SetPrice("BTCUSDT", 50_000m);
        var placed = await h.Exchange.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0.01m, "after-drop-1"));
        Assert.True(placed.IsSuccess, placed.ToString());
        ExchangeUpdate update = null!;
        await Eventually.WaitUntilAsync(() => h.Exchange.TryTakeUpdate(out update) && update.Fill is not null, "a fill after the reconnect");
        Assert.Equal("after-drop-1", update.Fill!.ClientOrderId);
    }

    [Fact]
    public async Task Exchanges_sharing_an_account_stream_each_get_every_update_and_one_leaving_stops_none_of_the_others()
    {
        await using var h = await fixture.StartAsync(Market.Futures, TimeSpan.FromSeconds(20));
        h.SetPrice("BTCUSDT", 50_000m);
        await using var stream = new AccountUpdateStream(h.Client, Market.Futures, fixture.Clock);
        await stream.StartAsync();
        await Eventually.WaitUntilAsync(() => stream.IsConnected, "the shared stream to connect");
        var first = new AsterExchange(stream);
        await using var second = new AsterExchange(stream);
        Assert.True(second.IsStreamConnected);

        Assert.True((await first.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0.01m, "shared-1"))).IsSuccess);
        await FillArrives(first, "shared-1");
        await FillArrives(second, "shared-1"); // each pair drains its own queue and keeps what is its own

        await first.DisposeAsync(); // a pair leaving detaches; the account's stream and key stay
        Assert.True((await second.PlaceOrderAsync(new OrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Market, 0.01m, "shared-2") { ReduceOnly = true })).IsSuccess);
        await FillArrives(second, "shared-2");
        Assert.False(first.TryTakeUpdate(out _), "a detached exchange gets nothing more");
    }

    private static Task FillArrives(IExchange exchange, string clientOrderId) =>
        Eventually.WaitUntilAsync(() => exchange.TryTakeUpdate(out var update) && update.Fill?.ClientOrderId == clientOrderId, $"the fill of {clientOrderId}");

    [Fact]
    public async Task An_unlisted_symbol_is_named_with_the_market_in_the_error()
    {
        await using var h = await fixture.StartAsync(Market.Spot, TimeSpan.FromSeconds(20));
        var result = await h.Exchange.GetSymbolAsync("NOPEUSDT");
        Assert.Equal("Symbol 'NOPEUSDT' is not listed on Aster spot; check the spelling (e.g. BTCUSDT) and the market.", result.Error?.Message);
    }

    [Fact]
    public void A_client_without_credentials_is_refused_with_the_reason()
    {
        using var client = new AsterClient(new AsterClientOptions { Environment = fixture.Server.Environment });
        var refused = Assert.Throws<ArgumentException>(() => new AsterExchange(client, Market.Futures));
        Assert.Contains("credentials", refused.Message, StringComparison.Ordinal);
    }
}
