using System.Globalization;
using AsterBot.Aster.Models;

namespace AsterBot.Trading.MarketData;

/// <summary>Writes klines in the <see cref="CandleCsv"/> format (decimals keep their exact text: "0.00010" stays 0.00010).</summary>
public static class CandleCsvWriter
{
    public static void WriteHeader(TextWriter writer) => writer.Write(CandleCsv.Header + "\n");

    public static void WriteRow(TextWriter writer, Kline kline)
    {
        var c = CultureInfo.InvariantCulture;
        writer.Write(kline.OpenTime.ToString(c)); writer.Write(',');
        writer.Write(kline.Open.ToString(c)); writer.Write(',');
        writer.Write(kline.High.ToString(c)); writer.Write(',');
        writer.Write(kline.Low.ToString(c)); writer.Write(',');
        writer.Write(kline.Close.ToString(c)); writer.Write(',');
        writer.Write(kline.Volume.ToString(c)); writer.Write(',');
        writer.Write(kline.CloseTime.ToString(c)); writer.Write(',');
        writer.Write(kline.QuoteVolume.ToString(c)); writer.Write(',');
        writer.Write(kline.TradeCount.ToString(c)); writer.Write(',');
        writer.Write(kline.TakerBuyBaseVolume.ToString(c)); writer.Write(',');
        writer.Write(kline.TakerBuyQuoteVolume.ToString(c)); writer.Write('\n');
    }

    /// <summary>A whole file: header, then the rows in the order given.</summary>
    public static void Write(string path, IEnumerable<Kline> klines)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        WriteHeader(writer);
        foreach (var kline in klines) WriteRow(writer, kline);
    }
}
