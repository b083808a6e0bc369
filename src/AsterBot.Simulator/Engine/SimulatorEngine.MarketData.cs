using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Views;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Engine;

/// <summary>Public market data of both markets.</summary>
public sealed partial class SimulatorEngine
{
    /// <summary>GET depth: users' orders and the synthetic market merged, best first, at most <paramref name="limit"/> levels a side.</summary>
    public EngineResult<DepthView> GetDepth(AsterMarket market, string symbol, int limit = 500)
    {
        lock (_gate)
        {
            Begin();
            if (_state.Market(market, symbol ?? "") is not { } m) return AsterErrors.InvalidSymbol;
            return new DepthView(m.Book.UpdateId, _state.Now, Levels(m, isBid: true, limit), Levels(m, isBid: false, limit));
        }
    }

    private static List<PriceQuantity> Levels(MarketState m, bool isBid, int limit)
    {
        var side = isBid ? m.Book.Bids : m.Book.Asks;
        var takerSide = isBid ? Aster.Models.OrderSide.Sell : Aster.Models.OrderSide.Buy;
        var result = new List<PriceQuantity>();
        int i = 0, k = 0;
        while (result.Count < limit)
        {
            // Skip user levels holding only hidden orders.
            while (i < side.LevelCount && side.LevelFromBest(i).VisibleQuantity == 0) i++;
            var user = i < side.LevelCount ? side.LevelFromBest(i) : null;
            var hasSynthetic = m.Book.Synthetic.TryLevel(takerSide, k, out var price, out var quantity);
            if (user is null && !hasSynthetic) break;
            if (user is not null && (!hasSynthetic || !side.IsBetter(price, user.Price)))
            {
                var total = user.VisibleQuantity;
                if (hasSynthetic && price == user.Price) { total += quantity; k++; }
                result.Add(new PriceQuantity(user.Price, total));
                i++;
            }
            else
            {
                result.Add(new PriceQuantity(price, quantity));
                k++;
            }
        }
        return result;
    }

    public EngineResult<BookTickerView> GetBookTicker(AsterMarket market, string symbol)
    {
        lock (_gate)
        {
            Begin();
            if (_state.Market(market, symbol ?? "") is not { } m) return AsterErrors.InvalidSymbol;
            var bids = Levels(m, true, 1);
            var asks = Levels(m, false, 1);
            return new BookTickerView(m.Symbol, bids.Count > 0 ? bids[0].Price : 0, bids.Count > 0 ? bids[0].Quantity : 0,
                asks.Count > 0 ? asks[0].Price : 0, asks.Count > 0 ? asks[0].Quantity : 0, m.Book.UpdateId, _state.Now);
        }
    }

    /// <summary>Recent public trades, oldest first (the last 1000 are kept).</summary>
    public EngineResult<IReadOnlyList<PublicTradeView>> GetRecentTrades(AsterMarket market, string symbol, int limit = 500, long? fromId = null)
    {
        lock (_gate)
        {
            Begin();
            if (_state.Market(market, symbol ?? "") is not { } m) return AsterErrors.InvalidSymbol;
            if (limit < 1) return AsterErrors.InvalidParameter("limit");
            return m.Trades.Query(limit, fromId);
        }
    }

    /// <summary>Candles of any whole-minute interval (1M as 30 days), oldest first; the last two weeks are kept.</summary>
    public EngineResult<IReadOnlyList<KlineView>> GetKlines(
        AsterMarket market, string symbol, TimeSpan interval, long? startTime = null, long? endTime = null, int limit = 500)
    {
        lock (_gate)
        {
            Begin();
            if (_state.Market(market, symbol ?? "") is not { } m) return AsterErrors.InvalidSymbol;
            var ms = (long)interval.TotalMilliseconds;
            if (ms < 60_000 || ms % 60_000 != 0) return AsterErrors.InvalidParameter("interval");
            if (limit < 1) return AsterErrors.InvalidParameter("limit");
            return m.Candles.Query(ms, startTime, endTime, limit);
        }
    }

    public EngineResult<Ticker24hView> GetTicker24h(AsterMarket market, string symbol)
    {
        lock (_gate)
        {
            Begin();
            if (_state.Market(market, symbol ?? "") is not { } m) return AsterErrors.InvalidSymbol;
            var from = _state.Now - 24 * 3_600_000L;
            var candles = m.Candles.Query(60_000, from, null, int.MaxValue);
            decimal open = candles.Count > 0 ? candles[0].Open : m.LastPrice, high = m.LastPrice, low = m.LastPrice, volume = 0, quote = 0;
            var count = 0;
            foreach (var c in candles)
            {
                high = Math.Max(high, c.High);
                low = Math.Min(low, c.Low);
                volume += c.Volume;
                quote += c.QuoteVolume;
                count += c.TradeCount;
            }
            var change = m.LastPrice - open;
            return new Ticker24hView(m.Symbol, change, open == 0 ? 0 : Math.Round(change / open * 100, 3),
                volume == 0 ? m.LastPrice : quote / volume, m.LastPrice, open, high, low, volume, quote, from, _state.Now, count);
        }
    }

    /// <summary>premiumIndex of one futures symbol.</summary>
    public EngineResult<MarkPriceView> GetMarkPrice(string symbol)
    {
        lock (_gate)
        {
            Begin();
            if (!_state.FuturesBySymbol.TryGetValue(symbol ?? "", out var m)) return AsterErrors.InvalidSymbol;
            return MarkView(m);
        }
    }

    public IReadOnlyList<MarkPriceView> GetMarkPrices()
    {
        lock (_gate)
        {
            Begin();
            return _state.FuturesMarkets.ConvertAll(MarkView);
        }
    }

    private MarkPriceView MarkView(MarketState m) => new(
        m.Symbol, m.MarkPrice, m.IndexPrice, m.IndexPrice, m.FundingRate, _state.Options.InterestRate, _state.NextFundingTime, _state.Now);

    /// <summary>GET /fapi/v1/fundingRate: settled rates, oldest first.</summary>
    public EngineResult<IReadOnlyList<FundingRateView>> GetFundingHistory(string symbol, long? startTime = null, long? endTime = null, int limit = 100)
    {
        lock (_gate)
        {
            Begin();
            if (!_state.FuturesBySymbol.TryGetValue(symbol ?? "", out var m)) return AsterErrors.InvalidSymbol;
            var rows = m.FundingHistory.FindAll(f => f.FundingTime >= (startTime ?? 0) && f.FundingTime <= (endTime ?? long.MaxValue));
            return Page(rows, limit, fromStart: startTime is not null);
        }
    }

    /// <summary>Last trade (or market move) price.</summary>
    public EngineResult<decimal> GetLastPrice(AsterMarket market, string symbol)
    {
        lock (_gate)
        {
            Begin();
            return _state.Market(market, symbol ?? "") is { } m ? m.LastPrice : AsterErrors.InvalidSymbol;
        }
    }
}
