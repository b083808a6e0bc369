using AsterBot.Aster.Errors;
using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Trading.Exchanges;

/// <summary>Translates the simulator engine's views, events and errors into the trading core's exchange types.</summary>
internal static class EngineMapping
{
    /// <summary>
    /// The engine answers with Aster's own codes, so the same classification as the live client applies: a
    /// strategy sees the same error kinds on paper as live.
    /// </summary>
    public static AsterError Error(EngineError error, bool stateChanging) =>
        new(AsterErrorCodes.Classify(error.Code, stateChanging), error.Message) { Code = error.Code };

    public static OrderState Order(in FuturesOrderView o) => new(
        o.Symbol, o.ClientOrderId, o.OrderId, o.Side, o.Type, o.Status, o.Price, o.StopPrice, o.OrigQty, o.ExecutedQty,
        o.AvgPrice, o.ReduceOnly, o.UpdateTime);

    public static OrderState Order(in SpotOrderView o) => new(
        o.Symbol, o.ClientOrderId, o.OrderId, o.Side, o.Type, o.Status, o.Price, o.StopPrice, o.OrigQty, o.ExecutedQty,
        o.AvgPrice, false, o.UpdateTime);

    /// <summary>An account's order or fill event as an update; null for events of other accounts or kinds.</summary>
    public static ExchangeUpdate? Update(EngineEvent engineEvent, long accountId, Market market) => engineEvent switch
    {
        FuturesOrderUpdate f when market == Market.Futures && f.AccountId == accountId => new ExchangeUpdate(
            Order(f.Order),
            f.LastFilledQuantity > 0
                ? new Fill(f.EventTime, f.Order.Symbol, f.Order.ClientOrderId, f.Order.Side, f.LastFilledPrice, f.LastFilledQuantity,
                    f.Commission, f.CommissionAsset ?? "USDT", f.RealizedProfit, f.IsMaker)
                : null),
        SpotOrderUpdate s when market == Market.Spot && s.AccountId == accountId => new ExchangeUpdate(
            Order(s.Order),
            s.LastFilledQuantity > 0
                ? new Fill(s.EventTime, s.Order.Symbol, s.Order.ClientOrderId, s.Order.Side, s.LastFilledPrice, s.LastFilledQuantity,
                    s.Commission, s.CommissionAsset ?? "", 0m, s.IsMaker)
                : null),
        _ => null,
    };
}
