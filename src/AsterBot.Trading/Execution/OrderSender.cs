using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Storage.Model;
using AsterBot.Trading.Exchanges;

namespace AsterBot.Trading.Execution;

/// <summary>How one order's sending ended.</summary>
internal enum SendStatus { Placed, AlreadyDone, Refused, OutcomeUnknown }

internal readonly record struct SendResult(SendStatus Status, OrderState? Order, string? Problem);

/// <summary>
/// Sends one order safely: records it in the journal first; when the answer is lost (<see cref="AsterError.MayHaveExecuted"/>)
/// it looks the order up by its client id, adopts it when the exchange has it, and resends with the SAME id only
/// when the exchange says it never saw it — a bounded number of times. An id the journal already settled is never resent.
/// </summary>
internal sealed class OrderSender(IExchange exchange, IOrderJournal journal, int maxAttempts = 3)
{
    public async ValueTask<SendResult> SendAsync(OrderRequest order, CancellationToken ct)
    {
        var id = order.ClientOrderId;
        var state = OrderIntentState.Intended;
        // Recording fails exactly when the id is known: only then is there an earlier entry to look at.
        var entry = new JournalEntry(id, order.Symbol, order.Side, order.Type, order.Quantity, order.Price, OrderIntentState.Intended);
        if (!await journal.TryRecordAsync(entry, ct))
        {
            var existing = await journal.FindAsync(id, ct);
            if (existing is null) return new(SendStatus.OutcomeUnknown, null, $"order {id} is recorded and gone again: another sender is using this id");
            if (OrderIntentStates.IsFinal(existing.State)) return new(SendStatus.AlreadyDone, null, $"order {id} was already {existing.State}");
            // Recorded by an earlier run that did not learn the outcome: the exchange decides.
            var lookup = await exchange.FindOrderAsync(order.Symbol, id, ct);
            if (!lookup.IsSuccess) return new(SendStatus.OutcomeUnknown, null, $"order {id} could not be looked up: {lookup.Error}");
            if (lookup.Data is { } known) return new(SendStatus.Placed, await SettleAsync(existing.State, known, ct), null);
            state = existing.State;
        }
        if (state == OrderIntentState.Intended)
        {
            await journal.MoveAsync(id, OrderIntentState.Intended, OrderIntentState.Sent, null, null, ct);
            state = OrderIntentState.Sent;
        }

        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var result = await exchange.PlaceOrderAsync(order, ct);
            if (result.IsSuccess) return new(SendStatus.Placed, await SettleAsync(state, result.Data, ct), null);
            var error = result.Error;
            if (!error.MayHaveExecuted)
            {
                await journal.MoveAsync(id, state, OrderIntentState.Rejected, null, error.Message, ct);
                return new(SendStatus.Refused, null, error.ToString());
            }
            if (state == OrderIntentState.Sent)
            {
                await journal.MoveAsync(id, OrderIntentState.Sent, OrderIntentState.Unknown, null, error.Message, ct);
                state = OrderIntentState.Unknown;
            }
            var lookup = await exchange.FindOrderAsync(order.Symbol, id, ct);
            if (!lookup.IsSuccess)
                return new(SendStatus.OutcomeUnknown, null, $"order {id}: {error}; the lookup failed too ({lookup.Error}); reconciliation will settle it");
            if (lookup.Data is { } found) return new(SendStatus.Placed, await SettleAsync(state, found, ct), null);
            // The exchange never saw it: resending with the same id cannot duplicate it.
        }
        return new(SendStatus.OutcomeUnknown, null, $"order {id}: no answer after {maxAttempts} attempts; reconciliation will settle it");
    }

    /// <summary>Moves the journal entry to what the exchange reports for the order.</summary>
    public async ValueTask<OrderState> SettleAsync(OrderIntentState from, OrderState order, CancellationToken ct)
    {
        var id = order.ClientOrderId;
        if (from != OrderIntentState.Acknowledged)
        {
            if (from == OrderIntentState.Intended)
            {
                await journal.MoveAsync(id, OrderIntentState.Intended, OrderIntentState.Sent, null, null, ct);
                from = OrderIntentState.Sent;
            }
            await journal.MoveAsync(id, from, OrderIntentState.Acknowledged, order.ExchangeOrderId, null, ct);
        }
        if (FinalState(order.Status) is { } final)
            await journal.MoveAsync(id, OrderIntentState.Acknowledged, final, order.ExchangeOrderId, null, ct);
        return order;
    }

    public static OrderIntentState? FinalState(OrderStatus status) => status switch
    {
        OrderStatus.Filled => OrderIntentState.Filled,
        OrderStatus.Canceled or OrderStatus.Expired => OrderIntentState.Canceled,
        OrderStatus.Rejected => OrderIntentState.Rejected,
        _ => null,
    };
}
