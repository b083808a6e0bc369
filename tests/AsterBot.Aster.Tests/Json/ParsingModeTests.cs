using System.Text.Json;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Tests.Json;

public class ParsingModeTests
{
    private const string Ticker = """{"symbol":"BTCUSDT","price":"6000.01","time":1589437530011}""";

    [Fact]
    public void Strict_mode_fails_on_an_unmapped_field_and_lenient_mode_ignores_it()
    {
        const string withNewField = """{"symbol":"BTCUSDT","price":"6000.01","time":1589437530011,"newField":1}""";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(withNewField, AsterJson.Strict.PriceTicker));
        Assert.Contains("newField", ex.Message);
        Assert.Equal(6000.01m, JsonSerializer.Deserialize(withNewField, AsterJson.Lenient.PriceTicker)!.Price);
    }

    [Fact]
    public void Unknown_capability_in_a_list_fails_strict_and_is_skipped_leniently()
    {
        const string symbol = """{"symbol":"X","status":"TRADING","baseAsset":"X","quoteAsset":"USDT","pricePrecision":2,"quantityPrecision":2,"baseAssetPrecision":8,"quotePrecision":8,"listingTime":1,"baseAssetAddress":null,"ocoAllowed":false,"filters":[],"orderTypes":["LIMIT","ICEBERG"],"timeInForce":["GTC"]}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(symbol, AsterJson.Strict.SpotExchangeInfo.Options.GetTypeInfo(typeof(SpotSymbol))));
        var lenient = (SpotSymbol)JsonSerializer.Deserialize(symbol, AsterJson.Lenient.SpotExchangeInfo.Options.GetTypeInfo(typeof(SpotSymbol)))!;
        Assert.Equal([OrderType.Limit], lenient.OrderTypes);
    }

    [Fact]
    public void Unknown_order_status_is_an_error_in_both_modes_never_a_silent_default()
    {
        var order = """{"symbol":"ETHUSDT","orderId":1,"clientOrderId":"a","price":"1","avgPrice":"0","origQty":"1","executedQty":"0","cumQty":"0","cumQuote":"0","status":"PENDING_NEW","timeInForce":"GTC","type":"LIMIT","origType":"LIMIT","side":"BUY","stopPrice":"0","updateTime":1}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(order, AsterJson.Strict.SpotOrder));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(order, AsterJson.Lenient.SpotOrder));
    }

    [Fact]
    public void Numbers_as_strings_booleans_as_strings_and_exact_decimal_text_are_read()
    {
        const string position = """{"entryPrice":"0.00000","marginType":"cross","isAutoAddMargin":"false","isolatedMargin":"0.00000000","leverage":"10","liquidationPrice":"0","markPrice":"6679.50671178","maxNotionalValue":"20000000","positionAmt":"-0.010","symbol":"BTCUSDT","unRealizedProfit":"0.00000000","positionSide":"BOTH","updateTime":"1625474304765"}""";

        var p = JsonSerializer.Deserialize(position, AsterJson.Strict.IReadOnlyListPositionRisk.Options.GetTypeInfo(typeof(PositionRisk))) as PositionRisk;

        Assert.NotNull(p);
        Assert.Equal(MarginType.Crossed, p.MarginType);
        Assert.False(p.IsAutoAddMargin);
        Assert.Equal(10, p.Leverage);
        Assert.Equal(1625474304765, p.UpdateTime);
        Assert.Equal("-0.010", p.PositionAmt.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Spot_account_update_time_in_nanoseconds_fits()
    {
        const string account = """{"feeTier":"0","canTrade":true,"canDeposit":true,"canWithdraw":true,"canBurnAsset":true,"updateTime":"1767810156430279925","balances":[]}""";

        Assert.Equal(1767810156430279925, JsonSerializer.Deserialize(account, AsterJson.Strict.SpotAccount)!.UpdateTime);
    }

    [Theory]
    [InlineData("""{"code":200,"msg":"success"}""")]
    [InlineData("""{"code":"200","msg":"The operation of cancel all open order is done."}""")]
    public void Acknowledgements_parse_with_numeric_or_string_codes(string body) =>
        Assert.Equal(200, JsonSerializer.Deserialize(body, AsterJson.Strict.Acknowledgement)!.Code);

    [Fact]
    public void Klines_accept_11_and_12_columns_and_reject_13()
    {
        var futures = JsonSerializer.Deserialize("""[[1,"1.0","2","0.5","1.5","10",2,"15",3,"4","6","0"]]""", AsterJson.Strict.IReadOnlyListKline)!;
        var spot = JsonSerializer.Deserialize("""[[1,"1.0","2","0.5","1.5","10",2,"15",3,"4","6"]]""", AsterJson.Strict.IReadOnlyListKline)!;

        Assert.Equal(futures[0], spot[0]);
        Assert.Equal(1.0m, spot[0].Open);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""[[1,"1.0","2","0.5","1.5","10",2,"15",3,"4","6","0","x"]]""", AsterJson.Strict.IReadOnlyListKline));
    }

    [Fact]
    public void Agent_ip_whitelists_split_on_the_separators_aster_uses()
    {
        var agents = JsonSerializer.Deserialize("""[{"agentAddress":"0x2610D3935A008036AF0AE12D014C8904b75fC5E9","agentName":"bot","ipWhitelist":"203.0.113.7, 198.51.100.0/24 192.0.2.1","expired":1867945395040,"source":"builder","canRead":true,"canSpotTrade":false,"canPerpTrade":true,"canWithdraw":false}]""",
            AsterJson.Strict.IReadOnlyListAgentInfo)!;

        Assert.Equal(["203.0.113.7", "198.51.100.0/24", "192.0.2.1"], agents[0].IpAddresses);
        Assert.Equal((true, false, false), (agents[0].CanPerpTrade, agents[0].CanSpotTrade, agents[0].CanWithdraw));
    }
}
