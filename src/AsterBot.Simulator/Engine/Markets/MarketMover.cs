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
    /// Moves along a candle's path: open, the extreme nearer the open, the other extreme, close (<paramref name="low"/> ≤
    /// open, close ≤ <paramref name="high"/>). When nothing can react to any price of the candle, the four moves could
    /// only widen the minute's candle, set the prices and count as book updates: record exactly that in one step. A
    /// backtest's quiet candles, which are most of them, cost one range check instead of four moves.
    /// </summary>
    public void MoveAlong(MarketState market, decimal open, decimal high, decimal low, decimal close)
    {
        var spec = market.Spec;
        var lowest = spec.RoundPriceDown(low);
        // Rounding down keeps the order of prices: with the low at a tick or more, so is every other price of the candle.
        var (start, top, bottom, end) = lowest >= spec.TickSize
            ? (spec.RoundPriceDown(open), spec.RoundPriceDown(high), lowest, spec.RoundPriceDown(close))
            : (OnTick(spec, open), OnTick(spec, high), spec.TickSize, OnTick(spec, close));
        var quiet = NothingReactsWithin(market, bottom, top);
        if (!quiet && market.OpenPositions > 0 && risk.AnyBandsUnknown())
        {
            // A fill (or a transfer) cleared its account's safe bands. The liquidation check every move ends with,
            // done once at the current mark, gives them back: the rest of the candle may still be quiet.
            risk.CheckLiquidations();
            quiet = NothingReactsWithin(market, bottom, top);
        }
        if (quiet)
        {
            market.Candles.Range(state.Now, start, bottom, top, end);
            market.IndexPrice = market.LastPrice = end;
            // The mark of futures: the price itself at ≤ 8 decimals (NothingReactsWithin saw the mark follow the price).
            if (spec.Market == AsterMarket.Futures) market.MarkPrice = HasMoreThan8Decimals(end) ? Math.Round(end, 8) : end;
            market.Book.Recenter(end);
            market.Book.CountSkippedUpdates(3);
            MarketTape.PublishDepth(state, market);
            return;
        }
        var highFirst = high - open < open - low;
        Move(market, open);
        Move(market, highFirst ? high : low);
        Move(market, highFirst ? low : high);
        Move(market, close);
    }

    /// <summary>
    /// Whether moves to prices in [low, high] would do nothing but set prices: nobody subscribed (no events),
    /// (a subscriber taking only accounts' events sees nothing of the inner points), a mark that simply follows the price, no resting orders to sweep, no trigger reached anywhere in the range
    /// (stop conditions are half-lines, so checking both ends is enough; trailing stops keep state, so they
    /// count as reacting), and every account with positions inside its safe mark bands over the whole range
    /// (accounts elsewhere included: any move would check them). Other accounts' state does not change along the
    /// path, so checking them once at the close equals checking them at every point.
    /// </summary>
    private bool NothingReactsWithin(MarketState market, decimal low, decimal high)
    {
        if (!_markFollowsPrice || state.PublishingMarketData || market.Book.Bids.LevelCount != 0 || market.Book.Asks.LevelCount != 0)
            return false;
        if (market.Triggers.Count == 0 && market.OpenPositions == 0) return true;
        // Mark = last inside the path only while prices have at most the mark's 8 decimals. Candle prices almost
        // always carry 8 decimals or fewer: their scale says so without rounding and comparing.
        if (HasMoreThan8Decimals(low) || HasMoreThan8Decimals(high)) return false;
        var triggersQuiet = market.Triggers.Count == 0 || (market.Spec.Market == AsterMarket.Futures
            ? FuturesTrading.NoneFiresWithin(market, low, high)
            : SpotTrading.NoneFiresWithin(market, low, high));
        return triggersQuiet && (market.OpenPositions == 0 || risk.NoneReactsWithin(market, low, high));
    }

    private static bool HasMoreThan8Decimals(decimal price) => price.Scale > 8 && Math.Round(price, 8) != price;

    /// <summary>
    /// A move to the price the market is already at, with an untouched ladder and nothing that could react,
    /// changes only the candle (a new minute may open) and the book's update id. A backtest's next candle
    /// usually opens at the last close: its SetPrice(open) is such a move.
    /// </summary>
    private bool IsStill(MarketState market, decimal price) =>
        price == market.IndexPrice && price == market.LastPrice && !market.Book.Synthetic.Consumed
        && (market.Spec.Market != AsterMarket.Futures || market.MarkPrice == Math.Round(price, 8))
        && NothingReactsWithin(market, price, price);

    private static decimal OnTick(Symbols.SymbolSpec spec, decimal price) => Math.Max(spec.RoundPriceDown(price), spec.TickSize);

    public void Move(MarketState market, decimal price)
    {
        var spec = market.Spec;
        price = OnTick(spec, price);
        if (IsStill(market, price))
        {
            market.Candles.Price(state.Now, price);
            market.Book.CountSkippedUpdates(1);
            MarketTape.PublishDepth(state, market);
            return;
        }
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
