using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using AsterBot.Simulator.Server;
using AsterBot.Simulator.Server.Faults;
using static AsterBot.Simulator.Tests.Integration.ResultAssert;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>
/// Injected simulator faults seen through the client: 503 after execution, 5xx, server clock skew. Its own
/// simulator, since faults are server-wide; each test sets them and clears them before asserting further.
/// </summary>
public sealed class FaultIntegrationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Btc = "BTCUSDT";

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Order_that_executed_behind_a_503_is_outcome_unknown_then_found_by_client_id(ApiGeneration generation)
    {
        var client = sim.NewClient(generation);
        var mark = Ok(await client.Futures.Market.GetMarkPriceAsync(Btc)).MarkPrice;
        var clientId = $"unknown-{generation}";

        AsterResult<FuturesOrder> placed;
        sim.Server.State.Faults.Configure([new FaultRule("/fapi/*/order", FaultKind.ExecutedThen503, Method: "POST")], 1);
        try
        {
            placed = await client.Futures.Trading.PlaceOrderAsync(
                FuturesOrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, Math.Round(mark * 0.99m, 1)) with { NewClientOrderId = clientId });
        }
        finally
        {
            sim.Server.State.Faults.Configure([], 1);
        }

        var error = Fails(placed, AsterErrorKind.OutcomeUnknown);
        Assert.Equal(503, error.HttpStatus);
        var found = Ok(await client.Futures.Trading.GetOrderAsync(Btc, OrderReference.ByClientId(clientId)));
        Assert.Equal((OrderStatus.New, 0.01m), (found.Status, found.OrigQty));
    }

    [Fact]
    public async Task Server_errors_on_reads_are_server_errors_and_nothing_is_left_half_done()
    {
        var client = sim.NewClient(ApiGeneration.V3);
        sim.Server.State.Faults.Configure([new FaultRule("/fapi/v3/balance", FaultKind.ServerError, Status: 502)], 1);
        try
        {
            Assert.Equal(502, Fails(await client.Futures.Account.GetBalancesAsync(), AsterErrorKind.ServerError).HttpStatus);
        }
        finally
        {
            sim.Server.State.Faults.Configure([], 1);
        }
        Ok(await client.Futures.Account.GetBalancesAsync());
    }

    [Fact]
    public async Task V1_client_resyncs_its_server_clock_after_a_skew_and_succeeds()
    {
        var account = sim.NewAccount();
        var client = sim.Client(account, ApiGeneration.V1);
        Ok(await client.Futures.Account.GetBalancesAsync()); // measures the offset (about zero)
        Assert.InRange(client.Options.ServerClock!.Offset, TimeSpan.FromSeconds(-2), TimeSpan.FromSeconds(2));

        sim.Server.State.Clock.Skew = TimeSpan.FromSeconds(30);
        try
        {
            // The old offset puts the timestamp 30 s in the past: -1021, resync, one retry that succeeds.
            Ok(await client.Futures.Account.GetBalancesAsync());
            Assert.InRange(client.Options.ServerClock.Offset, TimeSpan.FromSeconds(28), TimeSpan.FromSeconds(32));
            Ok(await client.Spot.Account.GetAccountAsync());
        }
        finally
        {
            sim.Server.State.Clock.Skew = TimeSpan.Zero;
        }
    }
}

/// <summary>A simulator with a tiny weight budget, so a few calls reach 429 and then the 418 ban.</summary>
public sealed class TightLimitsFixture : SimulatorFixture
{
    protected override SimulatorOptions Configure(SimulatorOptions options) => options with { FuturesWeightPerMinute = 30, BanAfterRejections = 2 };
}

public sealed class RateLimitIntegrationTests(TightLimitsFixture sim) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task Past_the_weight_limit_the_server_answers_429_then_bans_with_418()
    {
        var account = sim.NewAccount();
        var client = sim.Client(account, ApiGeneration.V1, clientIp: "10.20.0.1");
        AsterError? limited = null;
        for (var i = 0; i < 20 && limited is null; i++)
            limited = (await client.Futures.Account.GetBalancesAsync()).Error;
        Assert.NotNull(limited);
        Assert.Equal((AsterErrorKind.RateLimited, 429, -1003), (limited.Kind, limited.HttpStatus, limited.Code));

        // A client that keeps going (fresh local gates, same IP) gets banned.
        AsterError? banned = null;
        for (var i = 0; i < 10 && banned?.Kind != AsterErrorKind.Banned; i++)
            banned = (await sim.Client(account, ApiGeneration.V1, clientIp: "10.20.0.1").Futures.Account.GetBalancesAsync()).Error;
        Assert.Equal((AsterErrorKind.Banned, 418), (banned!.Kind, banned.HttpStatus));

        // Another IP is unaffected.
        Ok(await sim.Client(account, ApiGeneration.V1, clientIp: "10.20.0.2").Futures.Account.GetBalancesAsync());
    }
}
