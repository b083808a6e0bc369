using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AsterBot.Trading.Backtest.Reports;

namespace AsterBot.Trading.Tests.Reports;

public class ReportTests
{
    private static (JsonElement Root, string Text) Json()
    {
        var result = SampleResults.TwoRoundTrips();
        using var stream = new MemoryStream();
        JsonReport.Write(stream, result, BacktestMetrics.From(result));
        var text = Encoding.UTF8.GetString(stream.ToArray());
        return (JsonDocument.Parse(text).RootElement, text);
    }

    [Fact]
    public void Json_report_has_the_issue_field_names_and_values()
    {
        var (root, _) = Json();

        Assert.Equal(10_000m, root.GetProperty("initialEquity").GetDecimal());
        Assert.Equal(10_040m, root.GetProperty("finalEquity").GetDecimal());
        Assert.Equal(0.004m, root.GetProperty("totalReturn").GetDecimal());
        Assert.Equal(2m, root.GetProperty("profitFactor").GetDecimal());
        Assert.Equal(0.5m, root.GetProperty("winRate").GetDecimal());
        Assert.Equal(10m, root.GetProperty("totalFees").GetDecimal());
        Assert.Equal(0m, root.GetProperty("funding").GetDecimal());
        foreach (var name in new[] { "annualizedReturn", "maxDrawdown", "sharpe" })
            Assert.Equal(JsonValueKind.Number, root.GetProperty(name).ValueKind);

        var trades = root.GetProperty("trades");
        Assert.Equal(4, trades.GetArrayLength());
        var second = trades[1];
        Assert.Equal(SampleResults.Start + 20 * 3_600_000, second.GetProperty("time").GetInt64());
        Assert.Equal("SELL", second.GetProperty("side").GetString());
        Assert.Equal(110.0m, second.GetProperty("price").GetDecimal());
        Assert.Equal(10.000m, second.GetProperty("qty").GetDecimal());
        Assert.Equal(2.50m, second.GetProperty("fee").GetDecimal());
        Assert.Equal(100m, second.GetProperty("pnl").GetDecimal());
        Assert.Equal("BUY", trades[0].GetProperty("side").GetString());
    }

    [Fact]
    public void Json_decimals_keep_their_exact_text_and_options_are_echoed()
    {
        var (root, text) = Json();

        Assert.Contains("\"qty\": 10.000", text);
        Assert.Contains("\"price\": 110.0,", text);
        var options = root.GetProperty("options");
        Assert.Equal("low", options.GetProperty("tier").GetString());
        Assert.Equal("5", options.GetProperty("parameters").GetProperty("fast").GetString());
        Assert.Equal(0.0004m, options.GetProperty("feeTaker").GetDecimal());
        Assert.Equal(JsonValueKind.Null, options.GetProperty("leverage").ValueKind);
        Assert.Equal("1h", root.GetProperty("interval").GetString());
        Assert.Equal(72, root.GetProperty("equityCurve").GetArrayLength());
    }

    [Fact]
    public void Html_report_is_self_contained_with_both_charts_and_every_trade_marked()
    {
        var result = SampleResults.TwoRoundTrips();
        var writer = new StringWriter();

        HtmlReport.Write(writer, result, BacktestMetrics.From(result), SampleResults.Candles());
        var html = writer.ToString();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(2, Regex.Matches(html, "<svg ").Count);
        Assert.Contains("class=\"drawdown\"", html);
        Assert.Contains("class=\"equity\"", html);
        Assert.Contains("class=\"price\"", html);
        Assert.Equal(2, Regex.Matches(html, "<path class=\"buy\"").Count);
        Assert.Equal(2, Regex.Matches(html, "<path class=\"sell\"").Count);
        Assert.Contains("0.4%", html);                     // total return card
        Assert.Contains("risk guard: max position notional 5000 reached", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public void Html_encodes_text_from_the_run()
    {
        var result = SampleResults.TwoRoundTrips() with { Blocked = ["<b>guard</b> & more"] };
        var writer = new StringWriter();

        HtmlReport.Write(writer, result, BacktestMetrics.From(result), SampleResults.Candles());

        Assert.Contains("&lt;b&gt;guard&lt;/b&gt; &amp; more", writer.ToString());
    }
}
