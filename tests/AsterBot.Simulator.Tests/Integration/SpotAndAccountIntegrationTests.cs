using AsterBot.Aster.Errors;
using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;
using AsterBot.Aster.Rest.Requests;
using AsterBot.Simulator.Server.Admin;
using static AsterBot.Simulator.Tests.Integration.ResultAssert;

namespace AsterBot.Simulator.Tests.Integration;

/// <summary>Spot trading, spot↔futures transfers, agents and credential/permission failures, V1 and V3.</summary>
public sealed class SpotAndAccountIntegrationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Btc = "BTCUSDT";

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Spot_limit_and_market_orders_lock_and_move_balances_as_the_engine_says(ApiGeneration generation)
    {
        var account = sim.NewAccount();
        var client = sim.Client(account, generation);
        var spot = client.Spot.Trading;
        var filters = SymbolFilters.Find(Ok(await client.Spot.Market.GetExchangeInfoAsync()), Btc)!;
        var bid = Ok(await client.Spot.Market.GetBookTickerAsync(Btc)).BidPrice;

        var limit = Ok(filters.Prepare(SpotOrderRequest.Limit(Btc, OrderSide.Buy, 0.0100009m, bid * 0.95m) with { NewClientOrderId = $"spot-{generation}" }, bid));
        var placed = Ok(await spot.PlaceOrderAsync(limit));
        Assert.Equal((OrderStatus.New, 0.01m), (placed.Status, placed.OrigQty));
        var locked = Assert.Single(Ok(await client.Spot.Account.GetAccountAsync()).Balances, b => b.Asset == "USDT");
        Assert.Equal((10_000m - limit.Price!.Value * 0.01m, limit.Price.Value * 0.01m), (locked.Free, locked.Locked));

        Assert.Single(Ok(await spot.GetOpenOrdersAsync(Btc)));
        Assert.Equal(placed.OrderId, Ok(await spot.GetOpenOrderAsync(Btc, OrderReference.ByClientId($"spot-{generation}"))).OrderId);
        Assert.Equal(OrderStatus.New, Ok(await spot.GetOrderAsync(Btc, placed.OrderId)).Status);
        Assert.Equal(OrderStatus.Canceled, Ok(await spot.CancelOrderAsync(Btc, OrderReference.ByClientId($"spot-{generation}"))).Status);
        Fails(await spot.CancelOrderAsync(Btc, placed.OrderId), AsterErrorKind.UnknownOrder);

        var bought = Ok(await spot.PlaceOrderAsync(SpotOrderRequest.Market(Btc, OrderSide.Buy, 0.002m)));
        Assert.Equal(OrderStatus.Filled, Ok(await spot.GetOrderAsync(Btc, bought.OrderId)).Status);
        var trades = Ok(await spot.GetUserTradesAsync(Btc));
        Assert.Equal(0.002m, trades.Sum(t => t.Qty));
        Assert.All(trades, t => Assert.Equal("BTC", t.CommissionAsset)); // commission in the asset received
        var balances = Ok(await client.Spot.Account.GetAccountAsync()).Balances;
        var engine = sim.Server.State.Engine.GetSpotAccount(account.Id).Value.Balances;
        foreach (var asset in new[] { "USDT", "BTC" })
            Assert.Equal(engine.Single(b => b.Asset == asset).Free, balances.Single(b => b.Asset == asset).Free);
        Assert.Equal(0.002m - trades.Sum(t => t.Commission), balances.Single(b => b.Asset == "BTC").Free);

        Ok(await spot.PlaceOrderAsync(limit with { NewClientOrderId = null }));
        Ok(await spot.CancelAllOrdersAsync(Btc));
        Assert.Empty(Ok(await spot.GetOpenOrdersAsync(Btc)));
        Assert.Equal(3, Ok(await spot.GetOrdersAsync(Btc)).Count);
        Assert.NotEmpty(Ok(await client.Spot.Account.GetTransactionHistoryAsync()));
        Assert.Equal(Btc, Ok(await client.Spot.Account.GetCommissionRateAsync(Btc)).Symbol);

        Fails(await spot.PlaceOrderAsync(filters.Prepare(SpotOrderRequest.Limit(Btc, OrderSide.Buy, 0.2m, bid * 0.99m), bid).Data!), AsterErrorKind.InsufficientBalance, -2018);
    }

    [Theory]
    [InlineData(ApiGeneration.V1)]
    [InlineData(ApiGeneration.V3)]
    public async Task Transfers_move_funds_between_spot_and_futures(ApiGeneration generation)
    {
        var client = sim.Client(sim.NewAccount(futuresUsdt: 1_000m, spotUsdt: 500m), generation);

        var toSpot = Ok(await client.Futures.Account.TransferAsync("USDT", 100m, TransferDirection.FutureSpot, $"t1-{generation}"));
        Assert.True(toSpot.TranId > 0);
        Ok(await client.Spot.Account.TransferAsync("USDT", 40m, TransferDirection.SpotFuture, $"t2-{generation}"));

        Assert.Equal(940m, Assert.Single(Ok(await client.Futures.Account.GetBalancesAsync()), b => b.Asset == "USDT").Balance);
        Assert.Equal(560m, Assert.Single(Ok(await client.Spot.Account.GetAccountAsync()).Balances, b => b.Asset == "USDT").Free);
        Assert.Contains(Ok(await client.Futures.Account.GetIncomeAsync(incomeType: IncomeType.Transfer)), i => i.Income == -100m);
        Fails(await client.Futures.Account.TransferAsync("USDT", 5_000m, TransferDirection.FutureSpot, $"t3-{generation}"), AsterErrorKind.InsufficientBalance);
    }

    [Fact]
    public async Task V3_client_sees_its_agents_permissions_and_whitelist_and_builders()
    {
        var account = sim.NewAccount(agent: new AgentSeed("", "bot-7", CanSpotTrade: false, IpWhitelist: "10.1.2.3 10.1.2.4"));
        var client = sim.Client(account, ApiGeneration.V3, clientIp: "10.1.2.3");

        var agent = Assert.Single(Ok(await client.Futures.Account.GetAgentsAsync()));
        Assert.Equal(account.Agent.Address.ToString(), agent.AgentAddress, ignoreCase: true);
        Assert.Equal("bot-7", agent.AgentName);
        Assert.Equal((true, true, false, false), (agent.CanRead, agent.CanPerpTrade, agent.CanSpotTrade, agent.CanWithdraw));
        Assert.Equal(["10.1.2.3", "10.1.2.4"], agent.IpAddresses);
        Assert.Empty(Ok(await client.Futures.Account.GetBuildersAsync()));
        Ok(await client.Futures.Trading.NoopAsync());
        Ok(await client.Spot.Trading.NoopAsync());

        // The whitelist and the permissions are enforced: -2015 covers "API-key, IP, or permissions" (API.md §8).
        Fails(await sim.Client(account, ApiGeneration.V3, clientIp: "10.9.9.9").Futures.Account.GetBalancesAsync(), AsterErrorKind.BadApiKey, -2015);
        Fails(await client.Spot.Trading.PlaceOrderAsync(SpotOrderRequest.Market(Btc, OrderSide.Buy, 0.001m)), AsterErrorKind.BadApiKey, -2015);
        Fails(await sim.NewClient(ApiGeneration.V1).Futures.Account.GetAgentsAsync(), AsterErrorKind.InvalidRequest);
    }

    [Fact]
    public async Task A_wallet_may_sign_for_itself_without_an_agent()
    {
        var account = sim.NewAccount();
        using var self = new AsterClient(sim.BaseOptions().WithV3Credentials(account.Wallet.Address, account.Wallet.Address, account.Wallet));
        Assert.Equal(10_000m, Assert.Single(Ok(await self.Futures.Account.GetBalancesAsync()), b => b.Asset == "USDT").Balance);
        Ok(await self.Spot.Trading.PlaceOrderAsync(SpotOrderRequest.Market(Btc, OrderSide.Buy, 0.001m)));
    }

    [Fact]
    public async Task Wrong_secrets_unknown_signers_and_whitelisted_keys_are_refused()
    {
        var account = sim.NewAccount(apiKeyIpWhitelist: "10.5.5.5");
        using var wrongSecret = new AsterClient(sim.BaseOptions("10.5.5.5").WithV1Credentials(account.ApiKey, new string('f', 64)));
        Fails(await wrongSecret.Futures.Account.GetBalancesAsync(), AsterErrorKind.BadSignature, -1022);
        using var unknownKey = new AsterClient(sim.BaseOptions("10.5.5.5").WithV1Credentials(new string('a', 64), account.ApiSecret));
        Fails(await unknownKey.Futures.Account.GetBalancesAsync(), AsterErrorKind.BadApiKey, -2015);

        Ok(await sim.Client(account, ApiGeneration.V1, clientIp: "10.5.5.5").Futures.Account.GetBalancesAsync());
        Fails(await sim.Client(account, ApiGeneration.V1, clientIp: "10.6.6.6").Futures.Account.GetBalancesAsync(), AsterErrorKind.BadApiKey, -2015);

        // A V3 signer the account never approved.
        using var stranger = Chain.Crypto.PrivateKey.Generate();
        using var unapproved = new AsterClient(sim.BaseOptions().WithV3Credentials(account.Wallet.Address, stranger.Address, stranger));
        Fails(await unapproved.Futures.Account.GetBalancesAsync(), AsterErrorKind.BadApiKey, -2015);
    }
}
