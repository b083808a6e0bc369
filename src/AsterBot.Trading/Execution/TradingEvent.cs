namespace AsterBot.Trading.Execution;

public enum TradingEventKind { Info, Order, Fill, Blocked, Error, Reconciled, ExternalChange }

/// <summary>
/// Something a pair's engine did or refused, for logs, the terminal view, the dashboard and notifications.
/// Messages are for people and never carry secrets. <paramref name="Pair"/> is "SYMBOL@strategy" (or the pair's label).
/// </summary>
public sealed record TradingEvent(long Time, string Pair, TradingEventKind Kind, string Message);

/// <summary>Where pairs report their events; implementations must not block (the engine calls it inline).</summary>
public interface ITradingEventSink
{
    void Publish(TradingEvent tradingEvent);

    /// <summary>
    /// Whether events of this kind are wanted at all; pairs skip building the message otherwise (a backtest keeps
    /// only refusals, and formatting every order and fill message would be most of its cost per trade).
    /// </summary>
    bool Wants(TradingEventKind kind) => true;
}
