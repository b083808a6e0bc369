using AsterBot.Aster.Filters;
using AsterBot.Aster.Models;
using AsterBot.Trading.Domain;
using AsterBot.Trading.Exchanges;
using AsterBot.Trading.Strategies;

namespace AsterBot.Trading.Execution;

/// <summary>Turns queued strategy actions into orders: staleness check, flip logic, sizing, risk guards, safe sending.</summary>
public sealed partial class PairTrader
{
    /// <summary>
    /// Sends what the strategy asked for. Completes synchronously when nothing is queued (the per-candle path of
    /// backtests). Exchange failures and refusals become events; this never throws for them.
    /// </summary>
    public ValueTask ExecutePendingAsync(CancellationToken ct) =>
        _pending.Count == 0 && _toSettle.Count == 0 ? default : ExecuteCoreAsync(ct);

    private async ValueTask ExecuteCoreAsync(CancellationToken ct)
    {
        var context = Started();
        DrainUpdates();
        await SettleFinishedAsync(ct);
        if (_pending.Count == 0) return;
        _now = _exchange.Now;
        // Stale = the candle that should follow the last one is overdue by more than the limit (a 1h pair acting
        // on a signal 30 minutes after the last close has the newest data there is).
        var overdue = _now - _lastCandleClose - _intervalMs;
        if (overdue > (long)_setup.StalenessLimit.TotalMilliseconds)
        {
            foreach (var action in _pending)
                Publish(TradingEventKind.Blocked, $"{Describe(action)} not sent: market data is stale (last candle closed {(_now - _lastCandleClose) / 1000} s ago, the next one is {overdue / 1000} s overdue, limit {_setup.StalenessLimit.TotalSeconds} s)");
            _pending.Clear();
            return;
        }
        if (!await RefreshAccountAsync(ct)) return;
        // What the fills of these orders make the strategy ask for (a new position's exits) goes out in the same
        // step, not a candle later; a bounded number of rounds, so a strategy reacting to its own fills cannot loop.
        for (var round = 0; round < MaxRoundsPerStep && _pending.Count > 0; round++)
        {
            var actions = _pending.ToArray();
            _pending.Clear();
            foreach (var action in actions)
            {
                switch (action)
                {
                    case SetTarget target: await ApplyTargetAsync(target, context, ct); break;
                    case PlaceOrder place: await PlaceManagedAsync(place, context, ct); break;
                    case CancelOrder cancel: await CancelManagedAsync(cancel, context, ct); break;
                }
            }
            DrainUpdates(); // what the orders did (immediate fills) is visible in Status and to the strategy at once
            await AwaitReportedFillsAsync(ct);
        }
    }

    /// <summary>
    /// Live, an order's answer reports its executions before the user-data stream delivers the fills, and a new
    /// position's exits are decided on those fills. Waits for them (at most <see cref="PairSetup.FillWait"/>) so the
    /// exits go out in this step rather than a candle later. Paper and backtests never wait: their fills are queued
    /// by the order call itself.
    /// </summary>
    private async ValueTask AwaitReportedFillsAsync(CancellationToken ct)
    {
        // The step's time answers "is anything in flight" (a backtest's every round asks); the clock is read only to wait.
        if (_setup.FillWait <= TimeSpan.Zero || !_inFlight.AnyPending(_now)) return;
        var now = _exchange.Now;
        var deadline = now + (long)_setup.FillWait.TotalMilliseconds;
        while (now < deadline && await _exchange.WaitForUpdateAsync(TimeSpan.FromMilliseconds(deadline - now), ct))
        {
            // An exchange that says something is queued but yields nothing would otherwise keep this loop busy.
            if (!DrainUpdates()) return;
            now = _exchange.Now;
            if (!_inFlight.AnyPending(now)) return;
        }
    }

    private const int MaxRoundsPerStep = 3;

    private async ValueTask SettleFinishedAsync(CancellationToken ct)
    {
        foreach (var order in _toSettle) await _sender.SettleAsync(Storage.Model.OrderIntentState.Acknowledged, order, ct);
        _toSettle.Clear();
    }

    /// <summary>
    /// Reads the account (for sizing) and checks the position against what the fills built — only when every
    /// execution the exchange reported has arrived as a fill (see <see cref="FillsInFlight"/>).
    /// </summary>
    private async ValueTask<bool> RefreshAccountAsync(CancellationToken ct, bool starting = false)
    {
        var account = await _exchange.GetAccountAsync(ct);
        if (!account.IsSuccess)
        {
            Publish(TradingEventKind.Error, $"orders not sent: the account could not be read ({account.Error})");
            return false;
        }
        _context!.Account = account.Data;
        var position = account.Data.Position(_setup.Symbol);
        var quantity = position?.Quantity ?? 0;
        if (quantity != _position.Quantity && !_inFlight.AnyPending(_exchange.Now))
        {
            if (starting) Publish(TradingEventKind.Reconciled, $"position {quantity} found on the exchange at start");
            else Publish(TradingEventKind.ExternalChange, $"position on the exchange is {quantity}, this pair expected {_position.Quantity}: taking the exchange's figure");
            _position.Reset(quantity, position?.EntryPrice ?? 0);
            _context.Position = CurrentPosition();
        }
        return true;
    }

    /// <summary>Flip logic: close the opposite side reduce-only first, then open; a repeated same-side target adds nothing.</summary>
    private async ValueTask ApplyTargetAsync(SetTarget target, Strategies.StrategyContext context, CancellationToken ct)
    {
        // Executions already reported by an order's answer count even before their fills arrive (no second open).
        var held = _position.Quantity + _inFlight.SignedPending(_now);
        if (_setup.Market == Market.Spot)
        {
            await ApplySpotTargetAsync(target, held, context, ct);
            return;
        }
        var wanted = target.Target switch { PositionTarget.Long => 1, PositionTarget.Short => -1, _ => 0 };
        if (held != 0 && Math.Sign(held) == wanted) return; // already there: a repeated signal does not add
        if (held != 0)
        {
            var close = new OrderRequest(_setup.Symbol, held > 0 ? OrderSide.Sell : OrderSide.Buy, OrderType.Market, Math.Abs(held),
                ClientOrderIds.For(_setup.PairKey, target.Key, "c")) { ReduceOnly = true };
            if (!await SendAsync(close, (held > 0 ? "close long: " : "close short: ") + target.Reason, ct)) return;
            DrainUpdates();
        }
        if (wanted == 0) return;
        if (!await ConfigureLeverageAsync(target.Leverage, ct)) return;
        var side = wanted > 0 ? OrderSide.Buy : OrderSide.Sell;
        var price = context.LastPrice;
        var (quantity, problem) = PositionSizer.Size(_filters!, side, context.Account!.Equity, target.Risk, target.Leverage, price);
        if (problem is not null)
        {
            Publish(TradingEventKind.Blocked, $"open {target.Target} not sent: {problem}");
            return;
        }
        if (_guards.CheckOpening(_now, quantity * price) is { } blocked)
        {
            Publish(TradingEventKind.Blocked, $"open {target.Target} not sent: {blocked}");
            return;
        }
        var open = new OrderRequest(_setup.Symbol, side, OrderType.Market, quantity, ClientOrderIds.For(_setup.PairKey, target.Key, "o"));
        await SendAsync(open, (wanted > 0 ? "open long: " : "open short: ") + target.Reason, ct);
    }

    /// <summary>Spot: Long buys with the free quote × risk (unless base is already held); Short and Flat sell the base to flat.</summary>
    private async ValueTask ApplySpotTargetAsync(SetTarget target, decimal held, Strategies.StrategyContext context, CancellationToken ct)
    {
        var sellable = _filters!.RoundQuantity(held, market: true);
        if (target.Target == PositionTarget.Long)
        {
            if (sellable > 0) return; // already holding: a repeated signal does not add
            var price = context.LastPrice;
            var (quantity, problem) = PositionSizer.Size(_filters, OrderSide.Buy, context.Account!.Available, target.Risk, 1, price);
            if (problem is not null) { Publish(TradingEventKind.Blocked, $"buy not sent: {problem}"); return; }
            if (_guards.CheckOpening(_now, quantity * price) is { } blocked) { Publish(TradingEventKind.Blocked, $"buy not sent: {blocked}"); return; }
            await SendAsync(new OrderRequest(_setup.Symbol, OrderSide.Buy, OrderType.Market, quantity,
                ClientOrderIds.For(_setup.PairKey, target.Key, "o")), $"buy: {target.Reason}", ct);
            return;
        }
        if (sellable <= 0) return;
        await SendAsync(new OrderRequest(_setup.Symbol, OrderSide.Sell, OrderType.Market, sellable,
            ClientOrderIds.For(_setup.PairKey, target.Key, "c")), $"sell to flat: {target.Reason}", ct);
    }

    private async ValueTask PlaceManagedAsync(PlaceOrder place, Strategies.StrategyContext context, CancellationToken ct)
    {
        var filters = _filters!;
        var isMarket = place.Type == OrderType.Market;
        var quantity = filters.RoundQuantity(place.Quantity, isMarket);
        var price = place.Price is { } p ? filters.RoundPrice(p, place.Side) : (decimal?)null;
        var stop = place.StopPrice is { } s ? filters.RoundPrice(s, place.Side, PriceRounding.Nearest) : (decimal?)null;
        var check = new OrderCheck(place.Side, place.Type, quantity, price)
        {
            StopPrice = stop, ReduceOnly = place.ReduceOnly, ReferencePrice = context.LastPrice > 0 ? context.LastPrice : null,
        };
        if (filters.Check(check) is { } violation)
        {
            Publish(TradingEventKind.Blocked, $"{place.Tag} not sent: {violation.Message}");
            return;
        }
        if (!place.ReduceOnly)
        {
            var reference = price ?? stop ?? context.LastPrice;
            if (_guards.CheckOpening(_now, Math.Abs(_position.Quantity) * context.LastPrice + quantity * reference) is { } blocked)
            {
                Publish(TradingEventKind.Blocked, $"{place.Tag} not sent: {blocked}");
                return;
            }
            if (_parameters.Numbers.TryGetValue("leverage", out var leverage) && !await ConfigureLeverageAsync((int)leverage, ct)) return;
        }
        var id = ClientOrderIds.For(_setup.PairKey, place.Tag, "t");
        var request = new OrderRequest(_setup.Symbol, place.Side, place.Type, quantity, id)
        {
            Price = price, StopPrice = stop, ReduceOnly = _setup.Market == Market.Futures && place.ReduceOnly,
            TimeInForce = place.Type == OrderType.Limit ? (place.PostOnly ? TimeInForce.Gtx : TimeInForce.Gtc) : null,
        };
        _tags[id] = place.Tag;
        if (!await SendAsync(request, place.Reason, ct)) _tags.Remove(id);
    }

    private async ValueTask CancelManagedAsync(CancelOrder cancel, Strategies.StrategyContext context, CancellationToken ct)
    {
        if (!context.OpenOrders.ContainsKey(cancel.Tag)) return; // already gone (filled or cancelled)
        var id = ClientOrderIds.For(_setup.PairKey, cancel.Tag, "t");
        var result = await _exchange.CancelOrderAsync(_setup.Symbol, id, ct);
        if (result.IsSuccess)
        {
            context.SetOpenOrder(cancel.Tag, result.Data);
            _tags.Remove(id);
            _toSettle.Add(result.Data);
            Publish(TradingEventKind.Order, $"cancelled {cancel.Tag}: {cancel.Reason}");
        }
        else if (result.Error.Kind == Aster.Errors.AsterErrorKind.UnknownOrder)
            Publish(TradingEventKind.Info, $"{cancel.Tag} was no longer open when cancelling ({cancel.Reason})");
        else
            Publish(TradingEventKind.Error, $"cancel {cancel.Tag} failed: {result.Error}");
    }

    /// <summary>Leverage and margin type go to the exchange before opening, once per change.</summary>
    private async ValueTask<bool> ConfigureLeverageAsync(int leverage, CancellationToken ct)
    {
        if (_setup.Market == Market.Spot || leverage == _configuredLeverage) return true;
        var result = await _exchange.ConfigureSymbolAsync(_setup.Symbol, leverage, _setup.MarginType, ct);
        if (!result.IsSuccess)
        {
            Publish(TradingEventKind.Error, $"leverage {leverage}x / {_setup.MarginType} could not be set: {result.Error}");
            return false;
        }
        _configuredLeverage = leverage;
        return true;
    }

    /// <summary>Sends through the journal; true when the order is on the exchange (or filled).</summary>
    private async ValueTask<bool> SendAsync(OrderRequest request, string reason, CancellationToken ct)
    {
        _reasons[request.ClientOrderId] = reason;
        var result = await _sender.SendAsync(request, ct);
        switch (result.Status)
        {
            case SendStatus.Placed:
                var order = result.Order!;
                _inFlight.Reported(order, _now); // the step's time: answers come within it
                if (Wants(TradingEventKind.Order))
                    Publish(TradingEventKind.Order, $"{request.Side} {request.Type} {request.Quantity}{(request.ReduceOnly ? " reduce-only" : "")} → {order.Status} ({reason})");
                if (_tags.TryGetValue(request.ClientOrderId, out var tag)) _context!.SetOpenOrder(tag, order);
                return true;
            case SendStatus.AlreadyDone:
                Publish(TradingEventKind.Info, $"not resent: {result.Problem}");
                _reasons.Remove(request.ClientOrderId);
                return false;
            default:
                Publish(TradingEventKind.Error, $"{request.Side} {request.Type} {request.Quantity} failed ({reason}): {result.Problem}");
                if (result.Status == SendStatus.Refused) _reasons.Remove(request.ClientOrderId);
                return false;
        }
    }

    private static string Describe(StrategyAction action) => action switch
    {
        SetTarget t => $"target {t.Target}",
        PlaceOrder p => $"order {p.Tag}",
        CancelOrder c => $"cancel {c.Tag}",
        _ => action.GetType().Name,
    };
}
