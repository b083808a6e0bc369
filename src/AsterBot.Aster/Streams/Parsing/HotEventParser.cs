using System.Text.Json;
using AsterBot.Aster.Streams.Events;
using static AsterBot.Aster.Streams.Parsing.JsonFields;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>
/// Hand-written single-pass readers for the high-rate events (trades, book tickers, depth). Each starts on the
/// event's StartObject, accepts fields in any order, skips unknown ones and ends on the matching EndObject.
/// Depth levels are written into buffers owned by this parser and reused for the next frame.
/// </summary>
internal sealed class HotEventParser(Utf8StringPool strings)
{
    private PriceLevel[] _bids = new PriceLevel[64];
    private PriceLevel[] _asks = new PriceLevel[64];

    public AggTradeEvent AggTrade(ref Utf8JsonReader r)
    {
        var t = TradeFieldsOf(ref r, idKey: 'a');
        return new AggTradeEvent(t.Symbol, t.EventTime, t.Id, t.Price, t.Quantity, t.FirstId, t.LastId, t.TradeTime,
            t.BuyerIsMaker, t.BestMatch);
    }

    public TradeEvent Trade(ref Utf8JsonReader r)
    {
        var t = TradeFieldsOf(ref r, idKey: 't');
        return new TradeEvent(t.Symbol, t.EventTime, t.Id, t.Price, t.Quantity, t.TradeTime, t.BuyerIsMaker);
    }

    /// <summary>
    /// One reader for trade and aggTrade: they share every field but the id's key ("t" or "a"); a trade simply
    /// never carries f, l or M. Returns a struct so the hot path stays allocation-free.
    /// </summary>
    private TradeFields TradeFieldsOf(ref Utf8JsonReader r, char idKey)
    {
        var t = new TradeFields { Symbol = "" };
        while (NextProperty(ref r))
        {
            var key = Key(ref r);
            Next(ref r);
            if (key == idKey)
            {
                t.Id = Int64(ref r);
                continue;
            }
            switch (key)
            {
                case 'E': t.EventTime = Int64(ref r); break;
                case 's': t.Symbol = String(ref r, strings); break;
                case 'p': t.Price = Decimal(ref r); break;
                case 'q': t.Quantity = Decimal(ref r); break;
                case 'f': t.FirstId = Int64(ref r); break;
                case 'l': t.LastId = Int64(ref r); break;
                case 'T': t.TradeTime = Int64(ref r); break;
                case 'm': t.BuyerIsMaker = Boolean(ref r); break;
                case 'M': t.BestMatch = Boolean(ref r); break;
                default: r.Skip(); break;
            }
        }
        return t;
    }

    public BookTickerEvent BookTicker(ref Utf8JsonReader r)
    {
        string symbol = "";
        long updateId = 0, eventTime = 0, transactionTime = 0;
        decimal bid = 0, bidQty = 0, ask = 0, askQty = 0;
        while (NextProperty(ref r))
        {
            var key = Key(ref r);
            Next(ref r);
            switch (key)
            {
                case 'u': updateId = Int64(ref r); break;
                case 'E': eventTime = Int64(ref r); break;
                case 'T': transactionTime = Int64(ref r); break;
                case 's': symbol = String(ref r, strings); break;
                case 'b': bid = Decimal(ref r); break;
                case 'B': bidQty = Decimal(ref r); break;
                case 'a': ask = Decimal(ref r); break;
                case 'A': askQty = Decimal(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new BookTickerEvent(symbol, updateId, eventTime, transactionTime, bid, bidQty, ask, askQty);
    }

    /// <summary>Reads a diff or partial book in either key style (b/a or bids/asks, u or lastUpdateId).</summary>
    public DepthFields Depth(ref Utf8JsonReader r)
    {
        var fields = new DepthFields { PreviousFinalUpdateId = -1 };
        while (NextProperty(ref r))
        {
            var key = Key(ref r);
            if (key == -1)
            {
                if (r.ValueTextEquals("bids"u8)) key = 'b';
                else if (r.ValueTextEquals("asks"u8)) key = 'a';
                else if (r.ValueTextEquals("lastUpdateId"u8)) key = 'u';
            }
            Next(ref r);
            switch (key)
            {
                case 'E': fields.EventTime = Int64(ref r); break;
                case 'T': fields.TransactionTime = Int64(ref r); break;
                case 's': fields.Symbol = String(ref r, strings); break;
                case 'U': fields.FirstUpdateId = Int64(ref r); break;
                case 'u': fields.FinalUpdateId = Int64(ref r); break;
                case KeyPu: fields.PreviousFinalUpdateId = Int64(ref r); break;
                case 'b': fields.BidCount = Levels(ref r, ref _bids); break;
                case 'a': fields.AskCount = Levels(ref r, ref _asks); break;
                default: r.Skip(); break;
            }
        }
        return fields;
    }

    /// <summary>
    /// Reads a whole frame that is a depth diff by the fast path (see <see cref="DepthFrameScanner"/>); false,
    /// with nothing reported, when the frame is anything else or unusual, so the caller parses it in general.
    /// <paramref name="stream"/> is the combined wrapper's stream name, else <paramref name="streamHint"/>.
    /// </summary>
    public bool TryDepthFrame(ReadOnlySpan<byte> frame, string? streamHint, out string? stream, out DepthFields fields)
    {
        var scanner = new DepthFrameScanner(frame);
        if (!scanner.TryRead(ref _bids, ref _asks, out fields, out var streamRange, out var symbolRange))
        {
            stream = null;
            return false;
        }
        stream = streamRange is { } s ? strings.Get(frame[s]) : streamHint;
        if (symbolRange is { } symbol) fields.Symbol = strings.Get(frame[symbol]);
        return true;
    }

    public ReadOnlySpan<PriceLevel> Bids(in DepthFields f) => _bids.AsSpan(0, f.BidCount);

    public ReadOnlySpan<PriceLevel> Asks(in DepthFields f) => _asks.AsSpan(0, f.AskCount);

    private static int Levels(ref Utf8JsonReader r, ref PriceLevel[] buffer)
    {
        if (r.TokenType != JsonTokenType.StartArray) throw Unexpected(ref r, "an array of [price, quantity] levels");
        var count = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return count;
            if (r.TokenType != JsonTokenType.StartArray) throw Unexpected(ref r, "a [price, quantity] pair");
            Next(ref r);
            var price = Decimal(ref r);
            Next(ref r);
            var qty = Decimal(ref r);
            Next(ref r);
            if (r.TokenType != JsonTokenType.EndArray) throw Unexpected(ref r, "the end of a [price, quantity] pair");
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            buffer[count++] = new PriceLevel(price, qty);
        }
    }

    /// <summary>Moves to the next property name; false at the object's end.</summary>
    private static bool NextProperty(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw Unexpected(ref r, "a property name"),
        };
    }
}

/// <summary>Scalar fields of a depth payload; the levels stay in the parser's buffers.</summary>
internal struct DepthFields
{
    public string? Symbol;
    public long EventTime, TransactionTime, FirstUpdateId, FinalUpdateId, PreviousFinalUpdateId;
    public int BidCount, AskCount;
}

/// <summary>Scalar fields of a trade or aggTrade payload (<see cref="Id"/> is the trade or aggregate id).</summary>
internal struct TradeFields
{
    public string Symbol;
    public long EventTime, Id, FirstId, LastId, TradeTime;
    public decimal Price, Quantity;
    public bool BuyerIsMaker;
    public bool? BestMatch;
}
