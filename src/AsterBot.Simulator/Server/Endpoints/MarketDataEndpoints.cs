using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Symbols;
using AsterBot.Simulator.Server.Auth;
using AsterBot.Simulator.Server.Http;
using AsterBot.Simulator.Server.Json;
using static AsterBot.Simulator.Server.Http.Answers;

namespace AsterBot.Simulator.Server.Endpoints;

/// <summary>Public market data of both markets (API.md §5.3 and §6), with the documented weights.</summary>
public static class MarketDataEndpoints
{
    public static void Map(RouteBuilder routes, SimulatorState state)
    {
        var engine = state.Engine;
        foreach (var market in new[] { Market.Futures, Market.Spot })
        {
            void Add(string name, Security security, Func<AsterParameters, int> weight, AsterHandler handler)
            {
                if (market == Market.Futures) routes.Futures("GET", name, security, Permission.Read, weight, handler);
                else routes.Spot("GET", name, security, Permission.Read, weight, handler);
            }

            Add("exchangeInfo", Security.None, _ => 1, _ => Ok(w => MarketJson.ExchangeInfo(w,
                market == Market.Futures ? engine.Catalog.FuturesExchangeInfoJson : engine.Catalog.SpotExchangeInfoJson,
                state.Symbols.Of(market).OrderBy(s => s.Symbol, StringComparer.Ordinal), state.Clock.NowMilliseconds)));

            Add("depth", Security.None, p => DepthWeight(p, market), r =>
            {
                var spec = r.Params.RequireSymbol(state, market);
                var depth = engine.GetDepth(market, spec.Symbol, r.Params.DepthLimit(market == Market.Futures ? 500 : 100)).Unwrap();
                return Ok(w => MarketJson.Depth(w, depth, spec));
            });

            Add("trades", Security.None, _ => 1, r => Trades(state, market, r, fromId: false));
            Add("historicalTrades", Security.MarketData, _ => 20, r => Trades(state, market, r, fromId: true));
            Add("aggTrades", Security.None, _ => 20, r =>
            {
                var spec = r.Params.RequireSymbol(state, market);
                var trades = engine.GetRecentTrades(market, spec.Symbol, r.Params.Limit(500, 1000), r.Params.OptionalLong("fromId")).Unwrap();
                var start = r.Params.OptionalLong("startTime") ?? long.MinValue;
                var end = r.Params.OptionalLong("endTime") ?? long.MaxValue;
                return OkArray(trades.Where(t => t.Time >= start && t.Time <= end), (w, t) => MarketJson.AggTrade(w, t, spec));
            });

            Add("klines", Security.None, KlineWeight, r => Klines(state, market, r));
            Add("ticker/24hr", Security.None, p => p.Has("symbol") ? 1 : 40, r => Each(state, market, r, spec =>
            {
                var ticker = engine.GetTicker24h(market, spec.Symbol).Unwrap();
                var book = market == Market.Spot ? engine.GetBookTicker(market, spec.Symbol).Unwrap() : null;
                return w => MarketJson.Ticker24h(w, ticker, spec, book);
            }));
            Add("ticker/price", Security.None, p => p.Has("symbol") ? 1 : 2, r => Each(state, market, r, spec =>
            {
                var price = engine.GetLastPrice(market, spec.Symbol).Unwrap();
                var now = state.Clock.NowMilliseconds;
                return w => MarketJson.PriceTicker(w, spec.Symbol, price, spec, now);
            }));
            Add("ticker/bookTicker", Security.None, p => p.Has("symbol") ? 1 : 2, r => Each(state, market, r, spec =>
            {
                var book = engine.GetBookTicker(market, spec.Symbol).Unwrap();
                return w => MarketJson.BookTicker(w, book, spec);
            }));
        }

        routes.Futures("GET", "markPriceKlines", Security.None, Permission.Read, KlineWeight, r => Klines(state, Market.Futures, r));
        routes.Futures("GET", "indexPriceKlines", Security.None, Permission.Read, KlineWeight, r => IndexKlines(state, r));
        routes.Futures("GET", "premiumIndex", Security.None, Permission.Read, 1, r => Each(state, Market.Futures, r, spec =>
        {
            var mark = engine.GetMarkPrice(spec.Symbol).Unwrap();
            return w => MarketJson.PremiumIndex(w, mark);
        }));
        routes.Futures("GET", "fundingRate", Security.None, Permission.Read, 1, r =>
        {
            var spec = r.Params.RequireSymbol(state, Market.Futures);
            var rows = engine.GetFundingHistory(spec.Symbol, r.Params.OptionalLong("startTime"), r.Params.OptionalLong("endTime"), r.Params.Limit(100, 1000)).Unwrap();
            return OkArray(rows, MarketJson.FundingRate);
        });
        routes.Futures("GET", "fundingInfo", Security.None, Permission.Read, 1, r =>
        {
            var symbols = r.Params.OptionalSymbol(state, Market.Futures) is { } one ? [one] : state.Symbols.Of(Market.Futures).OrderBy(s => s.Symbol, StringComparer.Ordinal).ToList();
            var hours = (int)engine.Options.FundingInterval.TotalHours;
            var now = state.Clock.NowMilliseconds;
            return OkArray(symbols, (w, s) =>
            {
                w.StartObject();
                w.String("symbol", s.Symbol);
                w.Decimal("interestRate", engine.Options.InterestRate, 8);
                w.Id("time", now);
                w.Int("fundingIntervalHours", hours);
                w.Raw.WriteNumber("fundingFeeCap", engine.Options.FundingRateCap);
                w.Raw.WriteNumber("fundingFeeFloor", -engine.Options.FundingRateCap);
                w.EndObject();
            });
        });
    }

    private static ValueTask<AsterResult> Trades(SimulatorState state, Market market, AsterRequest r, bool fromId)
    {
        var spec = r.Params.RequireSymbol(state, market);
        var trades = state.Engine.GetRecentTrades(market, spec.Symbol, r.Params.Limit(500, 1000), fromId ? r.Params.OptionalLong("fromId") : null).Unwrap();
        return OkArray(trades, (w, t) => MarketJson.Trade(w, t, spec, market));
    }

    private static ValueTask<AsterResult> Klines(SimulatorState state, Market market, AsterRequest r)
    {
        var spec = r.Params.RequireSymbol(state, market);
        var interval = r.Params.Interval();
        var rows = state.Engine.GetKlines(market, spec.Symbol, interval, r.Params.OptionalLong("startTime"), r.Params.OptionalLong("endTime"), r.Params.Limit(500, 1500)).Unwrap();
        return OkArray(rows, (w, k) => MarketJson.Kline(w, k, spec, market));
    }

    /// <summary>
    /// Index candles of a <c>pair</c> (a perpetual's pair is its symbol here). The index is the outside price the
    /// trade candles follow, so their prices serve; volumes are "0" and the trade column counts data points (API.md §5.3).
    /// </summary>
    private static ValueTask<AsterResult> IndexKlines(SimulatorState state, AsterRequest r)
    {
        var spec = state.Symbols.Find(Market.Futures, r.Params.Required("pair")) ?? throw new AsterErrorException(AsterError.InvalidSymbol);
        var interval = r.Params.Interval();
        var rows = state.Engine.GetKlines(Market.Futures, spec.Symbol, interval, r.Params.OptionalLong("startTime"), r.Params.OptionalLong("endTime"), r.Params.Limit(500, 1500)).Unwrap();
        return OkArray(rows, (w, k) => MarketJson.IndexKline(w, k, spec));
    }

    /// <summary>One object for <c>symbol=…</c>, else an array over every enabled symbol.</summary>
    private static ValueTask<AsterResult> Each(SimulatorState state, Market market, AsterRequest r, Func<SymbolSpec, Action<AsterJsonWriter>> one)
    {
        if (r.Params.OptionalSymbol(state, market) is { } spec) return Ok(one(spec));
        var writers = state.Symbols.Of(market).OrderBy(s => s.Symbol, StringComparer.Ordinal).Select(one).ToList();
        return OkArray(writers, (w, write) => write(w));
    }

    private static int DepthWeight(AsterParameters p, Market market)
    {
        var limit = p.OptionalInt("limit") ?? (market == Market.Futures ? 500 : 100);
        return limit switch { <= 50 => 2, <= 100 => 5, <= 500 => 10, _ => 20 };
    }

    private static int KlineWeight(AsterParameters p)
    {
        var limit = p.OptionalInt("limit") ?? 500;
        return limit switch { < 100 => 1, < 500 => 2, <= 1000 => 5, _ => 10 };
    }
}
