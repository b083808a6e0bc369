using System.Text.Json;

namespace AsterBot.Trading.Backtest.Reports;

/// <summary>
/// The machine-readable report: the field names (<c>trades</c> with <c>time</c>/<c>side</c>/<c>price</c>/<c>qty</c>/
/// <c>fee</c>/<c>pnl</c>, <c>initialEquity</c>, <c>finalEquity</c>, …), the options echoed, and the equity curves. Decimals are
/// JSON numbers written with their exact text; times are Unix milliseconds.
/// </summary>
public static class JsonReport
{
    public static void Write(Stream stream, BacktestResult result, BacktestMetrics metrics)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var options = result.Options;
        json.WriteStartObject();
        json.WriteString("strategy", options.Strategy);
        json.WriteString("symbol", options.Symbol);
        json.WriteString("interval", options.Interval.Text);
        json.WriteString("market", options.Market.ToString().ToLowerInvariant());
        WriteOptions(json, options);
        json.WriteNumber("firstCandleTime", result.FirstCandleTime);
        json.WriteNumber("lastCandleTime", result.LastCandleTime);
        json.WriteNumber("candles", result.Candles);
        json.WriteNumber("initialEquity", result.InitialEquity);
        json.WriteNumber("finalEquity", result.FinalEquity);
        json.WriteNumber("totalReturn", metrics.TotalReturn);
        Nullable(json, "annualizedReturn", metrics.AnnualizedReturn);
        json.WriteNumber("maxDrawdown", metrics.MaxDrawdown);
        json.WriteNumber("winRate", metrics.WinRate);
        Nullable(json, "profitFactor", metrics.ProfitFactor);
        json.WriteNumber("sharpe", metrics.Sharpe);
        json.WriteNumber("totalFees", metrics.TotalFees);
        json.WriteNumber("funding", metrics.Funding);
        json.WriteNumber("realizedPnl", result.RealizedPnl);
        json.WriteNumber("unrealizedPnl", result.UnrealizedPnl);
        json.WriteNumber("tradeCount", metrics.TradeCount);
        json.WriteNumber("closingTrades", metrics.ClosingTrades);
        json.WriteNumber("elapsedDays", metrics.ElapsedDays);

        json.WriteStartArray("trades");
        foreach (var trade in result.Trades)
        {
            json.WriteStartObject();
            json.WriteNumber("time", trade.Time);
            json.WriteString("side", trade.Side.ToString().ToUpperInvariant());
            json.WriteNumber("price", trade.Price);
            json.WriteNumber("qty", trade.Quantity);
            json.WriteNumber("fee", trade.Fee);
            json.WriteNumber("pnl", trade.Pnl);
            json.WriteString("reason", trade.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteNumber("missingCandles", result.MissingCandles);
        json.WriteStartArray("gaps");
        foreach (var gap in result.Gaps)
        {
            json.WriteStartObject();
            json.WriteNumber("from", gap.From);
            json.WriteNumber("to", gap.To);
            json.WriteNumber("missing", gap.Missing);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("blocked");
        foreach (var reason in result.Blocked) json.WriteStringValue(reason);
        json.WriteEndArray();
        WriteCurve(json, "equityCurve", result.EquityCurve);
        WriteCurve(json, "dailyEquity", result.DailyEquity);
        json.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter json, BacktestOptions options)
    {
        json.WriteStartObject("options");
        if (options.Tier is null) json.WriteNull("tier");
        else json.WriteString("tier", options.Tier);
        json.WriteStartObject("parameters");
        foreach (var (name, value) in options.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(name, value);
        json.WriteEndObject();
        json.WriteNumber("balance", options.InitialBalance);
        if (options.Leverage is { } leverage) json.WriteNumber("leverage", leverage);
        else json.WriteNull("leverage");
        json.WriteNumber("feeTaker", options.TakerFee);
        json.WriteNumber("feeMaker", options.MakerFee);
        json.WriteNumber("slippage", options.Slippage);
        json.WriteBoolean("allowGaps", options.AllowGaps);
        if (options.From is { } from) json.WriteNumber("from", from);
        else json.WriteNull("from");
        if (options.To is { } to) json.WriteNumber("to", to);
        else json.WriteNull("to");
        json.WriteEndObject();
    }

    private static void WriteCurve(Utf8JsonWriter json, string name, IReadOnlyList<EquityPoint> points)
    {
        json.WriteStartArray(name);
        foreach (var point in points)
        {
            json.WriteStartObject();
            json.WriteNumber("time", point.Time);
            json.WriteNumber("equity", point.Equity);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
