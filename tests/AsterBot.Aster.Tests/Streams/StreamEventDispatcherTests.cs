using AsterBot.Aster.Models;
using AsterBot.Aster.Streams.Events;
using AsterBot.Aster.Streams.Parsing;

namespace AsterBot.Aster.Tests.Streams;

public class StreamEventDispatcherTests
{
    private readonly RecordingHandler _handler = new();
    private readonly StreamEventDispatcher _dispatcher;

    public StreamEventDispatcherTests() => _dispatcher = new StreamEventDispatcher(_handler);

    private void Feed(string json, string? stream = null) => _dispatcher.OnFrame(System.Text.Encoding.UTF8.GetBytes(json), stream);

    private static string Combined(string stream, string data) => $$"""{"stream":"{{stream}}","data":{{data}}}""";

    [Fact]
    public void Futures_aggTrade_keeps_exact_decimals()
    {
        Feed(DocPayloads.FuturesAggTrade);
        var e = _handler.Single<AggTradeEvent>();
        Assert.Equal(new AggTradeEvent("BTCUSDT", 123456789, 5933014, 0.001m, 100m, 100, 105, 123456785, true, null), e);
        Assert.Equal("0.001", e.Price.ToString());
    }

    [Fact]
    public void Spot_aggTrade_has_best_match_flag_and_spot_trade_parses()
    {
        Feed(DocPayloads.SpotAggTrade);
        Feed(DocPayloads.SpotTrade);
        Assert.True(_handler.Single<AggTradeEvent>().IsBestMatch);
        var trade = _handler.Single<TradeEvent>();
        Assert.Equal(new TradeEvent("BNBBTC", 123456789, 12345, 0.00100m, 100.50m, 123456785, false), trade);
        Assert.Equal("0.00100", trade.Price.ToString()); // trailing zeros survive
    }

    [Fact]
    public void Mark_price_single_and_array_stream()
    {
        Feed(DocPayloads.MarkPrice);
        Feed(Combined("!markPrice@arr", $"[{DocPayloads.MarkPrice},{DocPayloads.MarkPrice.Replace("BTCUSDT", "ETHUSDT")}]"));
        var all = _handler.All<MarkPriceUpdate>().ToList();
        Assert.Equal(["BTCUSDT", "BTCUSDT", "ETHUSDT"], all.Select(m => m.Symbol));
        var m = all[0];
        Assert.Equal("11794.15000000", m.MarkPrice.ToString());
        Assert.Equal(11784.62659091m, m.IndexPrice);
        Assert.Equal(11784.25641265m, m.EstimatedSettlePrice);
        Assert.Equal(0.00038167m, m.FundingRate);
        Assert.Equal(1562306400000, m.NextFundingTime);
    }

    [Fact]
    public void Kline_tickers_force_order_and_tradepro()
    {
        Feed(DocPayloads.Kline);
        Feed(DocPayloads.MiniTicker);
        Feed(DocPayloads.Ticker);
        Feed(DocPayloads.ForceOrder);
        Feed(DocPayloads.TradePro);

        var k = _handler.Single<KlineEvent>().Kline;
        Assert.Equal(("1m", 123400000L, 123460000L, 100L, 200L), (k.Interval, k.OpenTime, k.CloseTime, k.FirstTradeId, k.LastTradeId));
        Assert.Equal((0.0010m, 0.0020m, 0.0025m, 0.0015m, 1000m, 1.0000m, 500m, 0.500m), (k.Open, k.Close, k.High, k.Low, k.BaseVolume, k.QuoteVolume, k.TakerBuyBaseVolume, k.TakerBuyQuoteVolume));
        Assert.False(k.IsClosed);
        Assert.Equal("0.0010", k.Open.ToString());

        var mini = _handler.Single<MiniTickerEvent>();
        Assert.Equal((0.0025m, 0.0010m, 10000m, 18m), (mini.Close, mini.Open, mini.BaseVolume, mini.QuoteVolume));
        var t = _handler.Single<TickerEvent>();
        Assert.Equal((0.0015m, 250.00m, 0.0018m, 10m, 18151L, 18150L), (t.PriceChange, t.PriceChangePercent, t.WeightedAveragePrice, t.LastQuantity, t.TradeCount, t.LastTradeId));

        var force = _handler.Single<ForceOrderEvent>().Order;
        Assert.Equal(("BTCUSDT", OrderSide.Sell, OrderType.Limit, TimeInForce.Ioc, OrderStatus.Filled), (force.Symbol, force.Side, force.Type, force.TimeInForce, force.Status));
        Assert.Equal((0.014m, 9910m, 9910m, 0.014m), (force.OriginalQuantity, force.Price, force.AveragePrice, force.FilledAccumulatedQuantity));

        var pro = _handler.Single<TradeProEvent>();
        Assert.Equal((128884613L, 73685.5m, 0.297m, "0X00…00"), (pro.TradeId, pro.Price, pro.Quantity, pro.Hash));
        Assert.Equal(["hidden", "hidden"], pro.Parties);
    }

    [Fact]
    public void Book_tickers_with_and_without_event_type()
    {
        Feed(DocPayloads.FuturesBookTicker);
        Feed(DocPayloads.SpotBookTicker);
        var both = _handler.All<BookTickerEvent>().ToList();
        Assert.Equal(new BookTickerEvent("BNBUSDT", 400900217, 1568014460893, 1568014460891, 25.35190000m, 31.21000000m, 25.36520000m, 40.66000000m), both[0]);
        Assert.Equal(both[0] with { EventTime = 0, TransactionTime = 0 }, both[1]);
        Assert.Equal("25.35190000", both[1].BidPrice.ToString());
    }

    [Fact]
    public void Depth_diff_and_partial_books()
    {
        Feed(Combined("btcusdt@depth@100ms", DocPayloads.DepthUpdate));
        Feed(Combined("btcusdt@depth5@100ms", DocPayloads.DepthUpdate));
        Feed(Combined("bnbbtc@depth10", DocPayloads.SpotPartialDepth));

        var all = _handler.All<DepthCopy>().ToList();
        var diff = all[0];
        Assert.False(diff.IsPartial);
        Assert.Equal(("BTCUSDT", 157L, 160L, 149L, 123456789L), (diff.Symbol, diff.FirstUpdateId, diff.FinalUpdateId, diff.PreviousFinalUpdateId, diff.EventTime));
        Assert.Equal([new PriceLevel(0.0024m, 10m)], diff.Bids);
        Assert.Equal([new PriceLevel(0.0026m, 100m)], diff.Asks);

        Assert.True(all[1].IsPartial);
        Assert.Equal(("BTCUSDT", 160L), (all[1].Symbol, all[1].FinalUpdateId));

        var spot = all[2];
        Assert.True(spot.IsPartial);
        Assert.Equal(("BNBBTC", "bnbbtc@depth10", 160L), (spot.Symbol, spot.Stream, spot.FinalUpdateId));
        Assert.Equal([new PriceLevel(0.0026m, 100m), new PriceLevel(0.0027m, 5.50m)], spot.Asks);
    }

    [Fact]
    public void Raw_single_stream_hint_marks_partial_depth_and_spot_diff_without_pu_reports_minus_one()
    {
        Feed(DocPayloads.DepthUpdate, "btcusdt@depth20");
        Feed(DocPayloads.DepthUpdate.Replace(""","pu":149""", ""));
        var all = _handler.All<DepthCopy>().ToList();
        Assert.True(all[0].IsPartial);
        Assert.Equal(-1, all[1].PreviousFinalUpdateId);
    }

    [Fact]
    public void Futures_user_events()
    {
        Feed(DocPayloads.ListenKeyExpired);
        Feed(DocPayloads.MarginCall);
        Feed(DocPayloads.AccountUpdate);
        Feed(DocPayloads.OrderTradeUpdate);
        Feed(DocPayloads.AccountConfigLeverage);
        Feed(DocPayloads.AccountConfigInfo);

        Assert.Equal(1576653824250, _handler.Single<ListenKeyExpiredEvent>().EventTime);

        var call = _handler.Single<MarginCallEvent>();
        Assert.Equal(3.16812045m, call.CrossWalletBalance);
        var p = Assert.Single(call.Positions);
        Assert.Equal(("ETHUSDT", PositionSide.Long, 1.327m, MarginType.Crossed, 187.17127m, -1.166074m, 1.614445m),
            (p.Symbol, p.PositionSide, p.PositionAmount, p.MarginType, p.MarkPrice, p.UnrealizedPnl, p.MaintenanceMarginRequired));

        var account = _handler.Single<AccountUpdateEvent>();
        Assert.Equal((1564745798939L, 1564745798938L, "ORDER"), (account.EventTime, account.TransactionTime, account.Update.Reason));
        var balance = Assert.Single(account.Update.Balances);
        Assert.Equal(("USDT", 122624.12345678m, 100.12345678m, 50.12345678m), (balance.Asset, balance.WalletBalance, balance.CrossWalletBalance, balance.BalanceChange));
        var position = Assert.Single(account.Update.Positions);
        Assert.Equal((MarginType.Isolated, PositionSide.Both, 200m, "0.00000"), (position.MarginType, position.PositionSide, position.AccumulatedRealized, position.EntryPrice.ToString()));

        var update = _handler.Single<OrderTradeUpdateEvent>();
        var o = update.Order;
        Assert.Equal((1568879465651L, 1568879465650L), (update.EventTime, update.TransactionTime));
        Assert.Equal(("BTCUSDT", "TEST", OrderSide.Sell, OrderType.TrailingStopMarket, TimeInForce.Gtc, ExecutionType.New, OrderStatus.New, 8886774L),
            (o.Symbol, o.ClientOrderId, o.Side, o.Type, o.TimeInForce, o.ExecutionType, o.Status, o.OrderId));
        Assert.Equal((0.001m, 7103.04m, 9.91m, 7476.89m, 5.0m, "USDT", 0m), (o.OriginalQuantity, o.StopPrice, o.AsksNotional, o.ActivationPrice, o.CallbackRate, o.CommissionAsset, o.Commission));
        Assert.Equal((WorkingType.ContractPrice, OrderType.TrailingStopMarket, PositionSide.Long, false, false), (o.WorkingType, o.OriginalType, o.PositionSide, o.ClosePosition, o.IsReduceOnly));
        Assert.False(update.IsSuperseded);

        var configs = _handler.All<AccountConfigUpdateEvent>().ToList();
        Assert.Equal(("BTCUSDT", 25), (configs[0].Leverage!.Symbol, configs[0].Leverage!.Leverage));
        Assert.Null(configs[0].Info);
        Assert.Equal((true, true), (configs[1].Info!.MultiAssetsMode, configs[1].Info!.HedgeMode));
    }

    [Fact]
    public void Spot_user_events_with_ids_as_strings()
    {
        Feed(DocPayloads.ExecutionReport);
        Feed(DocPayloads.OutboundAccountPosition);

        var r = _handler.Single<ExecutionReportEvent>();
        Assert.Equal((456715590L, 77L, ExecutionType.Trade, OrderStatus.PartiallyFilled, OrderSide.Buy), (r.OrderId, r.TradeId, r.ExecutionType, r.Status, r.Side));
        Assert.Equal(("0.0050", "0.00000140", "ETH", 1781082640221L), (r.OriginalQuantity.ToString(), r.Commission.ToString(), r.CommissionAsset, r.EventTime));

        var position = _handler.Single<OutboundAccountPositionEvent>();
        Assert.Equal(("WITHDRAW", 1649926447205L, 1649926447190L), (position.Reason, position.EventTime, position.LastUpdateTime));
        var b = Assert.Single(position.Balances);
        Assert.Equal(("SLP25", 10282.42029415m, 653.00000001m), (b.Asset, b.Free, b.Locked));
    }

    [Fact]
    public void Unknown_types_and_announcements_are_surfaced_not_thrown()
    {
        Feed(DocPayloads.Announcement);
        Feed(Combined("x@y", """{"e":"somethingNew","E":1,"nested":{"a":[1,2]}}"""));
        Feed("""{"foo":1}""");

        var unknown = _handler.All<UnknownStreamEvent>().ToList();
        Assert.Equal(["announcement", "somethingNew", ""], unknown.Select(u => u.EventType));
        Assert.Equal("x@y", unknown[1].Stream);
        Assert.Contains("\"nested\"", unknown[1].Excerpt);
    }

    [Theory]
    [InlineData("""{"e":"aggTrade","E":1,"s":"BTCUSDT","p":"abc","q":"1"}""", "decimal")]
    [InlineData("""{"e":"aggTrade","E":1,"s":"BTCUSDT","p":"1.5""", "")]
    [InlineData("""{"e":"depthUpdate","b":[["1"]]}""", "")]
    [InlineData("""{"e":"ORDER_TRADE_UPDATE","E":1,"o":{"S":"SIDEWAYS"}}""", "")]
    [InlineData("""not json""", "")]
    [InlineData("""{"stream":"btcusdt@aggTrade"}""", "data")]
    public void Malformed_frames_are_reported_with_an_excerpt_and_the_next_frame_still_parses(string bad, string reasonContains)
    {
        Feed(bad);
        Feed(DocPayloads.FuturesAggTrade);

        var malformed = _handler.Single<MalformedFrame>();
        Assert.Contains(reasonContains, malformed.Reason);
        Assert.StartsWith(bad[..Math.Min(bad.Length, 10)], malformed.Excerpt);
        Assert.Single(_handler.All<AggTradeEvent>());
    }

    [Fact]
    public void Excerpts_of_huge_frames_are_cut()
    {
        Feed("{\"e\":\"aggTrade\",\"p\":\"" + new string('9', 5000));
        Assert.True(_handler.Single<MalformedFrame>().Excerpt.Length <= MalformedFrame.MaxExcerptChars + 1);
    }

    [Fact]
    public void Combined_wrapper_may_put_data_before_stream()
    {
        Feed($$"""{"data":{{DocPayloads.DepthUpdate}},"stream":"btcusdt@depth5"}""");
        Assert.True(_handler.Single<DepthCopy>().IsPartial);
    }
}
