using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine.Futures;

/// <summary>
/// Books a fill into an account: position and entry price, realized PnL, commission, isolated margin moves,
/// income rows, the user trade, the order's progress, and the ORDER_TRADE_UPDATE / ACCOUNT_UPDATE events.
/// </summary>
internal sealed class FuturesLedger(EngineState state)
{
    /// <summary>
    /// Applies <paramref name="quantity"/> at <paramref name="price"/> to <paramref name="order"/> (whose
    /// Remaining the book already reduced). Fees come from the cross wallet, also for isolated positions.
    /// </summary>
    public void ApplyFill(FuturesAccount account, FuturesOrder order, decimal price, decimal quantity, bool isMaker,
        long tradeId, long counterparty, ExecutionType executionType = ExecutionType.Trade)
    {
        var market = order.Market;
        var settings = account.Settings(market, state.Options.DefaultLeverage);
        var position = settings.For(order.PositionSide);
        ReleaseReservation(account, settings, order, quantity);

        var direction = order.Side == OrderSide.Buy ? 1m : -1m;
        var amount = position.Amount;
        var closing = amount * direction < 0 ? Math.Min(Math.Abs(amount), quantity) : 0m;
        var opening = quantity - closing;
        var realized = 0m;
        if (closing > 0)
        {
            realized = Money.Round(closing * (price - position.EntryPrice) * Math.Sign(amount));
            if (position.IsIsolated)
            {
                position.IsolatedWallet += realized;
                var remainingAbs = Math.Abs(amount) - closing;
                var release = remainingAbs == 0 ? position.IsolatedWallet : Money.Round(position.IsolatedWallet * closing / Math.Abs(amount));
                position.IsolatedWallet -= release;
                account.CrossWallet += release;
            }
            else account.CrossWallet += realized;
            position.Amount += direction * closing;
            if (position.Amount == 0) position.EntryPrice = 0;
        }
        if (opening > 0)
        {
            var held = Math.Abs(position.Amount);
            position.EntryPrice = (held * position.EntryPrice + opening * price) / (held + opening);
            position.Amount += direction * opening;
            if (position.IsIsolated)
            {
                var margin = Money.Round(opening * price / settings.Leverage);
                account.CrossWallet -= margin;
                position.IsolatedWallet += margin;
            }
        }
        var fee = Money.Round(price * quantity * (isMaker ? account.MakerRate : account.TakerRate));
        account.CrossWallet -= fee;
        position.UpdateTime = account.UpdateTime = state.Now;
        account.Track(position);

        order.ExecutedQty += quantity;
        order.CumQuote += price * quantity;
        order.UpdateTime = state.Now;
        order.Status = order.Remaining == 0 ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        if (order.Status == OrderStatus.Filled) Unregister(account, settings, order);

        Record(account, order, price, quantity, isMaker, tradeId, counterparty, realized, fee);
        if (state.Publishing)
        {
            state.Events.Publish(new FuturesOrderUpdate(state.Now, account.Id, order.ToView(), executionType,
                quantity, price, fee, FuturesAccount.MarginAsset, realized, tradeId, isMaker));
            if (state.PublishingBalances)
                state.Events.Publish(new FuturesAccountUpdate(state.Now, account.Id, "ORDER",
                    [FuturesViews.Balance(account, 0)], [FuturesViews.Position(account, position)]));
        }
    }

    private void Record(FuturesAccount account, FuturesOrder order, decimal price, decimal quantity, bool isMaker,
        long tradeId, long counterparty, decimal realized, decimal fee)
    {
        if (!state.Options.KeepHistory) return;
        var symbol = order.Market.Symbol;
        account.Trades.Add(new FuturesTradeView(tradeId, order.OrderId, symbol, order.Side, order.PositionSide, price,
            quantity, price * quantity, realized, fee, FuturesAccount.MarginAsset, isMaker, order.Side == OrderSide.Buy,
            state.Now, counterparty));
        if (realized != 0) AddIncome(account, symbol, "REALIZED_PNL", realized, tradeId);
        if (fee != 0) AddIncome(account, symbol, "COMMISSION", -fee, tradeId);
    }

    public void AddIncome(FuturesAccount account, string symbol, string type, decimal amount, long? tradeId, string? info = null) =>
        account.Income.Add(new IncomeView(symbol, type, amount, FuturesAccount.MarginAsset, info ?? type, state.Now,
            state.NextTranId++, tradeId));

    /// <summary>Margin held for the filled part of a resting order goes back (it now backs the position).</summary>
    private static void ReleaseReservation(FuturesAccount account, SymbolSettings settings, FuturesOrder order, decimal quantity)
    {
        if (order.ReservedMargin == 0) return;
        var before = order.Remaining + quantity;
        var release = order.Remaining == 0 ? order.ReservedMargin : order.ReservedMargin * quantity / before;
        order.ReservedMargin -= release;
        account.OpenOrderMargin -= release;
        settings.OpenOrderMargin -= release;
    }

    /// <summary>Counts an order as open (limits, client-id uniqueness, lookups).</summary>
    public void Register(FuturesAccount account, SymbolSettings settings, FuturesOrder order)
    {
        OrderBookkeeping.Register(state, account, order);
        settings.OpenOrders++;
    }

    public void Unregister(FuturesAccount account, SymbolSettings settings, FuturesOrder order)
    {
        OrderBookkeeping.Delist(state, account, order);
        settings.OpenOrders--;
        account.OpenOrderMargin -= order.ReservedMargin;
        settings.OpenOrderMargin -= order.ReservedMargin;
        order.ReservedMargin = 0;
    }

    public void PublishOrder(FuturesAccount account, FuturesOrder order, ExecutionType type)
    {
        if (state.PublishingOrder(type))
            state.Events.Publish(new FuturesOrderUpdate(state.Now, account.Id, order.ToView(), type, 0, 0, 0, null, 0, 0, false));
    }
}
