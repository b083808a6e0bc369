using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Futures;
using AsterBot.Simulator.Engine.Spot;
using AsterMarket = AsterBot.Aster.Models.Market;

namespace AsterBot.Simulator.Engine.Markets;

/// <summary>
/// Moves markets: an outside price change re-centres the synthetic book, fills users' orders it crosses,
/// updates mark price, fires conditional orders and liquidations. Also replays the clock: random-walk steps and
/// funding times that passed since the last call, in time order.
/// </summary>
internal sealed class MarketMover(EngineState state, FuturesTrading futures, SpotTrading spot, FuturesRisk risk)
{
    private readonly bool _markFollowsPrice = state.Options.MarkPriceSmoothing == 1;
    // Every engine call replays the clock first: keep its intervals as plain milliseconds (0 = no random walk).
    private readonly long _walkStep = state.Options.RandomWalk ? Math.Max(0, (long)state.Options.RandomWalkStep.TotalMilliseconds) : 0;
    private readonly long _fundingInterval = (long)state.Options.FundingInterval.TotalMilliseconds;

    /// <summary>
    /// Moves along a candle's path. When nothing in the market can react to the points inside the path (no
    /// resting or conditional orders, no positions, nobody subscribed, a mark that simply follows the price),
    /// those points only widen the candle and count as book updates: record exactly that, then move to the close.
    /// The outcome equals four moves (other markets' accounts are checked once rather than four times, over an
    /// unchanged state); a backtest's idle candles, which are most of them, cost one move instead of four.
    /// </summary>
    public void MoveAlong(MarketState market, decimal open, decimal first, decimal second, decimal close)
    {
        if (NothingReactsInside(market))
        {
            market.Candles.Price(state.Now, OnTick(market.Spec, open));
            market.Candles.Price(state.Now, OnTick(market.Spec, first));
            market.Candles.Price(state.Now, OnTick(market.Spec, second));
            market.Book.CountSkippedUpdates(3);
        }
        else
        {
            Move(market, open);
            Move(market, first);
            Move(market, second);
        }
        Move(market, close);
    }

    private bool NothingReactsInside(MarketState market) =>
        _markFollowsPrice && !state.PublishingMarketData && market.OpenPositions == 0 && market.Triggers.Count == 0
        && market.Book.Bids.LevelCount == 0 && market.Book.Asks.LevelCount == 0;

    private static decimal OnTick(Symbols.SymbolSpec spec, decimal price) => Math.Max(spec.RoundPriceDown(price), spec.TickSize);

    public void Move(MarketState market, decimal price)
    {
        var spec = market.Spec;
        price = OnTick(spec, price);
        market.IndexPrice = price;
        market.LastPrice = price;
        market.Book.Recenter(price);
        var rolled = market.Candles.Price(state.Now, price);
        if (spec.Market == AsterMarket.Futures)
        {
            // Smoothing 1 (the default) makes the formula the price itself: skip its decimal arithmetic.
            market.MarkPrice = _markFollowsPrice
                ? Math.Round(price, 8)
                : Math.Round(market.MarkPrice + state.Options.MarkPriceSmoothing * (price - market.MarkPrice), 8);
            market.Book.SweepCrossed(futures);
            AfterFuturesPriceChange(market);
        }
        else
        {
            market.Book.SweepCrossed(spot);
            spot.CheckTriggers(market);
        }
        MarketTape.PublishKline(state, market, rolled);
        MarketTape.PublishDepth(state, market);
    }

    /// <summary>Sets the mark price alone (e.g. to test MARK_PRICE triggers or liquidation).</summary>
    public void SetMark(MarketState market, decimal markPrice)
    {
        market.MarkPrice = markPrice;
        AfterFuturesPriceChange(market);
        MarketTape.PublishDepth(state, market);
    }

    private void AfterFuturesPriceChange(MarketState market)
    {
        futures.CheckTriggers(market);
        risk.CheckLiquidations();
        if (state.PublishingMarketData)
            state.Events.Publish(new MarkPriceUpdate(state.Now, market.Symbol, market.MarkPrice, market.IndexPrice,
                market.IndexPrice, market.FundingRate, state.NextFundingTime));
    }

    /// <summary>Replays what happened between the last call and <paramref name="now"/> (Unix ms).</summary>
    public void CatchUp(long now)
    {
        var options = state.Options;
        var step = _walkStep;
        if (step > 0 && (now - state.LastWalkTime) / step > options.MaxCatchUpSteps)
            state.LastWalkTime = now - options.MaxCatchUpSteps * step; // a long jump: simulate only its end
        while (true)
        {
            var nextWalk = step > 0 ? state.LastWalkTime + step : long.MaxValue;
            var next = Math.Min(state.NextFundingTime, nextWalk);
            if (next > now) break;
            state.Now = next;
            if (next == state.NextFundingTime)
            {
                risk.SettleFunding(next);
                risk.CheckLiquidations();
                state.NextFundingTime += _fundingInterval;
            }
            else
            {
                state.LastWalkTime = next;
                Walk(step / 1000.0);
            }
        }
        state.Now = now;
    }

    private void Walk(double seconds)
    {
        foreach (var market in state.FuturesMarkets) Move(market, market.Process.Step(market.IndexPrice, seconds));
        foreach (var market in state.SpotMarkets) Move(market, market.Process.Step(market.IndexPrice, seconds));
    }
}
