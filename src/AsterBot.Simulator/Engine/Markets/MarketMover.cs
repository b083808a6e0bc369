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
    public void Move(MarketState market, decimal price)
    {
        var spec = market.Spec;
        price = Math.Max(spec.RoundPriceDown(price), spec.TickSize);
        market.IndexPrice = price;
        market.LastPrice = price;
        market.Book.Recenter(price);
        var candle = market.Candles.Price(state.Now, price, out var closed);
        if (spec.Market == AsterMarket.Futures)
        {
            market.MarkPrice = Math.Round(market.MarkPrice + state.Options.MarkPriceSmoothing * (price - market.MarkPrice), 8);
            market.Book.SweepCrossed(futures);
            AfterFuturesPriceChange(market);
        }
        else
        {
            market.Book.SweepCrossed(spot);
            spot.CheckTriggers(market);
        }
        MarketTape.PublishKline(state, market, candle, closed);
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
        var step = (long)options.RandomWalkStep.TotalMilliseconds;
        if (options.RandomWalk && step > 0 && (now - state.LastWalkTime) / step > options.MaxCatchUpSteps)
            state.LastWalkTime = now - options.MaxCatchUpSteps * step; // a long jump: simulate only its end
        while (true)
        {
            var nextWalk = options.RandomWalk && step > 0 ? state.LastWalkTime + step : long.MaxValue;
            var next = Math.Min(state.NextFundingTime, nextWalk);
            if (next > now) break;
            state.Now = next;
            if (next == state.NextFundingTime)
            {
                risk.SettleFunding(next);
                risk.CheckLiquidations();
                state.NextFundingTime += (long)options.FundingInterval.TotalMilliseconds;
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
