using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Accounts;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Spot;

/// <summary>
/// Spot order flow and accounting. A resting or waiting order locks what it may spend (BUY: price × quantity of
/// the quote asset; SELL: the base quantity). Commission is taken from the asset received, at the maker or taker
/// rate; a BUY that fills below its limit gets the difference unlocked.
/// </summary>
internal sealed class SpotTrading(EngineState state) : ITradeHandler
{
    public EngineResult<SpotOrderView> Place(Account account, SpotOrderRequest r)
    {
        var sa = account.Spot;
        if (SpotOrderValidator.Validate(r, state, out var market) is { } invalid) return invalid;
        var spec = market!.Spec;
        var type = r.Type!.Value;
        var side = r.Side!.Value;
        var tif = r.TimeInForce ?? TimeInForce.Gtc;
        if (CountOpen(sa, market) >= spec.MaxNumOrders) return AsterErrors.MaxOpenOrders;
        if (r.NewClientOrderId is { } clientId && sa.OpenByClientId.ContainsKey(clientId)) return AsterErrors.DuplicateClientOrderId;
        var conditional = type is OrderType.Stop or OrderType.StopMarket or OrderType.TakeProfit or OrderType.TakeProfitMarket;
        if (conditional && TriggerRules.StopReached(type, side, r.StopPrice!.Value, market.LastPrice))
            return AsterErrors.WouldImmediatelyTrigger;
        if (type == OrderType.Limit && tif == TimeInForce.Gtx && market.Book.WouldTake(side, r.Price!.Value))
            return AsterErrors.PostOnlyWouldTake;

        var quantity = r.Quantity ?? 0;
        if (type == OrderType.Market && r.QuoteOrderQty is { } quote)
        {
            // Spend (BUY) or receive (SELL) at most this much quote: the base quantity the book gives for it.
            var (estimated, _) = market.Book.Estimate(side, decimal.MaxValue, quote, this);
            quantity = spec.RoundQtyDown(estimated);
            if (quantity <= 0) return AsterErrors.QuantityBelowMin;
        }
        var (lockAsset, lockAmount) = LockFor(spec.BaseAsset, spec.QuoteAsset, type, side, quantity, r.Price ?? r.StopPrice ?? 0);
        if (type == OrderType.Market)
        {
            var (_, cost) = market.Book.Estimate(side, quantity, decimal.MaxValue, this);
            (lockAsset, lockAmount) = side == OrderSide.Buy ? (spec.QuoteAsset, cost) : (spec.BaseAsset, quantity);
        }
        if (sa.Free(lockAsset) < lockAmount) return AsterErrors.BalanceInsufficient;

        var order = new SpotOrder { Market = market, StopPrice = r.StopPrice ?? 0, QuoteOrderQty = r.QuoteOrderQty };
        order.Open(state.Orders.NextId, sa.Id, r.NewClientOrderId, side, type, tif, quantity, r.Price ?? 0, state.Now);
        if (type != OrderType.Market) Lock(sa, order, lockAsset, lockAmount);
        Register(sa, order);
        Publish(sa, order, ExecutionType.New);
        if (conditional) market.Triggers.Add(order);
        else Execute(sa, order);
        return order.ToView();
    }

    private static (string Asset, decimal Amount) LockFor(string baseAsset, string quoteAsset, OrderType type, OrderSide side, decimal quantity, decimal price) =>
        side == OrderSide.Sell ? (baseAsset, quantity) : (quoteAsset, type == OrderType.Market ? 0 : quantity * price);

    private static void Lock(SpotAccount sa, SpotOrder order, string asset, decimal amount)
    {
        var balance = sa.Of(asset);
        balance.Free -= amount;
        balance.Locked += amount;
        order.LockedAsset = asset;
        order.Locked = amount;
    }

    private void Execute(SpotAccount sa, SpotOrder order)
    {
        var book = order.Market.Book;
        var worst = order.Type == OrderType.Limit ? order.Price : order.Side == OrderSide.Buy ? decimal.MaxValue : 0;
        if (order.TimeInForce == TimeInForce.Fok && order.Type == OrderType.Limit
            && book.Available(order, worst, order.Remaining, this) < order.Remaining)
        {
            Finish(sa, order, OrderStatus.Expired);
            return;
        }
        book.Match(order, order.Remaining, worst, this);
        if (order.Remaining == 0) return;
        if (order.Type == OrderType.Market || order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok) Finish(sa, order, OrderStatus.Expired);
        else book.Rest(order);
    }

    public EngineResult<SpotOrderView> Cancel(Account account, string? symbol, OrderRef reference)
    {
        if (Find(account, symbol, reference, out var order) is { } error)
            return error == AsterErrors.OrderDoesNotExist ? AsterErrors.UnknownOrder : error;
        if (!order!.IsOpen) return AsterErrors.UnknownOrder;
        Finish(account.Spot, order, OrderStatus.Canceled);
        return order.ToView();
    }

    public int CancelAll(SpotAccount sa, MarketState market)
    {
        var victims = OrderBookkeeping.OpenOrdersOn(sa, market);
        foreach (var order in victims) Finish(sa, order, OrderStatus.Canceled);
        return victims.Count;
    }

    public EngineError? Find(Account account, string? symbol, OrderRef reference, out SpotOrder? order) =>
        OrderBookkeeping.Find(state, Aster.Models.Market.Spot, account.Spot, symbol, reference, out order);

    public void CheckTriggers(MarketState market)
    {
        var i = 0;
        while (i < market.Triggers.Count)
        {
            var order = (SpotOrder)market.Triggers[i];
            if (!TriggerRules.StopReached(order.OrigType, order.Side, order.StopPrice, market.LastPrice)) { i++; continue; }
            market.Triggers.RemoveAt(i);
            var sa = state.Accounts[order.AccountId].Spot;
            order.Type = order.OrigType is OrderType.Stop or OrderType.TakeProfit ? OrderType.Limit : OrderType.Market;
            order.UpdateTime = state.Now;
            if (order.Type == OrderType.Market && order.Side == OrderSide.Buy)
            {
                // The stop price only reserved funds; a market buy pays what the book asks.
                Unlock(sa, order);
                var (_, cost) = market.Book.Estimate(order.Side, order.Remaining, decimal.MaxValue, this);
                if (sa.Free(market.Spec.QuoteAsset) < cost) { Finish(sa, order, OrderStatus.Expired); i = 0; continue; }
            }
            Execute(sa, order);
            i = 0;
        }
    }

    /// <summary>True when no waiting order would fire at any price from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static bool NoneFiresWithin(MarketState market, decimal low, decimal high)
    {
        foreach (var waiting in market.Triggers)
        {
            var order = (SpotOrder)waiting;
            if (TriggerRules.ReachedWithin(order.OrigType, order.Side, order.StopPrice, low, high)) return false;
        }
        return true;
    }

    public void Finish(SpotAccount sa, SpotOrder order, OrderStatus status)
    {
        if (order.IsResting) order.Market.Book.Remove(order);
        else if (order.IsWaitingForTrigger) order.Market.Triggers.Remove(order);
        order.Status = status;
        order.UpdateTime = state.Now;
        Unlock(sa, order);
        Unregister(sa, order);
        Publish(sa, order, status == OrderStatus.Canceled ? ExecutionType.Canceled : ExecutionType.Expired);
    }

    private static void Unlock(SpotAccount sa, SpotOrder order)
    {
        if (order.Locked == 0) return;
        var balance = sa.Of(order.LockedAsset);
        balance.Locked -= order.Locked;
        balance.Free += order.Locked;
        order.Locked = 0;
    }

    // ---- the spot side of a match ----

    public decimal MakerCapacity(BookOrder maker) => maker.Remaining;

    public void OnMakerExpired(BookOrder maker) => Finish(state.Accounts[maker.AccountId].Spot, (SpotOrder)maker, OrderStatus.Expired);

    public void OnTrade(BookOrder? taker, BookOrder? maker, decimal price, decimal quantity)
    {
        var market = ((SpotOrder)(taker ?? maker)!).Market;
        var tradeId = market.NextTradeId++;
        if (taker is SpotOrder t) ApplyFill(t, price, quantity, false, tradeId, maker?.AccountId ?? 0);
        if (maker is SpotOrder m) ApplyFill(m, price, quantity, true, tradeId, taker?.AccountId ?? 0);
        var buyerIsMaker = maker is not null ? maker.Side == OrderSide.Buy : taker!.Side == OrderSide.Sell;
        MarketTape.Record(state, market, tradeId, price, quantity, buyerIsMaker);
    }

    private void ApplyFill(SpotOrder order, decimal price, decimal quantity, bool isMaker, long tradeId, long counterparty)
    {
        var sa = state.Accounts[order.AccountId].Spot;
        var spec = order.Market.Spec;
        var rate = isMaker ? sa.MakerRate : sa.TakerRate;
        var quoteAmount = price * quantity;
        string paidAsset, receivedAsset;
        decimal paid, received;
        if (order.Side == OrderSide.Buy)
        {
            (paidAsset, paid, receivedAsset, received) = (spec.QuoteAsset, quoteAmount, spec.BaseAsset, quantity);
            Spend(sa, order, paidAsset, paid, order.Locked > 0 ? order.Price * quantity : 0);
        }
        else
        {
            (paidAsset, paid, receivedAsset, received) = (spec.BaseAsset, quantity, spec.QuoteAsset, quoteAmount);
            Spend(sa, order, paidAsset, paid, order.Locked > 0 ? quantity : 0);
        }
        var fee = received * rate;
        sa.Of(receivedAsset).Free += received - fee;
        sa.UpdateTime = state.Now;

        order.ExecutedQty += quantity;
        order.CumQuote += quoteAmount;
        order.UpdateTime = state.Now;
        order.Status = order.Remaining == 0 ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        if (order.Status == OrderStatus.Filled)
        {
            Unlock(sa, order); // a BUY filled below its limit leaves quote locked: give it back
            Unregister(sa, order);
        }
        if (state.Options.KeepHistory)
        {
            sa.Trades.Add(new SpotTradeView(tradeId, order.OrderId, spec.Symbol, order.Side, price, quantity, quoteAmount, fee,
                receivedAsset, state.Now, isMaker, order.Side == OrderSide.Buy, counterparty));
            sa.Transactions.Add(new SpotTransactionView(state.NextTranId++, tradeId, paidAsset, spec.Symbol, -paid, "TRADE_SOURCE", state.Now));
            sa.Transactions.Add(new SpotTransactionView(state.NextTranId++, tradeId, receivedAsset, spec.Symbol, received - fee, "TRADE_TARGET", state.Now));
        }
        if (!state.Publishing) return;
        state.Events.Publish(new SpotOrderUpdate(state.Now, sa.Id, order.ToView(), ExecutionType.Trade, quantity, price, fee,
            receivedAsset, tradeId, isMaker));
        if (state.PublishingBalances)
            state.Events.Publish(new SpotAccountUpdate(state.Now, sa.Id, "ORDER",
                [SpotBalance(sa, paidAsset), SpotBalance(sa, receivedAsset)]));
    }

    /// <summary>Pays from the order's lock (releasing <paramref name="fromLock"/>) or, for market orders, from free.</summary>
    private static void Spend(SpotAccount sa, SpotOrder order, string asset, decimal amount, decimal fromLock)
    {
        var balance = sa.Of(asset);
        if (fromLock > 0)
        {
            var released = Math.Min(fromLock, order.Locked);
            order.Locked -= released;
            balance.Locked -= released;
            balance.Free += released - amount;
        }
        else balance.Free -= amount;
    }

    public static SpotBalanceView SpotBalance(SpotAccount sa, string asset)
    {
        var b = sa.Of(asset);
        return new SpotBalanceView(asset, b.Free, b.Locked);
    }

    private void Register(SpotAccount sa, SpotOrder order) => OrderBookkeeping.Register(state, sa, order);

    private void Unregister(SpotAccount sa, SpotOrder order)
    {
        // A fill and a cancel can both end an order: only the first takes it off the lists.
        if (order.OpenSlot >= 0) OrderBookkeeping.Delist(state, sa, order);
    }

    private static int CountOpen(SpotAccount sa, MarketState market)
    {
        var count = 0;
        foreach (var o in sa.OpenOrders) if (o.Market == market) count++;
        return count;
    }

    private void Publish(SpotAccount sa, SpotOrder order, ExecutionType type)
    {
        if (state.PublishingOrder(type))
            state.Events.Publish(new SpotOrderUpdate(state.Now, sa.Id, order.ToView(), type, 0, 0, 0, null, 0, false));
    }
}
