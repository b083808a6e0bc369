using System.Text.Json;
using AsterBot.Aster.Streams.Connection;
using AsterBot.Aster.Streams.Events;

namespace AsterBot.Aster.Streams.Parsing;

/// <summary>
/// Turns frames into typed events for an <see cref="IStreamEventHandler"/>: unwraps combined-stream frames
/// (<c>{"stream","data"}</c>), splits array payloads (<c>!markPrice@arr</c>), recognises the event by its
/// <c>e</c> field (or, for spot payloads that have none, by their keys), and reports malformed frames and unknown
/// event types to the handler instead of throwing. One instance per connection: it is not thread-safe.
/// </summary>
public sealed class StreamEventDispatcher : IStreamFrameSink
{
    private readonly IStreamEventHandler _handler;
    private readonly Utf8StringPool _strings = new();
    private readonly HotEventParser _hot;
    private readonly bool _depthScanner;
    private string? _lastDepthStream;
    private bool _lastDepthStreamIsPartial;
    private readonly Dictionary<string, string?> _symbolOfPartialDepthStream = new(StringComparer.Ordinal);

    public StreamEventDispatcher(IStreamEventHandler handler) : this(handler, depthScanner: true)
    {
    }

    /// <summary>Tests turn the depth scanner off to get the general parser's answer to compare it with.</summary>
    internal StreamEventDispatcher(IStreamEventHandler handler, bool depthScanner)
    {
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _hot = new HotEventParser(_strings);
        _depthScanner = depthScanner;
    }

    public void OnFrame(ReadOnlySpan<byte> frame, string? streamHint)
    {
        try
        {
            // Depth diffs are the busiest frames by far: try the dedicated scanner before the general reader.
            if (_depthScanner && _hot.TryDepthFrame(frame, streamHint, out var stream, out var fields)) DeliverDepth(fields, stream);
            else DispatchFrame(frame, streamHint);
        }
        catch (JsonException ex)
        {
            _handler.OnMalformedFrame(new MalformedFrame(ex.Message, MalformedFrame.ExcerptOf(frame)));
        }
    }

    private void DispatchFrame(ReadOnlySpan<byte> frame, string? stream)
    {
        var r = new Utf8JsonReader(frame);
        JsonFields.Next(ref r);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            DispatchPayload(ref r, frame, stream);
            return;
        }

        var start = r;
        JsonFields.Next(ref r);
        if (r.TokenType == JsonTokenType.PropertyName && (r.ValueTextEquals("stream"u8) || r.ValueTextEquals("data"u8)))
        {
            DispatchCombined(ref r, frame);
            return;
        }
        r = start;
        DispatchPayload(ref r, frame, stream);
    }

    /// <summary>Combined wrapper, starting on its first property name. "stream" normally comes first.</summary>
    private void DispatchCombined(ref Utf8JsonReader r, ReadOnlySpan<byte> frame)
    {
        string? stream = null;
        var data = default(Utf8JsonReader);
        var hasData = false;
        while (r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("stream"u8))
            {
                JsonFields.Next(ref r);
                stream = JsonFields.String(ref r, _strings);
            }
            else if (r.ValueTextEquals("data"u8))
            {
                JsonFields.Next(ref r);
                if (stream is not null)
                {
                    DispatchPayload(ref r, frame, stream);
                    return;
                }
                data = r;
                hasData = true;
                r.Skip();
            }
            else
            {
                JsonFields.Next(ref r);
                r.Skip();
            }
            JsonFields.Next(ref r);
        }
        if (!hasData) throw new JsonException("A combined-stream frame has no \"data\".");
        DispatchPayload(ref data, frame, stream);
    }

    /// <summary>A payload: one event object, or an array of them (the <c>!…@arr</c> streams).</summary>
    private void DispatchPayload(ref Utf8JsonReader r, ReadOnlySpan<byte> frame, string? stream)
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            DispatchEvent(ref r, frame, stream);
            return;
        }
        if (r.TokenType != JsonTokenType.StartArray) throw JsonFields.Unexpected(ref r, "an event object or array");
        while (true)
        {
            JsonFields.Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return;
            if (r.TokenType != JsonTokenType.StartObject) throw JsonFields.Unexpected(ref r, "an event object");
            DispatchEvent(ref r, frame, stream);
        }
    }

    private void DispatchEvent(ref Utf8JsonReader r, ReadOnlySpan<byte> frame, string? stream)
    {
        var start = r;
        var shape = PayloadShape.Scan(ref r);
        r = start;
        var type = shape.EventType;

        if (type.SequenceEqual("depthUpdate"u8)) DeliverDepth(_hot.Depth(ref r), stream);
        else if (type.SequenceEqual("aggTrade"u8)) _handler.OnAggTrade(_hot.AggTrade(ref r));
        else if (type.SequenceEqual("bookTicker"u8)) _handler.OnBookTicker(_hot.BookTicker(ref r));
        else if (type.SequenceEqual("trade"u8)) _handler.OnTrade(_hot.Trade(ref r));
        else if (type.SequenceEqual("markPriceUpdate"u8)) _handler.OnMarkPrice(Bind<MarkPriceUpdate>(ref r));
        else if (type.SequenceEqual("kline"u8)) _handler.OnKline(Bind<KlineEvent>(ref r));
        else if (type.SequenceEqual("24hrMiniTicker"u8)) _handler.OnMiniTicker(Bind<MiniTickerEvent>(ref r));
        else if (type.SequenceEqual("24hrTicker"u8)) _handler.OnTicker(Bind<TickerEvent>(ref r));
        else if (type.SequenceEqual("forceOrder"u8)) _handler.OnForceOrder(Bind<ForceOrderEvent>(ref r));
        else if (type.SequenceEqual("tradepro"u8)) _handler.OnTradePro(Bind<TradeProEvent>(ref r));
        else if (type.SequenceEqual("ORDER_TRADE_UPDATE"u8)) _handler.OnOrderTradeUpdate(Bind<OrderTradeUpdateEvent>(ref r));
        else if (type.SequenceEqual("ACCOUNT_UPDATE"u8)) _handler.OnAccountUpdate(Bind<AccountUpdateEvent>(ref r));
        else if (type.SequenceEqual("executionReport"u8)) _handler.OnExecutionReport(Bind<ExecutionReportEvent>(ref r));
        else if (type.SequenceEqual("outboundAccountPosition"u8)) _handler.OnOutboundAccountPosition(Bind<OutboundAccountPositionEvent>(ref r));
        else if (type.SequenceEqual("ACCOUNT_CONFIG_UPDATE"u8)) _handler.OnAccountConfigUpdate(Bind<AccountConfigUpdateEvent>(ref r));
        else if (type.SequenceEqual("MARGIN_CALL"u8)) _handler.OnMarginCall(Bind<MarginCallEvent>(ref r));
        else if (type.SequenceEqual("listenKeyExpired"u8)) _handler.OnListenKeyExpired(Bind<ListenKeyExpiredEvent>(ref r));
        else if (!shape.HasEventType && shape.HasLastUpdateId)
        {
            // Spot partial book: no "e", no symbol; the stream name is the only place the symbol appears.
            var fields = _hot.Depth(ref r);
            _handler.OnPartialDepth(new PartialDepth(SymbolOfStream(stream), stream, fields.FinalUpdateId, 0,
                _hot.Bids(fields), _hot.Asks(fields)));
        }
        else if (!shape.HasEventType && shape.LooksLikeBookTicker) _handler.OnBookTicker(_hot.BookTicker(ref r));
        else
        {
            r.Skip();
            var excerpt = MalformedFrame.ExcerptOf(frame[(int)start.TokenStartIndex..(int)r.BytesConsumed]);
            _handler.OnUnknownEvent(new UnknownStreamEvent(
                shape.HasEventType ? System.Text.Encoding.UTF8.GetString(type) : "", stream, excerpt));
        }
    }

    /// <summary>A depthUpdate payload is a partial book on <c>@depthN</c> streams and a diff otherwise.</summary>
    private void DeliverDepth(in DepthFields fields, string? stream)
    {
        if (IsPartialDepthStream(stream))
            _handler.OnPartialDepth(new PartialDepth(fields.Symbol, stream, fields.FinalUpdateId, fields.EventTime,
                _hot.Bids(fields), _hot.Asks(fields)));
        else
            _handler.OnDepthUpdate(new DepthUpdate(fields.Symbol ?? "", fields.EventTime, fields.TransactionTime,
                fields.FirstUpdateId, fields.FinalUpdateId, fields.PreviousFinalUpdateId, _hot.Bids(fields), _hot.Asks(fields)));
    }

    private static T Bind<T>(ref Utf8JsonReader r) =>
        JsonSerializer.Deserialize<T>(ref r, StreamJson.Options)
        ?? throw new JsonException($"A {typeof(T).Name} payload is null.");

    /// <summary><c>sym@depth5</c>, <c>sym@depth20@100ms</c> are partial books; <c>sym@depth[@100ms]</c> are diffs.</summary>
    private bool IsPartialDepthStream(string? stream)
    {
        if (stream is null) return false;
        // Pooled stream names repeat as the same instance: remember the last answer instead of searching again.
        if (!ReferenceEquals(stream, _lastDepthStream))
        {
            _lastDepthStreamIsPartial = NamesPartialDepthStream(stream);
            _lastDepthStream = stream;
        }
        return _lastDepthStreamIsPartial;
    }

    private static bool NamesPartialDepthStream(string stream)
    {
        var at = stream.IndexOf("@depth", StringComparison.Ordinal);
        var next = at + "@depth".Length;
        return at >= 0 && next < stream.Length && char.IsAsciiDigit(stream[next]);
    }

    private string? SymbolOfStream(string? stream)
    {
        if (stream is null) return null;
        if (!_symbolOfPartialDepthStream.TryGetValue(stream, out var symbol))
        {
            var at = stream.IndexOf('@');
            symbol = at > 0 ? stream[..at].ToUpperInvariant() : null;
            _symbolOfPartialDepthStream[stream] = symbol;
        }
        return symbol;
    }
}
