using System.Text.Json;
using AsterBot.Aster.Json;
using AsterBot.Aster.Models;

namespace AsterBot.Aster.Tests.Json;

/// <summary>Real production payloads (TestData/captures) parse completely in strict mode: no unmapped field, no unknown enum.</summary>
public class CaptureParsingTests
{
    private static byte[] Capture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "captures", name));

    [Fact]
    public void Futures_exchange_info_parses_all_290_symbols_with_exact_filter_text()
    {
        var info = JsonSerializer.Deserialize(Capture("futures-exchangeInfo.json"), AsterJson.Strict.FuturesExchangeInfo)!;

        Assert.Equal(290, info.Symbols.Count);
        Assert.Equal(32, info.Assets.Count);
        Assert.Equal(3, info.RateLimits.Count);
        var weight = info.RateLimits.Single(r => r.RateLimitType == RateLimitType.RequestWeight);
        Assert.Equal((2400, TimeSpan.FromMinutes(1)), (weight.Limit, weight.Window));
        var aster = info.Symbols.Single(s => s.Symbol == "ASTERUSDT");
        Assert.Equal(SymbolStatus.Trading, aster.Status);
        Assert.Contains(TimeInForce.Rpi, aster.TimeInForce);
        Assert.Contains(OrderType.TrailingStopMarket, aster.OrderTypes);
        var price = aster.Filters.Single(f => f.FilterType == FilterType.PriceFilter);
        Assert.Equal("0.00010", price.TickSize!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var percent = aster.Filters.Single(f => f.FilterType == FilterType.PercentPrice);
        Assert.Equal((1.0500m, 0.9500m, 1.0300m, 4), (percent.MultiplierUp!.Value, percent.MultiplierDown!.Value, percent.LtMultiplierUp!.Value, percent.MultiplierDecimal!.Value));
        Assert.Equal(-10000m, info.Assets.Single(a => a.Asset == "USDT").AutoAssetExchange);
    }

    [Fact]
    public void Spot_exchange_info_parses_every_symbol_and_filter()
    {
        var info = JsonSerializer.Deserialize(Capture("spot-exchangeInfo.json"), AsterJson.Strict.SpotExchangeInfo)!;

        Assert.Equal(46, info.Symbols.Count);
        Assert.Equal(6000, info.RateLimits.Single(r => r.RateLimitType == RateLimitType.RequestWeight).Limit);
        var test = info.Symbols.Single(s => s.Symbol == "TESTUSDT");
        var notional = test.Filters.Single(f => f.FilterType == FilterType.Notional);
        Assert.Equal((5m, 5, true), (notional.MinNotional!.Value, notional.AvgPriceMins!.Value, notional.ApplyMinToMarket!.Value));
        Assert.Contains(info.Symbols, s => s.Filters.Any(f => f.FilterType == FilterType.MaxNotional));
        Assert.Contains(info.Symbols, s => s.Filters.Any(f => f.FilterType == FilterType.PercentPriceBySide));
    }

    [Fact]
    public void Futures_account_v4_parses_all_assets_and_positions()
    {
        var account = JsonSerializer.Deserialize(Capture("futures-account-v4.json"), AsterJson.Strict.FuturesAccount)!;

        Assert.Equal(32, account.Assets.Count);
        Assert.Equal(386, account.Positions.Count);
        Assert.Equal(35.0112029814204m, account.TotalWalletBalance);
        Assert.Equal(5373.90453166m, account.Assets.Single(a => a.Asset == "CDL").AvailableBalance);
        Assert.All(account.Positions, p => Assert.False(string.IsNullOrEmpty(p.Symbol)));
    }
}
