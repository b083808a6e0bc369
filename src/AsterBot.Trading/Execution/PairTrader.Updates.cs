using AsterBot.Aster.Models;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Execution;

/// <summary>What the exchange reports: fills move the position, PnL, fees and guards; order states reach the strategy.</summary>
public sealed partial class PairTrader
{
    /// <summary>Applies every queued update; true when there was at least one.</summary>
    private bool DrainUpdates()
    {
        if (!_exchange.TryTakeUpdate(out var update)) return false;
        var now = _exchange.Now; // once per batch: updates wait in a queue, their arrival time is the drain's
        do Apply(update, now);
        while (_exchange.TryTakeUpdate(out update));
        return true;
    }

    private void Apply(ExchangeUpdate update, long now)
    {
        var order = update.Order;
        if (order.Symbol != _setup.Symbol) return;
        var id = order.ClientOrderId;
        var ours = ClientOrderIds.BelongsTo(id, _setup.PairKey);
        if (!ours && update.Fill is null) return; // another pair's or an outside order that changed nothing here
        if (_tags.TryGetValue(id, out var tag))
        {
            _context!.SetOpenOrder(tag, order);
            if (!order.IsOpen) { _tags.Remove(id); _toSettle.Add(order); }
        }
        if (ours) _inFlight.Reported(order, now);
        if (update.Fill is { } fill) ApplyFill(fill, order, ours, now);
        if (!order.IsOpen) _reasons.Remove(id);
    }

    private void ApplyFill(Fill fill, OrderState order, bool ours, long now)
    {
        var id = order.ClientOrderId;
        _position.Apply(fill, _baseAsset);
        if (ours) _inFlight.Applied(fill, now);
        // Fees are reported in the quote asset; a spot buy pays its fee in the base asset, worth fee × price.
        var fee = fill.FeeAsset == _baseAsset ? fill.Fee * fill.Price : fill.Fee;
        _realizedPnl += fill.RealizedPnl;
        _fees += fee;
        _guards.RecordPnl(fill.Time, fill.RealizedPnl, fee);
        if (fill.RealizedPnl != 0 || order.ReduceOnly)
        {
            var net = _closing.GetValueOrDefault(id) + fill.RealizedPnl - fee;
            if (order.IsOpen) _closing[id] = net;
            else { _closing.Remove(id); _guards.RecordClose(fill.Time, net); }
        }
        _context!.Position = CurrentPosition();
        var reason = _reasons.GetValueOrDefault(id) ?? (ours ? "order of this pair" : $"outside order {id} ({order.Type})");
        if (!ours)
            Publish(TradingEventKind.ExternalChange,
                $"position changed by an order this pair did not place: {id} {order.Type} {fill.Side} {fill.Quantity} @ {fill.Price}");
        else if (Wants(TradingEventKind.Fill))
            Publish(TradingEventKind.Fill, $"{fill.Side} {fill.Quantity} @ {fill.Price} fee {fee:0.########} pnl {fill.RealizedPnl:0.########} ({reason})");
        FillApplied?.Invoke(fill, reason);
        _strategy!.OnFill(fill, _context);
        CollectActions(_context);
    }
}
