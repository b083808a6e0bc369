namespace AsterBot.Storage.Model;

/// <summary>Life of an order intent; <see cref="OrderIntentStates.CanMove"/> says which steps are allowed.</summary>
public enum OrderIntentState { Intended, Sent, Acknowledged, Unknown, Filled, Canceled, Rejected }

public static class OrderIntentStates
{
    /// <summary>
    /// Intended→Sent; Sent→Acknowledged/Unknown/Rejected (Unknown: the request timed out, the exchange may or may not
    /// have it); Acknowledged/Unknown→Filled/Canceled/Rejected, and Unknown→Acknowledged once a query finds it.
    /// Intended→Canceled covers an intent abandoned before sending. Filled, Canceled and Rejected are final.
    /// </summary>
    public static bool CanMove(OrderIntentState from, OrderIntentState to) => (from, to) switch
    {
        (OrderIntentState.Intended, OrderIntentState.Sent or OrderIntentState.Canceled) => true,
        (OrderIntentState.Sent, OrderIntentState.Acknowledged or OrderIntentState.Unknown or OrderIntentState.Rejected) => true,
        (OrderIntentState.Unknown, OrderIntentState.Acknowledged) => true,
        (OrderIntentState.Acknowledged or OrderIntentState.Unknown,
            OrderIntentState.Filled or OrderIntentState.Canceled or OrderIntentState.Rejected) => true,
        _ => false,
    };

    public static bool IsFinal(OrderIntentState state) =>
        state is OrderIntentState.Filled or OrderIntentState.Canceled or OrderIntentState.Rejected;
}
