using AsterBot.Aster.Models;
using AsterBot.Simulator.Engine.Events;
using AsterBot.Simulator.Engine.Futures;
using FuturesAccount = AsterBot.Simulator.Engine.Futures.FuturesAccount;
using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine;

/// <summary>Futures (USDT-M perpetual) trading and account calls.</summary>
public sealed partial class SimulatorEngine
{
    /// <summary>POST /fapi/v1/order. The answer is the order after any immediate fills (RESULT semantics).</summary>
    public EngineResult<FuturesOrderView> PlaceFuturesOrder(long accountId, FuturesOrderRequest request)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var result = _futures.Place(account, request);
            After(request.Symbol is null ? null : _state.FuturesBySymbol.GetValueOrDefault(request.Symbol));
            return result;
        }
    }

    /// <summary>DELETE /fapi/v1/order: -2011 when the order is unknown or no longer open.</summary>
    public EngineResult<FuturesOrderView> CancelFuturesOrder(long accountId, string symbol, OrderRef order)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var result = _futures.Cancel(account, symbol, order);
            After(_state.FuturesBySymbol.GetValueOrDefault(symbol ?? ""));
            return result;
        }
    }

    /// <summary>PUT /fapi/v3/order: new price and quantity for a resting LIMIT order (it loses its queue place).</summary>
    public EngineResult<FuturesOrderView> ModifyFuturesOrder(long accountId, string symbol, OrderRef order, decimal? quantity, decimal? price)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var result = _futures.Modify(account, symbol, order, quantity, price);
            After(_state.FuturesBySymbol.GetValueOrDefault(symbol ?? ""));
            return result;
        }
    }

    /// <summary>DELETE /fapi/v1/allOpenOrders: how many orders were cancelled.</summary>
    public EngineResult<int> CancelAllFuturesOrders(long accountId, string symbol)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (string.IsNullOrEmpty(symbol)) return AsterErrors.MandatoryParameter("symbol");
            if (!_state.FuturesBySymbol.TryGetValue(symbol, out var market)) return AsterErrors.InvalidSymbol;
            var count = _futures.CancelAll(account.Futures, market);
            After(market);
            return count;
        }
    }

    /// <summary>GET /fapi/v1/order: any order of the account (-2013 when unknown).</summary>
    public EngineResult<FuturesOrderView> GetFuturesOrder(long accountId, string symbol, OrderRef order)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (_futures.Find(account, symbol, order, out var found) is { } error) return error;
            return found!.ToView();
        }
    }

    /// <summary>GET /fapi/v1/openOrder: like <see cref="GetFuturesOrder"/> but -2013 unless still open.</summary>
    public EngineResult<FuturesOrderView> GetOpenFuturesOrder(long accountId, string symbol, OrderRef order)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (_futures.Find(account, symbol, order, out var found) is { } error) return error;
            return found!.IsOpen ? found.ToView() : AsterErrors.OrderDoesNotExist;
        }
    }

    /// <summary>GET /fapi/v1/openOrders, oldest first; all symbols when <paramref name="symbol"/> is null.</summary>
    public EngineResult<IReadOnlyList<FuturesOrderView>> GetOpenFuturesOrders(long accountId, string? symbol = null)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            MarketState? market = null;
            if (symbol is not null && !_state.FuturesBySymbol.TryGetValue(symbol, out market)) return AsterErrors.InvalidSymbol;
            return OrderBookkeeping.OpenOrdersOn(account.Futures, market).ConvertAll(o => o.ToView());
        }
    }

    /// <summary>GET /fapi/v1/allOrders: orders with id ≥ <paramref name="fromOrderId"/> or within the time window, oldest first.</summary>
    public EngineResult<IReadOnlyList<FuturesOrderView>> GetAllFuturesOrders(
        long accountId, string symbol, long? fromOrderId = null, long? startTime = null, long? endTime = null, int limit = 500)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (!_state.FuturesBySymbol.TryGetValue(symbol ?? "", out var market)) return AsterErrors.InvalidSymbol;
            var rows = OrderBookkeeping.History(account.Futures, market, fromOrderId, startTime, endTime).ConvertAll(o => o.ToView());
            return Page(rows, limit, fromStart: fromOrderId is not null || startTime is not null);
        }
    }

    /// <summary>GET /fapi/v1/userTrades, oldest first.</summary>
    public EngineResult<IReadOnlyList<FuturesTradeView>> GetFuturesTrades(
        long accountId, string symbol, long? startTime = null, long? endTime = null, long? fromId = null, int limit = 500)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (!_state.FuturesBySymbol.ContainsKey(symbol ?? "")) return AsterErrors.InvalidSymbol;
            var result = account.Futures.Trades.FindAll(t => t.Symbol == symbol && t.Id >= (fromId ?? 0)
                && t.Time >= (startTime ?? 0) && t.Time <= (endTime ?? long.MaxValue));
            return Page(result, limit, fromStart: fromId is not null || startTime is not null);
        }
    }

    /// <summary>GET /fapi/v4/account with a position row for every symbol (BOTH, or LONG and SHORT in hedge mode).</summary>
    public EngineResult<FuturesAccountView> GetFuturesAccount(long accountId)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            return FuturesViews.Account(account.Futures, PositionRows(account.Futures, null), _state.Now);
        }
    }

    /// <summary>Totals and open positions only (<see cref="FuturesAccountSummary"/>): the cheap read for sizing orders.</summary>
    public EngineResult<FuturesAccountSummary> GetFuturesAccountSummary(long accountId)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            return FuturesViews.Summary(account.Futures);
        }
    }

    /// <summary>GET /fapi/v2/positionRisk: one symbol or all.</summary>
    public EngineResult<IReadOnlyList<FuturesPositionView>> GetPositions(long accountId, string? symbol = null)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (symbol is not null && !_state.FuturesBySymbol.ContainsKey(symbol)) return AsterErrors.InvalidSymbol;
            return PositionRows(account.Futures, symbol);
        }
    }

    private List<FuturesPositionView> PositionRows(FuturesAccount fa, string? symbol)
    {
        var rows = new List<FuturesPositionView>();
        foreach (var market in _state.FuturesMarkets)
        {
            if (symbol is not null && market.Symbol != symbol) continue;
            var settings = fa.SettingsIfAny(market);
            foreach (var side in fa.HedgeMode ? [PositionSide.Long, PositionSide.Short] : new[] { PositionSide.Both })
            {
                rows.Add(settings is null
                    ? FuturesViews.Empty(market, Math.Min(_state.Options.DefaultLeverage, market.Spec.MaxLeverage), side)
                    : FuturesViews.Position(fa, settings.For(side)));
            }
        }
        return rows;
    }

    /// <summary>POST /fapi/v1/leverage.</summary>
    public EngineResult<LeverageView> SetLeverage(long accountId, string symbol, int leverage)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (string.IsNullOrEmpty(symbol)) return AsterErrors.MandatoryParameter("symbol");
            if (!_state.FuturesBySymbol.TryGetValue(symbol, out var market)) return AsterErrors.InvalidSymbol;
            var spec = market.Spec;
            if (leverage < 1 || leverage > spec.MaxLeverage) return AsterErrors.InvalidLeverage(leverage);
            var fa = account.Futures;
            var settings = fa.Settings(market, _state.Options.DefaultLeverage);
            var notional = Math.Max(Math.Abs(settings.Both.Notional), Math.Max(Math.Abs(settings.Long.Notional), Math.Abs(settings.Short.Notional)));
            if (notional > spec.MaxNotionalAt(leverage)) return AsterErrors.ExceededMaxPositionAtLeverage;
            if (settings.Isolated && settings.HasPosition && leverage < settings.Leverage) return AsterErrors.IsolatedLeverageReduction;
            settings.Leverage = leverage;
            ReReserve(fa, settings);
            if (_state.Publishing) Events.Publish(new FuturesConfigUpdate(_state.Now, fa.Id, symbol, leverage, null));
            return new LeverageView(symbol, leverage, spec.MaxNotionalAt(leverage));
        }
    }

    /// <summary>Open orders' margin follows the symbol's leverage.</summary>
    private static void ReReserve(FuturesAccount fa, SymbolSettings settings)
    {
        foreach (var order in fa.OpenOrders)
        {
            if (order.Market != settings.Market || !order.IsResting || order.Reducing) continue;
            var reserve = FuturesTrading.OpeningQuantity(fa, settings, order.Side, order.PositionSide, order.Remaining) * order.Price / settings.Leverage;
            fa.OpenOrderMargin += reserve - order.ReservedMargin;
            settings.OpenOrderMargin += reserve - order.ReservedMargin;
            order.ReservedMargin = reserve;
        }
    }

    /// <summary>POST /fapi/v1/marginType.</summary>
    public EngineResult<bool> SetMarginType(long accountId, string symbol, MarginType marginType)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (string.IsNullOrEmpty(symbol)) return AsterErrors.MandatoryParameter("symbol");
            if (!_state.FuturesBySymbol.TryGetValue(symbol, out var market)) return AsterErrors.InvalidSymbol;
            var settings = account.Futures.Settings(market, _state.Options.DefaultLeverage);
            var isolated = marginType == MarginType.Isolated;
            if (settings.Isolated == isolated) return AsterErrors.NoNeedToChangeMarginType;
            if (settings.OpenOrders > 0) return AsterErrors.MarginTypeOpenOrders;
            if (settings.HasPosition) return AsterErrors.MarginTypePosition;
            settings.Isolated = isolated;
            return true;
        }
    }

    /// <summary>POST /fapi/v1/positionSide/dual: true = hedge mode.</summary>
    public EngineResult<bool> SetPositionMode(long accountId, bool hedgeMode)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var fa = account.Futures;
            if (fa.HedgeMode == hedgeMode) return AsterErrors.NoNeedToChangePositionSide;
            if (fa.OpenOrders.Count > 0) return AsterErrors.PositionSideOpenOrders;
            foreach (var p in fa.ActivePositions) if (p.Amount != 0) return AsterErrors.PositionSideHasPosition;
            fa.HedgeMode = hedgeMode;
            if (_state.Publishing) Events.Publish(new FuturesConfigUpdate(_state.Now, fa.Id, null, null, hedgeMode));
            return true;
        }
    }

    public EngineResult<bool> GetPositionMode(long accountId)
    {
        lock (_gate)
        {
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            return account.Futures.HedgeMode;
        }
    }

    /// <summary>POST /fapi/v1/positionMargin: add (type 1) or remove (type 2) isolated margin.</summary>
    public EngineResult<decimal> ModifyIsolatedMargin(long accountId, string symbol, PositionSide? positionSide, decimal amount, bool add)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (string.IsNullOrEmpty(symbol)) return AsterErrors.MandatoryParameter("symbol");
            if (!_state.FuturesBySymbol.TryGetValue(symbol, out var market)) return AsterErrors.InvalidSymbol;
            if (amount <= 0) return AsterErrors.AmountMustBePositive;
            var fa = account.Futures;
            var side = positionSide ?? PositionSide.Both;
            if (fa.HedgeMode ? side == PositionSide.Both : side != PositionSide.Both) return AsterErrors.PositionSideMismatch;
            var settings = fa.Settings(market, _state.Options.DefaultLeverage);
            if (!settings.Isolated) return AsterErrors.AddMarginOnlyIsolated;
            var position = settings.For(side);
            if (position.Amount == 0) return AsterErrors.NoPositionForMargin;
            if (add && fa.AvailableBalance < amount) return AsterErrors.CrossBalanceInsufficient;
            // Removable: what the isolated wallet holds beyond the position's initial margin (counting its PnL).
            if (!add && position.IsolatedWallet + Math.Min(0, position.UnrealizedPnl) - position.InitialMargin < amount)
                return AsterErrors.IsolatedBalanceInsufficient;
            var delta = add ? amount : -amount;
            position.IsolatedWallet += delta;
            fa.CrossWallet -= delta;
            fa.Track(position);
            fa.MarginChanges.Add(new PositionMarginChangeView(symbol, amount, FuturesAccount.MarginAsset, _state.Now, add ? 1 : 2, side));
            if (_state.Publishing)
                Events.Publish(new FuturesAccountUpdate(_state.Now, fa.Id, "MARGIN_TRANSFER", [FuturesViews.Balance(fa, 0)],
                    [FuturesViews.Position(fa, position)]));
            return amount;
        }
    }

    /// <summary>GET /fapi/v1/positionMargin/history: isolated-margin changes of a symbol, oldest first.</summary>
    public EngineResult<IReadOnlyList<PositionMarginChangeView>> GetPositionMarginHistory(
        long accountId, string symbol, int? type = null, long? startTime = null, long? endTime = null, int limit = 500)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var rows = account.Futures.MarginChanges.FindAll(c => c.Symbol == symbol && (type is null || c.Type == type)
                && c.Time >= (startTime ?? 0) && c.Time <= (endTime ?? long.MaxValue));
            return Page(rows, limit, fromStart: startTime is not null);
        }
    }

    /// <summary>GET /fapi/v1/income, oldest first.</summary>
    public EngineResult<IReadOnlyList<IncomeView>> GetIncome(
        long accountId, string? symbol = null, string? incomeType = null, long? startTime = null, long? endTime = null, int limit = 100)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var rows = account.Futures.Income.FindAll(i => (symbol is null || i.Symbol == symbol)
                && (incomeType is null || i.IncomeType == incomeType)
                && i.Time >= (startTime ?? 0) && i.Time <= (endTime ?? long.MaxValue));
            return Page(rows, limit, fromStart: startTime is not null);
        }
    }

    /// <summary>GET /fapi/v1/commissionRate: (maker, taker).</summary>
    public EngineResult<(decimal Maker, decimal Taker)> GetFuturesCommissionRate(long accountId, string symbol)
    {
        lock (_gate)
        {
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (!_state.FuturesBySymbol.ContainsKey(symbol ?? "")) return AsterErrors.InvalidSymbol;
            return (account.Futures.MakerRate, account.Futures.TakerRate);
        }
    }

    /// <summary>GET /fapi/v1/leverageBracket (the simulator's bracket table; Aster does not publish its own).</summary>
    public EngineResult<IReadOnlyList<LeverageBracketView>> GetLeverageBrackets(string? symbol = null)
    {
        lock (_gate)
        {
            if (symbol is not null && !_state.FuturesBySymbol.ContainsKey(symbol)) return AsterErrors.InvalidSymbol;
            return _state.FuturesMarkets.FindAll(m => symbol is null || m.Symbol == symbol)
                .ConvertAll(m => new LeverageBracketView(m.Symbol, m.Spec.Brackets));
        }
    }

    /// <summary>
    /// The newest rows when counting back from now; the oldest when a start was given (Aster's paging).
    /// A limit of 0 or less returns every row (the server applies Aster's limit rules before calling).
    /// </summary>
    private static List<T> Page<T>(List<T> rows, int limit, bool fromStart)
    {
        if (limit <= 0 || rows.Count <= limit) return rows;
        return fromStart ? rows.GetRange(0, limit) : rows.GetRange(rows.Count - limit, limit);
    }
}
