using System.Globalization;
using System.Text;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.Parsing;

namespace AsterBot.Aster.Tests.Streams;

/// <summary>
/// The depth fast path must give exactly what the general parser gives: each frame goes through a dispatcher
/// with the scanner and one without, and everything the handlers saw (levels with their exact decimal text,
/// ids, symbol, stream, malformed-frame reports) must match. Frames the scanner is meant to take are also
/// checked to really take the fast path, so the comparison is not vacuous.
/// </summary>
public class DepthFrameScannerTests
{
    [Fact]
    public void Random_frames_in_the_accepted_shape_take_the_fast_path_and_match_the_general_parser()
    {
        var random = new Random(1234);
        for (var i = 0; i < 3000; i++)
        {
            var frame = RandomFrame(random, out var hint);
            Assert.True(ScannerAccepts(frame, hint), $"The scanner refused a frame it is meant to read: {frame}");
            AssertSameAsGeneralParser(frame, hint);
        }
    }

    [Fact]
    public void Random_damage_to_frames_is_read_or_reported_exactly_as_the_general_parser_does()
    {
        var random = new Random(99);
        for (var i = 0; i < 4000; i++)
        {
            var frame = RandomFrame(random, out var hint);
            var damaged = new StringBuilder(frame);
            var at = random.Next(damaged.Length);
            switch (random.Next(4))
            {
                case 0: damaged.Length = at; break;
                case 1: damaged.Remove(at, 1); break;
                case 2: damaged.Insert(at, " \"\\,:[]{}0-.e9xé"[random.Next(16)]); break;
                default: damaged[at] = " \"\\,:[]{}0-.e9x"[random.Next(15)]; break;
            }
            AssertSameAsGeneralParser(damaged.ToString(), hint);
        }
    }

    [Theory]
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTC\u0055SDT","U":1,"u":2,"b":[],"a":[]}}""")] // escaped string
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[[65000.5,"1"]],"a":[]}}""")] // price as a number
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[["6.5E4","1"]],"a":[]}}""")] // exponent
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[["12345678901234567890.5","1"]],"a":[]}}""")] // 20 digits
    [InlineData("""{"stream":"btcusdt@depth","data":{"E":1,"e":"depthUpdate","s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // "e" not first
    [InlineData("""{"data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]},"stream":"btcusdt@depth"}""")] // data first
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"x":{"y":[1]},"b":[],"a":[]}}""")] // unknown key
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"bids":[["1","2"]],"asks":[]}}""")] // long keys
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":01,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // leading zero
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1234567890123456789,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // 19-digit id
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":99999999999999999999,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // overflow
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1.5,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // fractional id
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}} trailing""")] // trailing bytes
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]},"extra":1}""")] // wrapper extra key
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"ÉTHUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // non-ASCII
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[["1","2","3"]],"a":[]}}""")] // triple
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[["1.2.3","2"]],"a":[]}}""")] // two points
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[["","2"]],"a":[]}}""")] // empty decimal
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[["-","2"]],"a":[]}}""")] // lone minus
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[],}}""")] // trailing comma
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdateX","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // other type
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":-,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}}""")] // bad number
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]}""")] // unclosed wrapper
    [InlineData("""{"stream":"btcusdt@depth","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[],"a":[]""")] // truncated
    [InlineData("""{"stream":"btcusdt@aggTrade","data":{"e":"aggTrade","E":1,"s":"BTCUSDT","a":5,"p":"1","q":"2","f":1,"l":2,"T":1,"m":true}}""")]
    [InlineData("""{"lastUpdateId":160,"bids":[["0.0024","10"]],"asks":[["0.0026","100"]]}""")]
    public void Unusual_frames_fall_back_to_the_general_parser(string frame)
    {
        Assert.False(ScannerAccepts(frame, null), $"The scanner should leave this frame to the general parser: {frame}");
        AssertSameAsGeneralParser(frame, null);
    }

    [Fact]
    public void Fast_path_keeps_decimal_scale_and_reads_quoted_and_bare_ids()
    {
        const string frame = """ { "stream" : "btcusdt@depth" , "data" : { "e" : "depthUpdate" , "E" : "17" , "T" : -3 , "s" : "BTCUSDT" , "U" : 0 , "u" : "0009" , "pu" : "-1" , "b" : [ [ "65000.10" , "0.00100" ] ] , "a" : [ ] } } """;
        Assert.True(ScannerAccepts(frame, null));
        var handler = new RecordingHandler();
        new StreamEventDispatcher(handler).OnFrame(Encoding.UTF8.GetBytes(frame), null);
        var depth = handler.Single<DepthCopy>();
        Assert.Equal(("BTCUSDT", 17L, 0L, 9L, -1L), (depth.Symbol, depth.EventTime, depth.FirstUpdateId, depth.FinalUpdateId, depth.PreviousFinalUpdateId));
        Assert.Equal(["65000.10 0.00100"], depth.Bids.Select(l => $"{l.Price} {l.Quantity}"));
        Assert.Empty(depth.Asks);
    }

    private static bool ScannerAccepts(string frame, string? hint) =>
        new HotEventParser(new Utf8StringPool()).TryDepthFrame(Encoding.UTF8.GetBytes(frame), hint, out _, out _);

    private static void AssertSameAsGeneralParser(string frame, string? hint)
    {
        var bytes = Encoding.UTF8.GetBytes(frame);
        var fast = new RecordingHandler();
        var general = new RecordingHandler();
        new StreamEventDispatcher(fast, depthScanner: true).OnFrame(bytes, hint);
        new StreamEventDispatcher(general, depthScanner: false).OnFrame(bytes, hint);
        Assert.True(Describe(general) == Describe(fast), $"Frame: {frame}\ngeneral: {Describe(general)}\nfast:    {Describe(fast)}");
    }

    /// <summary>Every event as text; decimals print with their scale, so "1.50" and "1.5" differ.</summary>
    private static string Describe(RecordingHandler handler) => string.Join(" | ", handler.Events.Select(e => e switch
    {
        DepthCopy d => $"{d with { Bids = [], Asks = [] }} bids {Levels(d.Bids)} asks {Levels(d.Asks)}",
        _ => e.ToString(),
    }));

    private static string Levels(PriceLevel[] levels) => string.Join(",", levels.Select(l => $"{l.Price}/{l.Quantity}"));

    /// <summary>A frame within the scanner's accepted shape, with random spacing, key order, number forms and scales.</summary>
    private static string RandomFrame(Random random, out string? hint)
    {
        string Ws() => random.Next(3) == 0 ? new string(Enumerable.Range(0, random.Next(1, 4)).Select(_ => " \t\r\n"[random.Next(4)]).ToArray()) : "";
        string Int(long value) => random.Next(2) == 0 ? value.ToString(CultureInfo.InvariantCulture) : $"\"{value}\"";
        string Decimal()
        {
            var digits = random.Next(1, 20);
            var text = new StringBuilder(random.Next(6) == 0 ? "-" : "");
            for (var d = 0; d < digits; d++) text.Append((char)('0' + random.Next(10)));
            var point = random.Next(-3, digits + 1); // negative: no point at all
            if (point >= 0) text.Insert(text.Length - digits + point, '.');
            return $"\"{text}\"";
        }
        string Levels()
        {
            var count = random.Next(4) == 0 ? 0 : random.Next(1, 80); // past the parser's 64-level buffer at times
            return "[" + Ws() + string.Join("," + Ws(), Enumerable.Range(0, count).Select(_ =>
                $"[{Ws()}{Decimal()}{Ws()},{Ws()}{Decimal()}{Ws()}]")) + Ws() + "]";
        }
        var members = new List<string>
        {
            $"\"E\"{Ws()}:{Ws()}{Int(random.NextInt64(0, 2_000_000_000_000))}",
            $"\"s\"{Ws()}:{Ws()}\"{(random.Next(5) == 0 ? "" : "BTCUSDT")}\"",
            $"\"U\"{Ws()}:{Ws()}{Int(random.NextInt64(-5, 999_999_999_999_999_999))}",
            $"\"u\"{Ws()}:{Ws()}{Int(random.NextInt64(0, 999_999_999_999_999_999))}",
            $"\"b\"{Ws()}:{Ws()}{Levels()}",
            $"\"a\"{Ws()}:{Ws()}{Levels()}",
        };
        if (random.Next(2) == 0) members.Add($"\"T\"{Ws()}:{Ws()}{Int(random.NextInt64(0, 2_000_000_000_000))}");
        if (random.Next(2) == 0) members.Add($"\"pu\"{Ws()}:{Ws()}{Int(random.NextInt64(-1, 1_000_000))}");
        if (random.Next(8) == 0) members.Add($"\"u\"{Ws()}:{Ws()}{Int(7)}"); // a repeated key: the last one wins
        var shuffled = members.OrderBy(_ => random.Next()).Prepend($"\"e\"{Ws()}:{Ws()}\"depthUpdate\"");
        var payload = "{" + Ws() + string.Join(Ws() + "," + Ws(), shuffled) + Ws() + "}";
        var stream = random.Next(4) == 0 ? "btcusdt@depth5@100ms" : "btcusdt@depth@100ms";
        if (random.Next(3) == 0)
        {
            hint = random.Next(2) == 0 ? null : stream;
            return Ws() + payload + Ws();
        }
        hint = null;
        return $"{Ws()}{{{Ws()}\"stream\"{Ws()}:{Ws()}\"{stream}\"{Ws()},{Ws()}\"data\"{Ws()}:{Ws()}{payload}{Ws()}}}{Ws()}";
    }
}
