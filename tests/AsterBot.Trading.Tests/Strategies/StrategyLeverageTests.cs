namespace AsterBot.Trading.Tests.Strategies;

/// <summary>
/// Strategies that rest opening orders (grids, DCA) set their leverage on the exchange before the first one, like the
/// target-based strategies do: a position never runs at whatever leverage the account happened to have (Aster's 20x).
/// </summary>
public sealed class StrategyLeverageTests
{
    [Theory]
    [InlineData("futures-grid", "3")]
    [InlineData("grid", "1")]
    [InlineData("dca", "5")]
    public async Task The_leverage_parameter_is_set_on_the_exchange_before_the_first_opening_order(string strategy, string leverage)
    {
        using var f = new TradingFixture();
        var parameters = new Dictionary<string, string>();
        if (strategy != "grid") parameters["leverage"] = leverage; // grid: the default, 1
        var trader = await f.StartedTrader(strategy, parameters);
        Assert.Equal(20, f.Engine.GetPositions(f.AccountId, TradingFixture.Symbol).Value.Single().Leverage); // Aster's default before

        f.CloseCandle(trader, 100_000m);
        await trader.ExecutePendingAsync(CancellationToken.None);

        Assert.NotEmpty(f.AllOrders());
        Assert.Equal(int.Parse(leverage), f.Engine.GetPositions(f.AccountId, TradingFixture.Symbol).Value.Single().Leverage);
    }
}
