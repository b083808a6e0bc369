using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Accounts;
using AsterBot.Simulator.Engine.Book;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>
/// Futures order flow: placement checks that need state (positions, limits, triggers, margin), execution
/// against the book, resting, cancellation and conditional triggers. Also the futures side of every match.
/// </summary>
internal sealed class FuturesTrading(EngineState state, FuturesLedger ledger) : ITradeHandler
{
    public EngineResult<FuturesOrderView> Place(Account account, FuturesOrderRequest r)
    {
        var fa = account.Futures;
        if (FuturesOrderValidator.Validate(r, state, fa, out var market) is { } invalid) return invalid;
        var spec = market!.Spec;
        var type = r.Type!.Value;
        var side = r.Side!.Value;
        var positionSide = r.PositionSide ?? PositionSide.Both;
        var settings = fa.Settings(market, state.Options.DefaultLeverage);
        var conditional = FuturesOrderValidator.IsConditional(type);
        var quantity = r.Quantity ?? 0;
        var closePosition = r.ClosePosition == true;
        var reducing = closePosition || r.ReduceOnly == true || IsHedgeClose(fa, side, positionSide);
        var position = settings.For(positionSide);

        if (closePosition && fa.HedgeMode && !IsHedgeClose(fa, side, positionSide)) return AsterErrors.ReduceOnlyRejected;
        if (reducing && !closePosition)
        {
            var closable = Closable(position, side);
            if (closable == 0 || (fa.HedgeMode && quantity > closable)) return AsterErrors.ReduceOnlyRejected;
            if (!fa.HedgeMode && !conditional && PendingReduce(fa, market, side) + quantity > closable)
                return AsterErrors.ReduceOnlyMarginCheckFailed;
        }
        if (settings.OpenOrders >= spec.MaxNumOrders) return AsterErrors.MaxOpenOrders;
        if (conditional && settings.OpenConditionalOrders >= spec.MaxNumAlgoOrders) return AsterErrors.MaxStopOrders;
        if (r.NewClientOrderId is { } clientId && fa.OpenByClientId.ContainsKey(clientId)) return AsterErrors.DuplicateClientOrderId;
        if (conditional && WouldTriggerNow(r, type, side, market) is { } trigger) return trigger;
        var tif = r.TimeInForce ?? TimeInForce.Gtc;
        if (type == OrderType.Limit && tif == TimeInForce.Gtx && market.Book.WouldTake(side, r.Price!.Value))
            return AsterErrors.PostOnlyWouldTake;
        if (!conditional && !reducing)
        {
            var referencePrice = type == OrderType.Limit ? r.Price!.Value : market.MarkPrice;
            if (MarginCheck(fa, settings, side, positionSide, quantity, referencePrice) is { } margin) return margin;
        }
        if (type == OrderType.Market && !HasLiquidityWithinBound(market, side)) return AsterErrors.MarketPriceOutOfBound;

        var order = new FuturesOrder
        {
            Market = market,
            PositionSide = positionSide,
            Trigger = conditional ? new FuturesTrigger
            {
                StopPrice = r.StopPrice ?? 0,
                CallbackRate = r.CallbackRate,
                ActivationPrice = type == OrderType.TrailingStopMarket ? r.ActivationPrice ?? WorkingPrice(market, r.WorkingType) : null,
                WorkingType = r.WorkingType ?? WorkingType.ContractPrice,
                PriceProtect = r.PriceProtect == true,
            } : null,
            ReduceOnly = r.ReduceOnly == true,
            ClosePosition = closePosition,
            Reducing = reducing,
        };
        order.Open(state.Orders.NextId, fa.Id, r.NewClientOrderId, side, type, tif, quantity, r.Price ?? 0, state.Now);
        ledger.Register(fa, settings, order);
        ledger.PublishOrder(fa, order, ExecutionType.New);
        if (conditional)
        {
            market.Triggers.Add(order);
            settings.OpenConditionalOrders++;
        }
        else Execute(fa, settings, order);
        return order.ToView();
    }

    /// <summary>Trades an active (non-conditional) order, then rests, expires or finishes it.</summary>
    private void Execute(FuturesAccount fa, SymbolSettings settings, FuturesOrder order)
    {
        var market = order.Market;
        var quantity = order.Remaining;
        if (order.Reducing)
        {
            var closable = Closable(settings.For(order.PositionSide), order.Side);
            if (order.ClosePosition) order.OrigQty = order.Remaining = quantity = closable;
            quantity = Math.Min(quantity, closable);
            if (quantity == 0) { Finish(fa, settings, order, OrderStatus.Expired); return; }
        }
        var worst = WorstPrice(order);
        if (order.TimeInForce == TimeInForce.Fok && market.Book.Available(order, worst, quantity, this) < quantity)
        {
            Finish(fa, settings, order, OrderStatus.Expired);
            return;
        }
        market.Book.Match(order, quantity, worst, this);
        if (order.Remaining == 0) return;
        if (order.Type == OrderType.Market || order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok)
        {
            Finish(fa, settings, order, OrderStatus.Expired);
            return;
        }
        if (!order.Reducing)
        {
            Reserve(fa, settings, order, OpeningQuantity(fa, settings, order.Side, order.PositionSide, order.Remaining) * order.Price / settings.Leverage);
        }
        market.Book.Rest(order);
    }

    public EngineResult<FuturesOrderView> Cancel(Account account, string? symbol, OrderRef reference)
    {
        if (Find(account, symbol, reference, out var order) is { } error) return error == AsterErrors.OrderDoesNotExist ? AsterErrors.UnknownOrder : error;
        if (!order!.IsOpen) return AsterErrors.UnknownOrder;
        Finish(account.Futures, account.Futures.Settings(order.Market, state.Options.DefaultLeverage), order, OrderStatus.Canceled);
        return order.ToView();
    }

    /// <summary>
    /// PUT /fapi/v3/order: a resting LIMIT order gets a new price and quantity (both required). It loses its queue
    /// place (taken off the book and entered again, so it may trade at once); any refusal leaves the original as it was.
    /// </summary>
    public EngineResult<FuturesOrderView> Modify(Account account, string? symbol, OrderRef reference, decimal? quantity, decimal? price)
    {
        if (quantity is null) return AsterErrors.MandatoryParameter("quantity");
        if (price is null) return AsterErrors.MandatoryParameter("price");
        if (Find(account, symbol, reference, out var order) is { } error) return error;
        if (!order!.IsOpen || !order.IsResting || order.Type != OrderType.Limit) return AsterErrors.InvalidOrderStatus;
        var fa = account.Futures;
        var check = new FuturesOrderRequest
        {
            Symbol = order.Market.Symbol, Side = order.Side, Type = OrderType.Limit, TimeInForce = order.TimeInForce,
            PositionSide = order.PositionSide, Quantity = quantity, Price = price, ReduceOnly = order.ReduceOnly ? true : null,
        };
        if (FuturesOrderValidator.Validate(check, state, fa, out _) is { } invalid) return invalid;
        if (quantity <= order.ExecutedQty) return AsterErrors.InvalidParameter("quantity");
        if (order.TimeInForce == TimeInForce.Gtx && order.Market.Book.WouldTake(order.Side, price.Value)) return AsterErrors.PostOnlyWouldTake;

        var settings = fa.Settings(order.Market, state.Options.DefaultLeverage);
        var reserved = order.ReservedMargin;
        Reserve(fa, settings, order, -reserved);
        if (!order.Reducing && MarginCheck(fa, settings, order.Side, order.PositionSide, quantity.Value - order.ExecutedQty, price.Value) is { } margin)
        {
            Reserve(fa, settings, order, reserved);
            return margin;
        }
        order.Market.Book.Remove(order);
        order.OrigQty = quantity.Value;
        order.Remaining = quantity.Value - order.ExecutedQty;
        order.Price = price.Value;
        order.UpdateTime = state.Now;
        ledger.PublishOrder(fa, order, ExecutionType.Amendment);
        Execute(fa, settings, order);
        return order.ToView();
    }

    private static void Reserve(FuturesAccount fa, SymbolSettings settings, FuturesOrder order, decimal amount)
    {
        order.ReservedMargin += amount;
        fa.OpenOrderMargin += amount;
        settings.OpenOrderMargin += amount;
    }

    /// <summary>Cancels every open order of the account on the symbol (all symbols when null); returns how many.</summary>
    public int CancelAll(FuturesAccount fa, MarketState? market, OrderStatus status = OrderStatus.Canceled)
    {
        var victims = OrderBookkeeping.OpenOrdersOn(fa, market);
        foreach (var order in victims) Finish(fa, fa.Settings(order.Market, state.Options.DefaultLeverage), order, status);
        return victims.Count;
    }

    /// <summary>Looks an order up by id or client id within the account and symbol; -1102/-1121/-2013.</summary>
    public EngineError? Find(Account account, string? symbol, OrderRef reference, out FuturesOrder? order) =>
        OrderBookkeeping.Find(state, Aster.Models.Market.Futures, account.Futures, symbol, reference, out order);

    /// <summary>Ends an order that did not fill out: takes it off the book or trigger list and publishes why.</summary>
    public void Finish(FuturesAccount fa, SymbolSettings settings, FuturesOrder order, OrderStatus status)
    {
        if (order.IsResting) order.Market.Book.Remove(order);
        else if (order.IsConditional && order.Type == order.OrigType && order.Market.Triggers.Remove(order))
            settings.OpenConditionalOrders--;
        order.Status = status;
        order.UpdateTime = state.Now;
        ledger.Unregister(fa, settings, order);
        ledger.PublishOrder(fa, order, status == OrderStatus.Canceled ? ExecutionType.Canceled : ExecutionType.Expired);
    }

    /// <summary>Fires conditional orders whose trigger price was reached; repeats while fills move the price.</summary>
    public void CheckTriggers(MarketState market)
    {
        var i = 0;
        while (i < market.Triggers.Count)
        {
            var order = (FuturesOrder)market.Triggers[i];
            if (!Fires(order, market)) { i++; continue; }
            market.Triggers.RemoveAt(i);
            var fa = state.Accounts[order.AccountId].Futures;
            var settings = fa.Settings(market, state.Options.DefaultLeverage);
            settings.OpenConditionalOrders--;
            Trigger(fa, settings, order);
            i = 0; // fills may have moved the price: look at every waiting order again
        }
    }

    /// <summary>True when no waiting order would fire at any price from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static bool NoneFiresWithin(MarketState market, decimal low, decimal high)
    {
        foreach (var waiting in market.Triggers)
        {
            var order = (FuturesOrder)waiting;
            if (order.OrigType == OrderType.TrailingStopMarket) return false;
            if (TriggerRules.ReachedWithin(order.OrigType, order.Side, order.Trigger!.StopPrice, low, high)) return false;
        }
        return true;
    }

    private static bool Fires(FuturesOrder order, MarketState market)
    {
        var trigger = order.Trigger!;
        var price = trigger.WorkingType == WorkingType.MarkPrice ? market.MarkPrice : market.LastPrice;
        var fires = order.OrigType == OrderType.TrailingStopMarket
            ? TriggerRules.TrailingFires(order.Side, trigger.ActivationPrice!.Value, trigger.CallbackRate!.Value, price,
                ref trigger.TrailingActive, ref trigger.TrailingExtreme)
            : TriggerRules.StopReached(order.OrigType, order.Side, trigger.StopPrice, price);
        if (!fires || !trigger.PriceProtect || market.Spec.TriggerProtect <= 0) return fires;
        // priceProtect: hold the trigger while mark and contract price disagree by more than triggerProtect.
        return Math.Abs(market.MarkPrice - market.LastPrice) / market.MarkPrice <= market.Spec.TriggerProtect;
    }

    private void Trigger(FuturesAccount fa, SymbolSettings settings, FuturesOrder order)
    {
        order.Type = order.OrigType is OrderType.Stop or OrderType.TakeProfit ? OrderType.Limit : OrderType.Market;
        order.UpdateTime = state.Now;
        if (!order.Reducing)
        {
            var reference = order.Type == OrderType.Limit ? order.Price : order.Market.MarkPrice;
            if (MarginCheck(fa, settings, order.Side, order.PositionSide, order.Remaining, reference) is not null)
            {
                Finish(fa, settings, order, OrderStatus.Expired);
                return;
            }
        }
        Execute(fa, settings, order);
    }

    // ---- the futures side of a match ----

    public decimal MakerCapacity(BookOrder maker)
    {
        var order = (FuturesOrder)maker;
        if (!order.Reducing) return order.Remaining;
        var fa = state.Accounts[order.AccountId].Futures;
        return Closable(fa.Settings(order.Market, state.Options.DefaultLeverage).For(order.PositionSide), order.Side);
    }

    public void OnMakerExpired(BookOrder maker)
    {
        var order = (FuturesOrder)maker;
        var fa = state.Accounts[order.AccountId].Futures;
        Finish(fa, fa.Settings(order.Market, state.Options.DefaultLeverage), order, OrderStatus.Expired);
    }

    public void OnTrade(BookOrder? taker, BookOrder? maker, decimal price, decimal quantity)
    {
        var market = ((FuturesOrder)(taker ?? maker)!).Market;
        var tradeId = market.NextTradeId++;
        if (taker is FuturesOrder t)
            ledger.ApplyFill(state.Accounts[t.AccountId].Futures, t, price, quantity, false, tradeId, maker?.AccountId ?? 0);
        if (maker is FuturesOrder m)
            ledger.ApplyFill(state.Accounts[m.AccountId].Futures, m, price, quantity, true, tradeId, taker?.AccountId ?? 0);
        var buyerIsMaker = maker is not null ? maker.Side == OrderSide.Buy : taker!.Side == OrderSide.Sell;
        MarketTape.Record(state, market, tradeId, price, quantity, buyerIsMaker);
    }

    // ---- helpers ----

    private static bool IsHedgeClose(FuturesAccount fa, OrderSide side, PositionSide positionSide) =>
        fa.HedgeMode && ((positionSide == PositionSide.Long && side == OrderSide.Sell)
                         || (positionSide == PositionSide.Short && side == OrderSide.Buy));

    /// <summary>How much an order of this side can close of the position (0 if it would not reduce it).</summary>
    private static decimal Closable(Position position, OrderSide side) =>
        side == OrderSide.Buy ? Math.Max(0, -position.Amount) : Math.Max(0, position.Amount);

    /// <summary>The part of an order that would add exposure (one-way: beyond closing the opposite position).</summary>
    public static decimal OpeningQuantity(FuturesAccount fa, SymbolSettings settings, OrderSide side, PositionSide positionSide, decimal quantity)
    {
        if (fa.HedgeMode) return IsHedgeClose(fa, side, positionSide) ? 0 : quantity;
        return Math.Max(0, quantity - Closable(settings.Both, side));
    }

    private static decimal PendingReduce(FuturesAccount fa, MarketState market, OrderSide side)
    {
        var sum = 0m;
        foreach (var o in fa.OpenOrders)
            if (o.Market == market && o.Side == side && o.ReduceOnly && !o.IsConditional) sum += o.Remaining;
        return sum;
    }

    /// <summary>-2027 when the position would outgrow the leverage's bracket, -2019 when margin is short.</summary>
    private static EngineError? MarginCheck(FuturesAccount fa, SymbolSettings settings, OrderSide side,
        PositionSide positionSide, decimal quantity, decimal price)
    {
        var opening = OpeningQuantity(fa, settings, side, positionSide, quantity);
        if (opening == 0) return null;
        var held = Math.Abs(settings.For(positionSide).Amount);
        if ((held + opening) * price > settings.Market.Spec.MaxNotionalAt(settings.Leverage))
            return AsterErrors.ExceededMaxPositionAtLeverage;
        var required = opening * price / settings.Leverage + opening * price * fa.TakerRate;
        return fa.AvailableBalance < required ? AsterErrors.MarginInsufficient : null;
    }

    private static EngineError? WouldTriggerNow(FuturesOrderRequest r, OrderType type, OrderSide side, MarketState market)
    {
        var price = WorkingPrice(market, r.WorkingType);
        if (type == OrderType.TrailingStopMarket)
        {
            if (r.ActivationPrice is not { } activation) return null;
            var immediate = side == OrderSide.Buy ? activation >= price : activation <= price;
            return immediate ? AsterErrors.WouldImmediatelyTrigger : null;
        }
        return TriggerRules.StopReached(type, side, r.StopPrice!.Value, price) ? AsterErrors.WouldImmediatelyTrigger : null;
    }

    private static decimal WorkingPrice(MarketState market, WorkingType? workingType) =>
        workingType == WorkingType.MarkPrice ? market.MarkPrice : market.LastPrice;

    /// <summary>LIMIT: its price. MARKET: no worse than mark × (1 ± marketTakeBound).</summary>
    private static decimal WorstPrice(FuturesOrder order)
    {
        if (order.Type == OrderType.Limit) return order.Price;
        var bound = order.Market.Spec.MarketTakeBound;
        var buying = order.Side == OrderSide.Buy;
        if (bound <= 0) return buying ? decimal.MaxValue : 0;
        return order.Market.MarkPrice * (buying ? 1 + bound : 1 - bound);
    }

    private static bool HasLiquidityWithinBound(MarketState market, OrderSide side)
    {
        var bound = market.Spec.MarketTakeBound;
        if (bound <= 0) return true;
        var buying = side == OrderSide.Buy;
        var limit = market.MarkPrice * (buying ? 1 + bound : 1 - bound);
        var user = (buying ? market.Book.Asks : market.Book.Bids).Best;
        var hasSynthetic = market.Book.Synthetic.TryBest(isBid: !buying, out var synthetic);
        return (user is not null && Within(user.Price)) || (hasSynthetic && Within(synthetic));

        bool Within(decimal p) => buying ? p <= limit : p >= limit;
    }
}
