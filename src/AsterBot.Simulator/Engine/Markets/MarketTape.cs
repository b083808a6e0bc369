using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Markets;

/// <summary>What every trade does to the public market: last price, candle, recent trades, trade/kline events.</summary>
internal static class MarketTape
{
    public static void Record(EngineState state, MarketState market, long tradeId, decimal price, decimal quantity, bool buyerIsMaker)
    {
        market.LastPrice = price;
        var rolled = market.Candles.Trade(state.Now, price, quantity, takerBought: !buyerIsMaker);
        market.Trades.Add(new PublicTradeView(tradeId, price, quantity, price * quantity, state.Now, buyerIsMaker));
        if (!state.PublishingMarketData) return;
        var kind = market.Spec.Market;
        state.Events.Publish(new TradeEvent(state.Now, kind, market.Symbol, tradeId, price, quantity, buyerIsMaker));
        PublishKline(state, market, rolled);
    }

    /// <summary>The current 1m candle, preceded by the one it replaced (final: x = true) when a minute rolled over.</summary>
    public static void PublishKline(EngineState state, MarketState market, bool rolled)
    {
        if (!state.PublishingMarketData) return;
        var kind = market.Spec.Market;
        var candles = market.Candles;
        if (rolled)
            state.Events.Publish(new KlineUpdate(state.Now, kind, market.Symbol, candles.Previous.ToView(candles.Previous.OpenTime + 59_999), true));
        state.Events.Publish(new KlineUpdate(state.Now, kind, market.Symbol, candles.Latest.ToView(candles.Latest.OpenTime + 59_999), false));
    }

    /// <summary>Publishes the book's changes since the last diff as one depthUpdate (U/u/pu sequence).</summary>
    public static void PublishDepth(EngineState state, MarketState market)
    {
        var book = market.Book;
        if (!book.HasChanges) return;
        if (!state.PublishingMarketData) { book.PublishedUpdateId = book.UpdateId; return; }
        var (bids, asks) = book.TakeChanges();
        var first = book.PublishedUpdateId + 1;
        state.Events.Publish(new DepthUpdate(state.Now, market.Spec.Market, market.Symbol, first, book.UpdateId,
            book.PublishedUpdateId, bids.ConvertAll(x => new PriceQuantity(x.Price, x.Quantity)),
            asks.ConvertAll(x => new PriceQuantity(x.Price, x.Quantity))));
        book.PublishedUpdateId = book.UpdateId;
    }
}
