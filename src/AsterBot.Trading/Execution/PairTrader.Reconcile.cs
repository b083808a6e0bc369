using AsterBot.Aster.Errors;
using AsterBot.Storage.Model;

namespace AsterBot.Trading.Execution;

/// <summary>
/// Reconciliation with the exchange, at start and after a reconnect: settles journal entries whose outcome was
/// never learned, adopts open orders carrying this pair's prefix, notices lost orders and outside position changes.
/// </summary>
public sealed partial class PairTrader
{
    public async ValueTask ReconcileAsync(CancellationToken ct)
    {
        Started();
        var result = await ReconcileCoreAsync(ct, starting: false);
        if (!result.IsSuccess) Publish(TradingEventKind.Error, $"reconciliation incomplete: {result.Error}");
    }

    private async ValueTask<AsterResult<bool>> ReconcileCoreAsync(CancellationToken ct, bool starting)
    {
        DrainUpdates();
        // Reconciling follows a start or a reconnect: fills not delivered by now never will be, so the exchange's
        // position is the truth and nothing counts as in flight.
        _inFlight.Clear();
        await SettleFinishedAsync(ct);
        var journaled = await SettleJournalAsync(ct);
        if (!journaled.IsSuccess) return journaled;
        var orders = await ReconcileOpenOrdersAsync(ct);
        if (!orders.IsSuccess) return orders;
        var before = _position.Quantity;
        if (!await RefreshAccountAsync(ct, starting)) return new AsterError(AsterErrorKind.NetworkError, "the account could not be read");
        if (before == _position.Quantity)
            Publish(TradingEventKind.Reconciled, $"position {_position.Quantity}, {_context!.OpenOrders.Count} open orders");
        return AsterResult<bool>.Success(true);
    }

    /// <summary>Journal entries of this pair that never learned their outcome: the exchange has the answer.</summary>
    private async ValueTask<AsterResult<bool>> SettleJournalAsync(CancellationToken ct)
    {
        foreach (var entry in await _journal.ListOpenAsync(ct))
        {
            if (!ClientOrderIds.BelongsTo(entry.ClientOrderId, _setup.PairKey) || entry.Symbol != _setup.Symbol) continue;
            var found = await _exchange.FindOrderAsync(entry.Symbol, entry.ClientOrderId, ct);
            if (!found.IsSuccess) return found.Error;
            if (found.Data is { } order)
            {
                await _sender.SettleAsync(entry.State, order, ct);
                if (order.IsOpen) Adopt(order);
                Publish(TradingEventKind.Reconciled, $"order {entry.ClientOrderId} ({entry.State} in the journal) is {order.Status} on the exchange");
                continue;
            }
            // The exchange never received it: it cannot fill any more, so it is closed in the journal.
            var (to, why) = entry.State switch
            {
                OrderIntentState.Intended => (OrderIntentState.Canceled, "never sent"),
                OrderIntentState.Acknowledged => (OrderIntentState.Canceled, "acknowledged once but unknown to the exchange now"),
                _ => (OrderIntentState.Rejected, "the exchange never received it"),
            };
            await _journal.MoveAsync(entry.ClientOrderId, entry.State, to, null, why, ct);
            Publish(entry.State == OrderIntentState.Acknowledged ? TradingEventKind.ExternalChange : TradingEventKind.Reconciled,
                $"order {entry.ClientOrderId}: {why}");
        }
        return AsterResult<bool>.Success(true);
    }

    /// <summary>Open orders: ours that the pair forgot are adopted; orders the pair believes open but are not are looked up.</summary>
    private async ValueTask<AsterResult<bool>> ReconcileOpenOrdersAsync(CancellationToken ct)
    {
        var open = await _exchange.GetOpenOrdersAsync(_setup.Symbol, ct);
        if (!open.IsSuccess) return open.Error;
        var onExchange = new HashSet<string>(StringComparer.Ordinal);
        foreach (var order in open.Data)
        {
            if (!ClientOrderIds.BelongsTo(order.ClientOrderId, _setup.PairKey)) continue;
            onExchange.Add(order.ClientOrderId);
            if (_tags.ContainsKey(order.ClientOrderId)) { _context!.SetOpenOrder(_tags[order.ClientOrderId], order); continue; }
            Adopt(order);
            Publish(TradingEventKind.Reconciled, $"adopted open order {order.ClientOrderId} ({order.Side} {order.Type} {order.Quantity} @ {order.Price})");
        }
        foreach (var (id, tag) in _tags.ToList())
        {
            if (onExchange.Contains(id)) continue;
            var found = await _exchange.FindOrderAsync(_setup.Symbol, id, ct);
            if (!found.IsSuccess) return found.Error;
            var status = found.Data?.Status.ToString() ?? "unknown to the exchange";
            if (found.Data is { } order) { _context!.SetOpenOrder(tag, order); _toSettle.Add(order); }
            else if (_context!.OpenOrders.TryGetValue(tag, out var believed))
                _context.SetOpenOrder(tag, believed with { Status = Aster.Models.OrderStatus.Canceled });
            _tags.Remove(id);
            Publish(TradingEventKind.ExternalChange, $"order {tag} is no longer open ({status})");
        }
        return AsterResult<bool>.Success(true);
    }

    private void Adopt(Exchanges.OrderState order)
    {
        var tag = TagOf(order.ClientOrderId);
        _tags[order.ClientOrderId] = tag;
        _context!.SetOpenOrder(tag, order);
    }

    /// <summary>The strategy tag inside "PAIRKEY-tag-t"; a hashed or foreign id is its own tag.</summary>
    private string TagOf(string clientOrderId)
    {
        var prefix = _setup.PairKey.Length + 1;
        return clientOrderId.EndsWith("-t", StringComparison.Ordinal) && clientOrderId.Length > prefix + 2
            ? clientOrderId[prefix..^2]
            : clientOrderId;
    }
}
