using AsterBot.Simulator.Engine.Markets;
using AsterBot.Simulator.Engine.Requests;
using AsterBot.Simulator.Engine.Spot;
using AsterBot.Simulator.Engine.Views;

namespace AsterBot.Simulator.Engine;

/// <summary>Spot trading and account calls.</summary>
public sealed partial class SimulatorEngine
{
    /// <summary>POST /api/v1/order (FULL/RESULT semantics: the order after immediate fills).</summary>
    public EngineResult<SpotOrderView> PlaceSpotOrder(long accountId, SpotOrderRequest request)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var result = _spot.Place(account, request);
            After(request.Symbol is null ? null : _state.SpotBySymbol.GetValueOrDefault(request.Symbol));
            return result;
        }
    }

    public EngineResult<SpotOrderView> CancelSpotOrder(long accountId, string symbol, OrderRef order)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var result = _spot.Cancel(account, symbol, order);
            After(_state.SpotBySymbol.GetValueOrDefault(symbol ?? ""));
            return result;
        }
    }

    public EngineResult<int> CancelAllSpotOrders(long accountId, string symbol)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (string.IsNullOrEmpty(symbol)) return AsterErrors.MandatoryParameter("symbol");
            if (!_state.SpotBySymbol.TryGetValue(symbol, out var market)) return AsterErrors.InvalidSymbol;
            var count = _spot.CancelAll(account.Spot, market);
            After(market);
            return count;
        }
    }

    public EngineResult<SpotOrderView> GetSpotOrder(long accountId, string symbol, OrderRef order)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (_spot.Find(account, symbol, order, out var found) is { } error) return error;
            return found!.ToView();
        }
    }

    public EngineResult<IReadOnlyList<SpotOrderView>> GetOpenSpotOrders(long accountId, string? symbol = null)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            MarketState? market = null;
            if (symbol is not null && !_state.SpotBySymbol.TryGetValue(symbol, out market)) return AsterErrors.InvalidSymbol;
            return OrderBookkeeping.OpenOrdersOn(account.Spot, market).ConvertAll(o => o.ToView());
        }
    }

    public EngineResult<IReadOnlyList<SpotOrderView>> GetAllSpotOrders(
        long accountId, string symbol, long? fromOrderId = null, long? startTime = null, long? endTime = null, int limit = 500)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (!_state.SpotBySymbol.TryGetValue(symbol ?? "", out var market)) return AsterErrors.InvalidSymbol;
            var rows = OrderBookkeeping.History(account.Spot, market, fromOrderId, startTime, endTime).ConvertAll(o => o.ToView());
            return Page(rows, limit, fromStart: fromOrderId is not null || startTime is not null);
        }
    }

    /// <summary>GET /api/v1/account: every asset the account ever held, by name.</summary>
    public EngineResult<SpotAccountView> GetSpotAccount(long accountId)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            return SpotView(account.Spot);
        }
    }

    private static SpotAccountView SpotView(SpotAccount sa)
    {
        var balances = new List<SpotBalanceView>(sa.Balances.Count);
        foreach (var (asset, b) in sa.Balances) balances.Add(new SpotBalanceView(asset, b.Free, b.Locked));
        return new SpotAccountView(sa.Id, sa.MakerRate, sa.TakerRate, balances, sa.UpdateTime);
    }

    /// <summary>GET /api/v1/userTrades, oldest first; symbol null = all symbols.</summary>
    public EngineResult<IReadOnlyList<SpotTradeView>> GetSpotTrades(
        long accountId, string? symbol = null, long? orderId = null, long? startTime = null, long? endTime = null,
        long? fromId = null, int limit = 500)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (symbol is not null && !_state.SpotBySymbol.ContainsKey(symbol)) return AsterErrors.InvalidSymbol;
            var rows = account.Spot.Trades.FindAll(t => (symbol is null || t.Symbol == symbol) && (orderId is null || t.OrderId == orderId)
                && t.Id >= (fromId ?? 0) && t.Time >= (startTime ?? 0) && t.Time <= (endTime ?? long.MaxValue));
            return Page(rows, limit, fromStart: fromId is not null || startTime is not null);
        }
    }

    /// <summary>GET /api/v1/transactionHistory, oldest first.</summary>
    public EngineResult<IReadOnlyList<SpotTransactionView>> GetSpotTransactions(
        long accountId, string? asset = null, string? type = null, long? startTime = null, long? endTime = null, int limit = 100)
    {
        lock (_gate)
        {
            Begin();
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            var rows = account.Spot.Transactions.FindAll(t => (asset is null || t.Asset == asset) && (type is null || t.Type == type)
                && t.Time >= (startTime ?? 0) && t.Time <= (endTime ?? long.MaxValue));
            return Page(rows, limit, fromStart: startTime is not null);
        }
    }

    public EngineResult<(decimal Maker, decimal Taker)> GetSpotCommissionRate(long accountId, string symbol)
    {
        lock (_gate)
        {
            if (!TryAccount(accountId, out var account)) return AsterErrors.UnknownAccount;
            if (!_state.SpotBySymbol.ContainsKey(symbol ?? "")) return AsterErrors.InvalidSymbol;
            return (account.Spot.MakerRate, account.Spot.TakerRate);
        }
    }
}
