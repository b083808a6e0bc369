using AsterBot.Aster.Models;

namespace AsterBot.Aster.Tests.Filters;

public class LeverageBracketTests
{
    private static readonly SymbolLeverageBrackets Eth = new()
    {
        Symbol = "ETHUSDT",
        Brackets =
        [
            new LeverageBracket { Bracket = 1, InitialLeverage = 75, NotionalFloor = 0, NotionalCap = 10000, MaintMarginRatio = 0.0065m },
            new LeverageBracket { Bracket = 2, InitialLeverage = 50, NotionalFloor = 10000, NotionalCap = 50000, MaintMarginRatio = 0.01m },
        ],
    };

    [Theory]
    [InlineData(0, 75)]
    [InlineData(9999.99, 75)]
    [InlineData(10000, 50)]
    [InlineData(49999, 50)]
    public void Max_leverage_comes_from_the_bracket_holding_the_notional(decimal notional, int expected) =>
        Assert.Equal(expected, Eth.MaxLeverageFor(notional));

    [Fact]
    public void A_notional_beyond_every_bracket_has_no_allowed_leverage() => Assert.Null(Eth.MaxLeverageFor(50000));
}
