using AsterBot.Aster.Models;
using AsterBot.Aster.Rest;

namespace AsterBot.Aster.Tests.Rest;

public class RequestParametersTests
{
    [Fact]
    public void Decimals_are_sent_exactly_as_given_never_in_exponent_form()
    {
        var text = new RequestParameters().Add("a", 1.10m).Add("b", 0.00000001m).Add("c", 123456789012345678901234m).Add("d", -0.5m).ToString();

        Assert.Equal("a=1.10&b=0.00000001&c=123456789012345678901234&d=-0.5", text);
    }

    [Fact]
    public void Nulls_are_skipped_enums_use_wire_names_and_text_is_escaped()
    {
        var text = new RequestParameters()
            .Add("symbol", "BTCUSDT").Add("price", (decimal?)null).Add("type", (OrderType?)OrderType.TakeProfitMarket)
            .Add("reduceOnly", true).Add("list", "[\"a b\",\"c\"]").ToString();

        Assert.Equal("symbol=BTCUSDT&type=TAKE_PROFIT_MARKET&reduceOnly=true&list=%5B%22a%20b%22%2C%22c%22%5D", text);
    }
}
